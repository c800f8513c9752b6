#include "visitpage.h"

#include "findingspanel.h"
#include "frameworks/frameworkloader.h"
#include "interviewspanel.h"
#include "normpanel.h"
#include "normtreemodel.h"
#include "quickcapturedialog.h"
#include "signalcheckpanel.h"
#include "uistyle.h"
#include "vault/frameworkrepository.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include "ui_visitpage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>

namespace schouw {

namespace {

// Hosted panels take no focus themselves: give it to their first child that does.
void focusFirstIn(QWidget *panel)
{
    for (QWidget *next = panel->nextInFocusChain(); next && panel->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->isVisibleTo(panel) && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    panel->setFocus(Qt::ShortcutFocusReason);
}

} // namespace

VisitPage::VisitPage(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VisitPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    uistyle::makeTitle(m_ui->titleLabel, 1.4);
    uistyle::makeSecondary(m_ui->detailsLabel);
    uistyle::makeError(m_ui->errorLabel);
    uistyle::setMessage(m_ui->errorLabel, {});
    uistyle::makeSecondary(m_ui->unassignedHint);
    uistyle::makeSecondary(m_ui->emptyLabel);
    QFont progressFont = m_ui->progressLabel->font();
    progressFont.setWeight(QFont::DemiBold);
    m_ui->progressLabel->setFont(progressFont);

    m_model = new NormTreeModel(this);
    m_model->setObjectName(QStringLiteral("normTreeModel"));
    m_ui->normTree->setModel(m_model);
    // The columns explain themselves (tooltips say more); without the header the titles get
    // the width.
    m_ui->normTree->setHeaderHidden(true);
    m_ui->normTree->setIndentation(14);
    m_ui->normTree->header()->setStretchLastSection(false);
    m_ui->normTree->header()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("00/00")));
    m_ui->normTree->header()->setSectionResizeMode(NormTreeModel::TitleColumn,
                                                   QHeaderView::Stretch);
    m_ui->normTree->header()->setSectionResizeMode(NormTreeModel::JudgementColumn,
                                                   QHeaderView::ResizeToContents);
    m_ui->normTree->header()->setSectionResizeMode(NormTreeModel::FindingsColumn,
                                                   QHeaderView::ResizeToContents);
    m_ui->normTree->setMinimumWidth(260);
    connect(m_ui->normTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });

    // The norm, its judgement and its findings together are taller than a 1280×800 screen
    // leaves: the centre scrolls rather than forcing the window taller than the screen.
    auto *normScroll = new QScrollArea(m_ui->normPage);
    normScroll->setObjectName(QStringLiteral("normScroll"));
    normScroll->setWidgetResizable(true);
    normScroll->setFrameShape(QFrame::NoFrame);
    normScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_normPanel = new NormPanel(session, normScroll);
    m_normPanel->setObjectName(QStringLiteral("normPanel"));
    normScroll->setWidget(m_normPanel);
    m_ui->normPageLayout->addWidget(normScroll);
    connect(m_normPanel, &NormPanel::judgementChanged, this, &VisitPage::onJudgementChanged);
    connect(m_normPanel, &NormPanel::findingsChanged, this, &VisitPage::refreshFindingCounts);

    m_unassigned = new FindingsPanel(session, m_ui->unassignedPage);
    m_unassigned->setObjectName(QStringLiteral("unassignedFindingsPanel"));
    m_ui->unassignedLayout->addWidget(m_unassigned, 1);
    connect(m_unassigned, &FindingsPanel::findingsChanged, this, &VisitPage::refreshFindingCounts);

    m_signals = new SignalCheckPanel(session, m_ui->signalsTab);
    m_signals->setObjectName(QStringLiteral("signalCheckPanel"));
    m_ui->signalsLayout->addWidget(m_signals);
    m_interviews = new InterviewsPanel(session, m_ui->interviewsTab);
    m_interviews->setObjectName(QStringLiteral("interviewsPanel"));
    m_ui->interviewsLayout->addWidget(m_interviews);
    connect(m_interviews, &InterviewsPanel::findingsChanged, this,
            &VisitPage::refreshFindingCounts);

    // Tree narrow, the norm wide, the side column readable: calm at 1280×800.
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 6);
    m_ui->mainSplitter->setStretchFactor(2, 4);
    m_ui->mainSplitter->setSizes({370, 530, 360});

    connect(m_ui->backButton, &QPushButton::clicked, this, &VisitPage::goBack);
    connect(m_ui->finishButton, &QPushButton::clicked, this, &VisitPage::finishVisit);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &VisitPage::reopenVisit);
    connect(m_ui->openOnlyCheck, &QCheckBox::toggled, this, &VisitPage::toggleOpenOnly);

    // Before the key is wiped: everything typed goes into the vault, and an open quick capture
    // saves its text as it closes.
    connect(
        &m_session, &VaultSession::aboutToLock, this,
        [this] {
            if (m_capture)
                m_capture->reject();
            flush();
        },
        Qt::DirectConnection);

    setTabOrder(m_ui->backButton, m_ui->openOnlyCheck);
    setTabOrder(m_ui->openOnlyCheck, m_ui->normTree);
    setTabOrder(m_ui->normTree, m_normPanel);
    setUpShortcuts();
    clear();
}

