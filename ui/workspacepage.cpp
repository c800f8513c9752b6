#include "workspacepage.h"

#include "domain/vocabulary.h"
#include "providerdetailview.h"
#include "providerlistmodel.h"
#include "registerimportdialog.h"
#include "uistyle.h"

#include "ui_workspacepage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QToolButton>

namespace schouw {

WorkspacePage::WorkspacePage(ProviderListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WorkspacePage>())
    , m_model(model)
{
    m_ui->setupUi(this);
    uistyle::makeTitle(m_ui->titleLabel, 1.3);
    uistyle::makeSecondary(m_ui->providerCountLabel);

    m_ui->providerTable->setModel(&m_model);
    QHeaderView *header = m_ui->providerTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ProviderListModel::NameColumn, QHeaderView::Stretch);
    // Fixed starting widths rather than ResizeToContents, which would measure every loaded row
    // after each page. Wide enough for the longest sector and for the header texts.
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model.headerData(column, Qt::Horizontal).toString()) +
            3 * em;
    };
    // With the detail beside the list the sector column is narrower than its longest names; they
    // elide and show whole in the tooltip.
    header->resizeSection(ProviderListModel::SectorColumn,
                          std::max(14 * em, headerWidth(ProviderListModel::SectorColumn)));
    header->resizeSection(ProviderListModel::CityColumn,
                          std::max(10 * em, headerWidth(ProviderListModel::CityColumn)));
    header->resizeSection(ProviderListModel::OpenSignalsColumn,
                          std::max(6 * em, headerWidth(ProviderListModel::OpenSignalsColumn)));
    m_ui->providerTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    // Sorting: the model re-queries in its order; the header shows it. Not setSortingEnabled():
    // that would also sort by the sector column, which has no order, and flip directions that are
    // fixed (names A-Z, most signals first).
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, &WorkspacePage::onHeaderClicked);
    m_ui->sortCombo->addItem(tr("Name (A–Z)"), int(ProviderSort::Name));
    m_ui->sortCombo->addItem(tr("City (A–Z)"), int(ProviderSort::City));
    m_ui->sortCombo->addItem(tr("Most open signals first"), int(ProviderSort::OpenSignals));
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model.setSort(ProviderSort(m_ui->sortCombo->currentData().toInt()));
        showSortInControls();
    });
    showSortInControls();

    // The detail of the selected provider, beside the list.
    m_detail = new ProviderDetailView(m_model.session(), m_ui->splitter);
    m_detail->setObjectName(QStringLiteral("providerDetail"));
    m_ui->splitter->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({640, 420});
    setTabOrder(m_ui->providerTable, m_detail);
    setTabOrder(m_detail, m_ui->sortCombo);
    connect(m_ui->providerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspacePage::showCurrentProvider);
    // Enter and double-click show the row too, even when it was already current.
    connect(m_ui->providerTable, &QAbstractItemView::activated, this,
            &WorkspacePage::showCurrentProvider);
    connect(m_detail, &ProviderDetailView::startVisitRequested, this,
            &WorkspacePage::startVisitRequested);
    connect(m_detail, &ProviderDetailView::openVisitRequested, this,
            &WorkspacePage::openVisitRequested);

    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { openRegisterImport(); });

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &WorkspacePage::focusSearch);
    addAction(findAction);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(DefaultSearchDelay);
    connect(&m_searchDelay, &QTimer::timeout, this, &WorkspacePage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    // Enter searches at once instead of waiting out the pause.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &WorkspacePage::applySearch);
    // Down goes from the search field straight into the results, on the first match.
    m_ui->searchEdit->installEventFilter(this);

    // Sectors in the order of the work plan, labelled in the interface language.
    m_ui->sectorCombo->addItem(tr("All sectors"));
    for (const auto &entry : vocabulary<Sector>())
        m_ui->sectorCombo->addItem(ProviderListModel::sectorDisplayName(entry.value),
                                   keyOf(entry.value));
    connect(m_ui->sectorCombo, &QComboBox::currentIndexChanged, this, &WorkspacePage::applySearch);
    connect(m_ui->openSignalsCheck, &QCheckBox::toggled, this, &WorkspacePage::applySearch);

    connect(&m_model, &ProviderListModel::loaded, this, &WorkspacePage::updateCount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &WorkspacePage::updateCount);
    updateCount();
}

WorkspacePage::~WorkspacePage() = default;

void WorkspacePage::setLockAction(QAction *action)
{
    m_ui->lockButton->setDefaultAction(action);
}

void WorkspacePage::setSyncAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("syncButton"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setDefaultAction(action);
    m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->lockButton), button);
}

