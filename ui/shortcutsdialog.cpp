#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace schouw {

namespace {

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries()
{
    const QString everywhere = tr("Everywhere");
    const QString providers = tr("Provider list");
    const QString visit = tr("Visit");
    const QString findings = tr("Findings and interviews");
    QList<Entry> list {
        {everywhere, keys(QKeySequence(Qt::Key_F1)), tr("Show these keyboard shortcuts")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock Schouw")},
        {{}, keys(QKeySequence(Qt::Key_F9)), tr("Sync with the office now")},
    };
    // The platform decides the quit keys; some platforms have none.
    if (const QString quit = keys(QKeySequence::Quit); !quit.isEmpty())
        list.append({{}, quit, tr("Quit")});
    list += QList<Entry> {
        {providers, keys(QKeySequence(Qt::CTRL | Qt::Key_F)), tr("Search providers")},
        {{}, tr("Enter"), tr("Open the selected provider")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("Start a visit to the provider")},
        {visit, keys(QKeySequence(Qt::CTRL | Qt::Key_1)), tr("Go to the norm tree")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_2)), tr("Go to the judgement")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_3)), tr("Go to the rationale")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_4)), tr("Go to the findings")},
        {{},
         tr("%1 … %2").arg(keys(QKeySequence(Qt::ALT | Qt::Key_1)),
                           keys(QKeySequence(Qt::ALT | Qt::Key_5))),
         tr("Judge the norm: meets … not assessed")},
        {{}, keys(QKeySequence(Qt::ALT | Qt::Key_0)), tr("Clear the judgement")},
        {{},
         tr("%1 or %2")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_PageDown)),
                  keys(QKeySequence(Qt::ALT | Qt::Key_Down))),
         tr("Next norm")},
        {{},
         tr("%1 or %2")
             .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_PageUp)),
                  keys(QKeySequence(Qt::ALT | Qt::Key_Up))),
         tr("Previous norm")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)), tr("Show only open norms")},
        {{},
         keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
         tr("Quick capture of a finding")},
        {{}, keys(QKeySequence(Qt::Key_Escape)), tr("Back to the provider list")},
        {findings, keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Add a finding")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::Key_K)), tr("Link the finding to norms")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)), tr("Attach evidence")},
        {{}, keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)), tr("Start a new interview")},
    };
    return list;
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);

    const QList<Entry> list = entries();
    auto *table = new QTableWidget(0, 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->setWordWrap(false);
    QFont groupFont = font();
    groupFont.setWeight(QFont::DemiBold);
    for (const Entry &entry : list) {
        if (!entry.group.isEmpty()) {
            const int row = table->rowCount();
            table->insertRow(row);
            auto *heading = new QTableWidgetItem(entry.group);
            heading->setFont(groupFont);
            heading->setFlags(Qt::ItemIsEnabled);
            table->setItem(row, 0, heading);
            table->setSpan(row, 0, 1, 2);
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(entry.keys));
        table->setItem(row, 1, new QTableWidgetItem(entry.action));
    }
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, table->columnWidth(0) + 24);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 660);
    table->setFocus();
}

} // namespace schouw