VisitPage::~VisitPage() = default;

void VisitPage::setUpShortcuts()
{
    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::Key_Escape), [this] { goBack(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_ui->normTree->setFocus(Qt::ShortcutFocusReason); });
    add(QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        if (m_ui->centreStack->currentWidget() == m_ui->normPage)
            m_normPanel->focusJudgement();
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        if (m_ui->centreStack->currentWidget() == m_ui->normPage)
            m_normPanel->focusRationale();
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_4), [this] {
        if (m_ui->centreStack->currentWidget() == m_ui->normPage)
            m_normPanel->focusFindings();
        else if (m_ui->centreStack->currentWidget() == m_ui->unassignedPage)
            focusFirstIn(m_unassigned);
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { openQuickCapture(); });
    // A new interview from anywhere in the visit: show the interviews tab, then start. While
    // that tab is shown its own panel has the key (two live shortcuts would cancel each other).
    QShortcut *interview = add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] {
        m_ui->sideTabs->setCurrentWidget(m_ui->interviewsTab);
        m_interviews->startInterview();
    });
    const auto interviewKeyFollowsTab = [this, interview] {
        interview->setEnabled(m_ui->sideTabs->currentWidget() != m_ui->interviewsTab);
    };
    connect(m_ui->sideTabs, &QTabWidget::currentChanged, this, interviewKeyFollowsTab);
    interviewKeyFollowsTab();
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { m_ui->openOnlyCheck->toggle(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { selectNextNorm(1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { selectNextNorm(1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { selectNextNorm(-1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { selectNextNorm(-1); });
}

bool VisitPage::openVisit(const Id &requested)
{
    const Id visitId = requested; // a copy: requested may be m_visit.id, which clear() resets
    flush();
    clear();
    if (!m_session.isUnlocked())
        return false;
    Vault &vault = m_session.vault();
    auto visit = VisitRepository(vault).find(visitId);
    if (!visit || !*visit) {
        showError(visit ? tr("This visit no longer exists.") : visit.error().message);
        return false;
    }
    m_visit = **visit;

    auto provider = ProviderRepository(vault).find(m_visit.providerId);
    auto locations = ProviderRepository(vault).locations(m_visit.providerId);
    auto framework = FrameworkRepository(vault).find(m_visit.frameworkId);
    auto judgements = JudgementRepository(vault).forVisit(m_visit.id);
    if (!provider || !locations || !framework || !judgements) {
        const Error &error = !provider ? provider.error()
            : !locations               ? locations.error()
            : !framework               ? framework.error()
                                       : judgements.error();
        showError(error.message);
        return false;
    }
    if (!*framework) {
        showError(tr("The assessment framework of this visit is not on this computer. "
                     "Synchronise with the office to get it."));
        return false;
    }
    // Evidence hints live only in the framework's document; a document that no longer parses
    // costs the hints, not the visit.
    if (auto definition = FrameworkRepository(vault).definition(m_visit.frameworkId))
        if (auto loaded = FrameworkLoader::fromJson(definition->toUtf8()))
            m_evidence = loaded->evidence;

    m_model->setFramework(**framework);
    QHash<Id, Judgement> judged;
    for (const NormJudgement &judgement : std::as_const(*judgements))
        if (judgement.value)
            judged.insert(judgement.normId, *judgement.value);
    m_model->setJudgements(judged);
    refreshFindingCounts();
    m_ui->normTree->expandAll();

    showHeader(provider->value_or(Provider {}), *locations, **framework);
    updateProgress();
    updateFinishedState();
    m_signals->showVisit(m_visit, !m_visit.isFinished());
    m_interviews->showVisit(m_visit.id);

    // Start where the work is: the first norm still open, else the first norm.
    QModelIndex start;
    const QList<QModelIndex> norms = m_model->visibleNorms();
    for (const QModelIndex &norm : norms)
        if (norm.data(NormTreeModel::JudgementRole).toInt() < 0) {
            start = norm;
            break;
        }
    if (!start.isValid() && !norms.isEmpty())
        start = norms.first();
    if (start.isValid())
        m_ui->normTree->setCurrentIndex(start);
    m_ui->normTree->setFocus();
    return true;
}

void VisitPage::refreshAfterSync(const SyncedRecords &records)
{
    if (m_visit.id.isNull() || !m_session.isUnlocked() || records.isEmpty())
        return;
    flush();
    const Id normId = m_normPanel->normId();
    const bool onNorm = m_ui->centreStack->currentWidget() == m_ui->normPage;
    const Id finding = m_normPanel->findingsPanel()->currentFindingId();
    if (records.touches(m_visit.id) || records.touches(m_visit.frameworkId) ||
        records.touches(m_visit.providerId) || records.touches(QStringLiteral("location"))) {
        // The visit itself changed (finished or reopened elsewhere, its locations): read it
        // anew and go back to where the inspector was.
        const bool onUnassigned = m_ui->centreStack->currentWidget() == m_ui->unassignedPage;
        const int tab = m_ui->sideTabs->currentIndex();
        if (!openVisit(m_visit.id))
            return;
        const QModelIndex again =
            onUnassigned ? m_model->unassignedIndex() : m_model->indexOfNorm(normId);
        if (again.isValid())
            m_ui->normTree->setCurrentIndex(again);
        m_normPanel->findingsPanel()->selectFinding(finding);
        m_ui->sideTabs->setCurrentIndex(tab);
        return;
    }
    if (records.touches(QStringLiteral("judgement"))) {
        auto judgements = JudgementRepository(m_session.vault()).forVisit(m_visit.id);
        if (judgements) {
            QHash<Id, Judgement> judged;
            for (const NormJudgement &judgement : std::as_const(*judgements))
                if (judgement.value)
                    judged.insert(judgement.normId, *judgement.value);
            m_model->setJudgements(judged);
            updateProgress();
        }
        const Norm *norm = m_model->norm(normId);
        if (onNorm && norm &&
            records.touches(JudgementRepository::judgementId(m_visit.id, normId))) {
            m_normPanel->showNorm(m_visit.id, *norm, m_evidence.value(norm->code));
            m_normPanel->setEditable(!m_visit.isFinished());
            m_normPanel->findingsPanel()->selectFinding(finding);
        }
    }
    if (records.touches(QStringLiteral("observation")) ||
        records.touches(QStringLiteral("attachment"))) {
        refreshFindingCounts();
        if (onNorm)
            m_normPanel->findingsPanel()->refresh();
        else if (m_ui->centreStack->currentWidget() == m_ui->unassignedPage)
            m_unassigned->refresh();
    }
    if (records.touches(QStringLiteral("interview")) ||
        records.touches(QStringLiteral("observation")) ||
        records.touches(QStringLiteral("attachment")))
        m_interviews->refresh(records);
    if (records.touches(QStringLiteral("signal_check")) ||
        records.touches(QStringLiteral("risk_signal"))) {
        m_signals->showVisit(m_visit, !m_visit.isFinished());
    }
}

void VisitPage::showHeader(const Provider &provider, const QList<Location> &locations,
                           const Framework &framework)
{
    m_ui->titleLabel->setText(provider.name);
    QStringList visited;
    for (const Location &location : locations)
        if (m_visit.locationIds.contains(location.id))
            visited.append(location.name);
    QString type = label(m_visit.type);
    if (!type.isEmpty())
        type[0] = type.at(0).toUpper();
    QStringList parts {type};
    if (!visited.isEmpty())
        parts.append(visited.join(QStringLiteral(", ")));
    parts.append(QStringLiteral("%1 %2").arg(framework.code, framework.version));
    parts.append(
        tr("started %1")
            .arg(QLocale().toString(m_visit.startedAt.toLocalTime(), QLocale::ShortFormat)));
    if (m_visit.isFinished())
        parts.append(
            tr("finished %1")
                .arg(QLocale().toString(m_visit.endedAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->detailsLabel->setText(parts.join(QStringLiteral("  ·  ")));
    m_ui->detailsLabel->setToolTip(framework.title);
}

void VisitPage::updateProgress()
{
    m_ui->progressLabel->setText(
        tr("%1 of %2 norms judged").arg(m_model->judgedCount()).arg(m_model->normCount()));
}

void VisitPage::updateFinishedState()
{
    const bool finished = m_visit.isFinished();
    m_ui->finishButton->setVisible(!m_visit.id.isNull() && !finished);
    m_ui->reopenButton->setVisible(!m_visit.id.isNull() && finished);
    m_normPanel->setEditable(!finished);
    // Finishing closes the fieldwork: findings, evidence and interviews become read-only until
    // the visit is reopened.
    m_normPanel->findingsPanel()->setReadOnly(finished);
    m_unassigned->setReadOnly(finished);
    m_interviews->setReadOnly(finished);
}

void VisitPage::refreshFindingCounts()
{
    if (!m_session.isUnlocked() || m_visit.id.isNull())
        return;
    auto counts = ObservationRepository(m_session.vault()).countsForVisit(m_visit.id);
    if (!counts) {
        showError(counts.error().message);
        return;
    }
    m_model->setFindingCounts(counts->perNorm, counts->unassigned);
}

void VisitPage::onCurrentChanged(const QModelIndex &current)
{
    if (m_visit.id.isNull())
        return;
    const auto kind = static_cast<NormTreeModel::Kind>(
        current.siblingAtColumn(0).data(NormTreeModel::KindRole).toInt());
    if (!current.isValid() || kind == NormTreeModel::Kind::Theme) {
        // A theme row keeps the norm on screen: nothing to save or reload.
        if (!current.isValid())
            m_ui->centreStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    if (kind == NormTreeModel::Kind::Unassigned) {
        m_normPanel->flush();
        m_unassigned->showNorm(m_visit.id, {});
        m_ui->centreStack->setCurrentWidget(m_ui->unassignedPage);
        return;
    }
    const Id normId = current.siblingAtColumn(0).data(NormTreeModel::NormIdRole).value<Id>();
    if (normId == m_normPanel->normId() && m_ui->centreStack->currentWidget() == m_ui->normPage)
        return;
    m_unassigned->flush();
    if (const Norm *norm = m_model->norm(normId)) {
        m_normPanel->showNorm(m_visit.id, *norm, m_evidence.value(norm->code));
        m_normPanel->setEditable(!m_visit.isFinished());
        m_ui->centreStack->setCurrentWidget(m_ui->normPage);
    }
}

void VisitPage::onJudgementChanged(const Id &normId, int value)
{
    m_model->setJudgement(normId,
                          value < 0 ? std::nullopt : std::optional(static_cast<Judgement>(value)));
    updateProgress();
}

void VisitPage::toggleOpenOnly(bool openOnly)
{
    const Id current = m_normPanel->normId();
    const bool onUnassigned = m_ui->centreStack->currentWidget() == m_ui->unassignedPage;
    m_model->setOpenOnly(openOnly);
    m_ui->normTree->expandAll();
    // Keep the inspector where they were when that row is still shown.
    QModelIndex again = onUnassigned ? m_model->unassignedIndex() : m_model->indexOfNorm(current);
    if (!again.isValid()) {
        const QList<QModelIndex> norms = m_model->visibleNorms();
        again = norms.isEmpty() ? m_model->unassignedIndex() : norms.first();
    }
    if (again.isValid())
        m_ui->normTree->setCurrentIndex(again);
}

void VisitPage::selectNextNorm(int step)
{
    const QList<QModelIndex> norms = m_model->visibleNorms();
    if (norms.isEmpty())
        return;
    const Id current = m_normPanel->normId();
    qsizetype at = -1;
    for (qsizetype i = 0; i < norms.size(); ++i)
        if (norms.at(i).data(NormTreeModel::NormIdRole).value<Id>() == current)
            at = i;
    qsizetype next = at < 0 ? (step > 0 ? 0 : norms.size() - 1) : at + step;
    next = std::clamp<qsizetype>(next, 0, norms.size() - 1);
    m_ui->normTree->setCurrentIndex(norms.at(next));
}

QuickCaptureDialog *VisitPage::openQuickCapture()
{
    if (m_visit.id.isNull() || m_visit.isFinished() || !m_session.isUnlocked())
        return nullptr;
    if (m_capture) {
        m_capture->activateWindow();
        return m_capture;
    }
    auto *dialog = new QuickCaptureDialog(m_session, m_visit.id, this);
    dialog->setObjectName(QStringLiteral("quickCaptureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickCaptureDialog::captured, this, [this] {
        refreshFindingCounts();
        if (m_ui->centreStack->currentWidget() == m_ui->unassignedPage)
            m_unassigned->showNorm(m_visit.id, {});
    });
    m_capture = dialog;
    dialog->open();
    return dialog;
}

void VisitPage::finishVisit()
{
    if (!m_session.isUnlocked() || m_visit.id.isNull())
        return;
    flush();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status finished = VisitRepository(m_session.vault()).finish(m_visit.id, now);
    if (!finished) {
        showError(finished.error().message);
        return;
    }
    openVisit(m_visit.id);
}

void VisitPage::reopenVisit()
{
    if (!m_session.isUnlocked() || m_visit.id.isNull())
        return;
    const Status reopened = VisitRepository(m_session.vault()).reopen(m_visit.id);
    if (!reopened) {
        showError(reopened.error().message);
        return;
    }
    openVisit(m_visit.id);
}

void VisitPage::goBack()
{
    flush();
    clear();
    Q_EMIT backRequested();
}

bool VisitPage::flush()
{
    const bool norm = m_normPanel->flush();
    const bool unassigned = m_unassigned->flush();
    const bool signalNotes = m_signals->flush();
    const bool interviews = m_interviews->flush();
    return norm && unassigned && signalNotes && interviews;
}

void VisitPage::clear()
{
    m_normPanel->clear();
    m_unassigned->clear();
    m_signals->clear();
    m_interviews->clear();
    m_model->clear();
    m_visit = {};
    m_evidence.clear();
    {
        const QSignalBlocker blocker(m_ui->openOnlyCheck);
        m_ui->openOnlyCheck->setChecked(false);
    }
    m_ui->titleLabel->clear();
    m_ui->detailsLabel->clear();
    m_ui->progressLabel->clear();
    m_ui->centreStack->setCurrentWidget(m_ui->emptyPage);
    m_ui->finishButton->hide();
    m_ui->reopenButton->hide();
    showError({});
}

void VisitPage::showError(const QString &message)
{
    uistyle::setMessage(m_ui->errorLabel, message);
}

} // namespace schouw
