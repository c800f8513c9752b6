#include "registerimportdialog.h"

#include "busycursor.h"
#include "uilog.h"
#include "uistyle.h"
#include "vault/vaultsession.h"

#include "ui_registerimportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace schouw {

namespace {

enum ProblemColumn { LineColumn, ColumnColumn, MessageColumn, ProblemColumnCount };

QString statsText(const RegisterStats &stats)
{
    const QLocale locale;
    return RegisterImportDialog::tr("New providers: %1, updated: %2, new locations: %3.")
        .arg(locale.toString(stats.providersNew), locale.toString(stats.providersUpdated),
             locale.toString(stats.locationsNew));
}

} // namespace

RegisterImportDialog::RegisterImportDialog(VaultSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    uistyle::makeError(m_ui->resultLabel);

    QTableWidget *table = m_ui->problemTable;
    table->setColumnCount(ProblemColumnCount);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    table->setColumnWidth(LineColumn, 5 * em);
    table->setColumnWidth(ColumnColumn, 10 * em);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &RegisterImportDialog::chooseFile);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importPlan(false); });
    connect(m_ui->importValidButton, &QPushButton::clicked, this, [this] { importPlan(true); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Directly connected: the register's names leave memory before the vault closes.
    connect(&m_session, &VaultSession::aboutToLock, this, [this] {
        m_plan = {};
        resetState();
        reject();
    });
    resetState();
}

RegisterImportDialog::~RegisterImportDialog() = default;

void RegisterImportDialog::resetState()
{
    m_checked = false;
    m_ui->problemTable->setRowCount(0);
    m_ui->problemTable->hide();
    m_ui->summaryLabel->clear();
    uistyle::setMessage(m_ui->resultLabel, {});
    m_ui->importButton->setDefault(false);
    m_ui->importButton->setVisible(true);
    m_ui->importButton->setEnabled(false);
    m_ui->importValidButton->setVisible(false);
    m_ui->closeButton->setText(tr("Cancel"));
}

void RegisterImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a provider register"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void RegisterImportDialog::setFilePath(const QString &path)
{
    m_path = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_ui->fileEdit->setToolTip(m_ui->fileEdit->text());
    check();
}

void RegisterImportDialog::check()
{
    resetState();
    m_plan = {};
    const BusyCursor busy;
    auto read = RegisterImport::readFile(m_path);
    if (!read) {
        uistyle::setMessage(m_ui->resultLabel, read.error().message);
        return;
    }
    m_plan = std::move(*read);
    showProblems();
    const QLocale locale;
    if (m_plan.unusable) {
        uistyle::setMessage(m_ui->resultLabel,
                            tr("This file cannot be read as a provider register, so nothing "
                               "can be imported from it."));
        return;
    }
    if (m_plan.providers.isEmpty()) {
        m_ui->summaryLabel->setText(
            m_plan.problems.isEmpty()
                ? tr("The file holds no providers.")
                : tr("Valid lines: %1 of %2. There is nothing to import.")
                      .arg(locale.toString(m_plan.validLines), locale.toString(m_plan.lines)));
        return;
    }
    if (!m_session.isUnlocked())
        return;
    // The dry run tells what the import would change, against the providers already here.
    auto preview = RegisterImport::apply(m_session.vault(), m_plan, RegisterImport::Mode::DryRun);
    if (!preview) {
        qCWarning(lcUi) << "register dry run failed:" << preview.error().detail;
        uistyle::setMessage(m_ui->resultLabel, preview.error().message);
        return;
    }
    m_checked = true;
    if (m_plan.problems.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("All %1 lines are valid. Importing them gives:").arg(locale.toString(m_plan.lines)) +
            u' ' + statsText(*preview));
        m_ui->importButton->setEnabled(true);
        m_ui->importButton->setDefault(true);
        m_ui->importButton->setFocus();
    } else {
        m_ui->summaryLabel->setText(
            tr("Valid lines: %1 of %2. The lines listed below have problems.")
                .arg(locale.toString(m_plan.validLines), locale.toString(m_plan.lines)) +
            u'\n' +
            tr("Nothing is imported unless you choose to import only the valid lines. They "
               "give:") +
            u' ' + statsText(*preview));
        // An explicit choice: never the default button, and Import itself is not offered.
        m_ui->importButton->setVisible(false);
        m_ui->importValidButton->setVisible(true);
        m_ui->importValidButton->setEnabled(true);
        // Enter must not import, nor open the file picker again: the focus goes to the problems,
        // which the user reads first, and no button stays the default.
        m_ui->problemTable->setFocus();
        m_ui->problemTable->setCurrentIndex({});
        for (QPushButton *button : {m_ui->chooseButton, m_ui->importValidButton, m_ui->closeButton})
            button->setDefault(false);
    }
}

void RegisterImportDialog::showProblems()
{
    QTableWidget *table = m_ui->problemTable;
    table->setRowCount(static_cast<int>(m_plan.problems.size()));
    const QLocale locale;
    for (int row = 0; row < table->rowCount(); ++row) {
        const RegisterProblem &problem = m_plan.problems.at(row);
        auto *line =
            new QTableWidgetItem(problem.line > 0 ? locale.toString(problem.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, LineColumn, line);
        table->setItem(row, ColumnColumn, new QTableWidgetItem(problem.column));
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        table->setItem(row, MessageColumn, message);
    }
    table->setVisible(!m_plan.problems.isEmpty());
}

void RegisterImportDialog::importPlan(bool validLinesOnly)
{
    // The buttons enforce this; checked again because a test or a shortcut may call in anyway.
    if (!m_checked || m_plan.unusable || (!m_plan.problems.isEmpty() && !validLinesOnly) ||
        !m_session.isUnlocked())
        return;
    const BusyCursor busy;
    auto stats = RegisterImport::apply(m_session.vault(), m_plan, RegisterImport::Mode::Write);
    if (!stats) {
        qCWarning(lcUi) << "register import failed:" << stats.error().detail;
        uistyle::setMessage(m_ui->resultLabel, stats.error().message);
        return;
    }
    qCInfo(lcUi) << "provider register imported";
    m_checked = false;
    m_ui->importButton->setVisible(false);
    m_ui->importValidButton->setVisible(false);
    m_ui->closeButton->setText(tr("Close"));
    m_ui->closeButton->setDefault(true);
    m_ui->summaryLabel->setText(tr("Imported.") + u' ' + statsText(*stats));
    Q_EMIT imported(*stats);
}

} // namespace schouw