void WorkspacePage::refreshAfterSync(const SyncedRecords &records)
{
    if (!m_model.isActive())
        return;
    const bool list = records.touches(QStringLiteral("provider")) ||
        records.touches(QStringLiteral("risk_signal"));
    const bool detail = list || records.touches(QStringLiteral("location")) ||
        records.touches(QStringLiteral("visit")) || records.touches(QStringLiteral("judgement")) ||
        records.touches(QStringLiteral("framework"));
    const Id shown = m_detail->providerId();
    if (list) {
        m_model.reload();
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QModelIndex index = m_model.index(row, 0);
            if (index.data(ProviderListModel::IdRole).toUuid() == shown) {
                const QSignalBlocker blocker(m_ui->providerTable->selectionModel());
                m_ui->providerTable->setCurrentIndex(index);
                break;
            }
        }
    }
    if (detail && !shown.isNull())
        m_detail->refresh();
}

void WorkspacePage::setSearchDelay(std::chrono::milliseconds delay)
{
    m_searchDelay.setInterval(delay);
}

void WorkspacePage::reset()
{
    m_searchDelay.stop();
    const QSignalBlocker searchBlocker(m_ui->searchEdit);
    const QSignalBlocker sectorBlocker(m_ui->sectorCombo);
    const QSignalBlocker signalsBlocker(m_ui->openSignalsCheck);
    const QSignalBlocker sortBlocker(m_ui->sortCombo);
    m_ui->searchEdit->setText(QString());
    m_ui->sectorCombo->setCurrentIndex(0);
    m_ui->openSignalsCheck->setChecked(false);
    m_ui->sortCombo->setCurrentIndex(0);
    showSortInControls();
    m_detail->clear();
    updateCount();
}

QWidget *WorkspacePage::openRegisterImport()
{
    auto *dialog = new RegisterImportDialog(m_model.session(), this);
    dialog->setObjectName(QStringLiteral("registerImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterImportDialog::imported, this, [this] {
        m_model.reload();
        m_detail->refresh(); // the provider shown may have new locations or another name
    });
    dialog->open();
    return dialog;
}

void WorkspacePage::showCurrentProvider()
{
    const QModelIndex current = m_ui->providerTable->currentIndex();
    if (current.isValid())
        m_detail->showProvider(current.data(ProviderListModel::IdRole).toUuid());
}

void WorkspacePage::onHeaderClicked(int column)
{
    if (const auto sort = ProviderListModel::sortOf(column)) {
        const QSignalBlocker blocker(m_ui->sortCombo);
        m_ui->sortCombo->setCurrentIndex(m_ui->sortCombo->findData(int(*sort)));
        m_model.sort(column);
        if (m_model.rowCount() > 0)
            m_ui->providerTable->scrollToTop();
    }
    // A click flips the indicator or moves it to a column without an order: show the real one.
    showSortInControls();
}

void WorkspacePage::showSortInControls()
{
    const ProviderSort sort = ProviderSort(m_ui->sortCombo->currentData().toInt());
    QHeaderView *header = m_ui->providerTable->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(ProviderListModel::columnOf(sort),
                             ProviderListModel::indicatorOf(sort));
}

void WorkspacePage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool WorkspacePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        enterResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WorkspacePage::enterResults()
{
    if (m_searchDelay.isActive())
        applySearch();
    if (m_model.rowCount() == 0)
        return;
    m_ui->providerTable->setFocus(Qt::ShortcutFocusReason);
    if (!m_ui->providerTable->currentIndex().isValid())
        m_ui->providerTable->setCurrentIndex(m_model.index(0, 0));
}

void WorkspacePage::applySearch()
{
    m_searchDelay.stop();
    ProviderQuery query(m_ui->searchEdit->text());
    query.sector = fromKey<Sector>(m_ui->sectorCombo->currentData().toString());
    query.openSignalsOnly = m_ui->openSignalsCheck->isChecked();
    query.sort = ProviderSort(m_ui->sortCombo->currentData().toInt());
    m_model.setQuery(query);
    if (m_model.rowCount() > 0)
        m_ui->providerTable->scrollToTop();
}

void WorkspacePage::updateCount()
{
    // Phrased without plurals ("Providers: 1"), so the line reads right in every language and for
    // every number without a plural catalogue.
    const qint64 total = m_model.totalCount();
    const QLocale locale;
    QString text;
    if (!m_model.isActive() || total < 0)
        text.clear();
    else if (total == 0)
        text = tr("No providers yet. They arrive with the next synchronisation.");
    else if (m_model.query().isEmpty())
        text = tr("Providers: %1").arg(locale.toString(total));
    else if (m_model.rowCount() == 0 && m_model.isComplete())
        text = tr("No providers match your search.");
    else
        text = tr("Matching your search: %1 of %2")
                   .arg(locale.toString(m_model.matchingCount()), locale.toString(total));
    m_ui->providerCountLabel->setText(text);
}

} // namespace schouw
