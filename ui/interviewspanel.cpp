#include "interviewspanel.h"

#include "frameworks/frameworkloader.h"
#include "intervieweditor.h"
#include "startinterviewdialog.h"
#include "uistyle.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace schouw {

namespace {

enum Column { PseudonymColumn, GroupColumn, ConsentColumn, TimeColumn, PlaceColumn, ColumnCount };

// Vocabulary labels are lower case for use inside sentences; a column starts with a capital.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// Today's interviews show the time only: the visit is today.
QString shortTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

struct InterviewsPanel::Private
{
    explicit Private(VaultSession &vaultSession)
        : session(vaultSession)
    {
    }

    VaultSession &session;
    Id visitId;
    QList<Interview> interviews;
    // The framework version of the visit, read once per visit: versions never change.
    std::optional<LoadedFramework> framework;
    QList<Norm> norms;

    QTreeWidget *list = nullptr;
    QPushButton *newInterview = nullptr;
    QLabel *error = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *placeholder = nullptr;
    InterviewEditor *editor = nullptr;
    bool readOnly = false;

    void fillRow(QTreeWidgetItem *item, const Interview &interview) const
    {
        item->setText(PseudonymColumn, interview.pseudonym);
        item->setText(GroupColumn, capitalised(label(interview.group)));
        item->setText(ConsentColumn, capitalised(label(interview.consent)));
        item->setText(TimeColumn, shortTime(interview.heldAt));
        item->setText(PlaceColumn, interview.place);
        item->setData(PseudonymColumn, Qt::UserRole, interview.id);
    }

    [[nodiscard]] QStringList pseudonyms() const
    {
        QStringList names;
        for (const Interview &interview : interviews)
            names << interview.pseudonym;
        return names;
    }

    [[nodiscard]] QList<InterviewQuestion> guideFor(RespondentGroup group) const
    {
        if (framework)
            for (const InterviewGuide &guide : framework->interviewGuides)
                if (guide.group == group)
                    return guide.questions;
        return {};
    }
};

InterviewsPanel::InterviewsPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(session))
{
    setObjectName(QStringLiteral("interviewsPanel"));

    auto *heading = new QLabel(tr("Interviews"), this);
    uistyle::makeTitle(heading, 1.15);

    d->list = new QTreeWidget(this);
    d->list->setObjectName(QStringLiteral("interviewList"));
    d->list->setColumnCount(ColumnCount);
    d->list->setHeaderLabels(
        {tr("Pseudonym"), tr("Respondent"), tr("Consent"), tr("Time"), tr("Place")});
    d->list->setRootIsDecorated(false);
    d->list->setUniformRowHeights(true);
    d->list->setAlternatingRowColors(true);
    d->list->header()->setStretchLastSection(true);
    d->list->setAccessibleName(tr("Interviews"));

    d->newInterview = new QPushButton(tr("&New interview…"), this);
    d->newInterview->setObjectName(QStringLiteral("newInterviewButton"));
    d->newInterview->setToolTip(tr("Start an interview (Ctrl+Shift+I)"));
    auto *start = new QAction(tr("New interview"), this);
    start->setObjectName(QStringLiteral("newInterviewAction"));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // Window-wide while the panel is shown: Qt ignores the shortcuts of hidden widgets.
    start->setShortcutContext(Qt::WindowShortcut);
    addAction(start);
    connect(start, &QAction::triggered, this, &InterviewsPanel::startInterview);

    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("interviewsError"));
    uistyle::makeError(d->error);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch(1);
    headingRow->addWidget(d->newInterview);
    topLayout->addLayout(headingRow);
    topLayout->addWidget(d->list);
    topLayout->addWidget(d->error);

    d->placeholder =
        new QLabel(tr("Choose an interview, or start a new one with Ctrl+Shift+I."), this);
    d->placeholder->setObjectName(QStringLiteral("interviewPlaceholder"));
    d->placeholder->setAlignment(Qt::AlignCenter);
    d->placeholder->setWordWrap(true);
    uistyle::makeSecondary(d->placeholder);
    d->editor = new InterviewEditor(session, this);
    d->stack = new QStackedWidget(this);
    d->stack->addWidget(d->placeholder);
    d->stack->addWidget(d->editor);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(d->stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // A visit has a handful of interviews: a short list leaves the room to the notes.
    splitter->setSizes({d->list->fontMetrics().lineSpacing() * 9, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(d->newInterview, &QPushButton::clicked, this, [this] {
        if (!d->session.isUnlocked() || d->visitId.isNull())
            return;
        d->editor->flush();
        StartInterviewDialog dialog(d->session.vault(), d->visitId, this);
        // The dialog holds the vault: it must not outlive an unlocked session.
        connect(&d->session, &VaultSession::aboutToLock, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted || !d->session.isUnlocked())
            return;
        const Id created = dialog.interview().id;
        showVisit(d->visitId);
        for (int row = 0; row < d->list->topLevelItemCount(); ++row)
            if (d->list->topLevelItem(row)->data(PseudonymColumn, Qt::UserRole).toUuid() == created)
                d->list->setCurrentItem(d->list->topLevelItem(row));
        // Straight into the first field: the interview starts now.
        if (auto *first = d->editor->findChild<QPlainTextEdit *>())
            first->setFocus(Qt::OtherFocusReason);
    });

    connect(d->list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current) {
            d->editor->flush();
            d->editor->clear();
            d->stack->setCurrentWidget(d->placeholder);
            return;
        }
        const Id id = current->data(PseudonymColumn, Qt::UserRole).toUuid();
        if (id == d->editor->interviewId())
            return;
        for (const Interview &interview : std::as_const(d->interviews))
            if (interview.id == id) {
                d->editor->setInterview(interview, d->guideFor(interview.group), d->norms,
                                        d->pseudonyms());
                d->stack->setCurrentWidget(d->editor);
            }
    });

    connect(d->editor, &InterviewEditor::interviewChanged, this, [this](const Interview &changed) {
        for (Interview &interview : d->interviews)
            if (interview.id == changed.id)
                interview = changed;
        for (int row = 0; row < d->list->topLevelItemCount(); ++row) {
            QTreeWidgetItem *item = d->list->topLevelItem(row);
            if (item->data(PseudonymColumn, Qt::UserRole).toUuid() == changed.id)
                d->fillRow(item, changed);
        }
    });
    connect(d->editor, &InterviewEditor::findingsChanged, this, &InterviewsPanel::findingsChanged);

    // Direct: the vault closes right after aboutToLock returns.
    connect(
        &session, &VaultSession::aboutToLock, this, [this] { flush(); }, Qt::DirectConnection);
    connect(&session, &VaultSession::locked, this, &InterviewsPanel::clear);

    clear();
}

InterviewsPanel::~InterviewsPanel() = default;

void InterviewsPanel::showVisit(const Id &visitId)
{
    const Id keep = d->editor->interviewId();
    d->editor->flush();
    if (visitId != d->visitId) {
        d->framework.reset();
        d->norms.clear();
    }
    d->visitId = visitId;
    uistyle::setMessage(d->error, {});
    if (!d->session.isUnlocked() || visitId.isNull()) {
        clear();
        return;
    }
    Vault &vault = d->session.vault();

    if (!d->framework) {
        auto visit = VisitRepository(vault).find(visitId);
        if (visit && *visit) {
            auto definition = FrameworkRepository(vault).definition((*visit)->frameworkId);
            auto loaded = definition ? FrameworkLoader::fromJson(definition->toUtf8())
                                     : Result<LoadedFramework>(std::unexpected(definition.error()));
            if (loaded) {
                d->framework = *loaded;
                for (const Theme &theme : std::as_const(d->framework->framework.themes))
                    d->norms << theme.norms;
            } else {
                // Without the guide the interviews still work: free notes and statements.
                uistyle::setMessage(d->error, loaded.error().message);
            }
        } else if (!visit) {
            uistyle::setMessage(d->error, visit.error().message);
        }
    }

    auto interviews = InterviewRepository(vault).forVisit(visitId);
    if (!interviews) {
        uistyle::setMessage(d->error, interviews.error().message);
        return;
    }
    d->interviews = *interviews;
    std::sort(d->interviews.begin(), d->interviews.end(),
              [](const Interview &a, const Interview &b) { return a.heldAt < b.heldAt; });

    const QSignalBlocker blocker(d->list);
    d->list->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Interview &interview : std::as_const(d->interviews)) {
        auto *item = new QTreeWidgetItem(d->list);
        d->fillRow(item, interview);
        if (interview.id == keep)
            current = item;
    }
    for (int column = 0; column < PlaceColumn; ++column)
        d->list->resizeColumnToContents(column);
    d->newInterview->setEnabled(!d->readOnly);
    if (current) {
        d->list->setCurrentItem(current);
        // Reload: the record may have changed (sync, another panel).
        for (const Interview &interview : std::as_const(d->interviews))
            if (interview.id == keep)
                d->editor->setInterview(interview, d->guideFor(interview.group), d->norms,
                                        d->pseudonyms());
        d->stack->setCurrentWidget(d->editor);
    } else {
        d->editor->clear();
        d->stack->setCurrentWidget(d->placeholder);
    }
}

void InterviewsPanel::refresh(const SyncedRecords &records)
{
    if (d->visitId.isNull() || !d->session.isUnlocked())
        return;
    const Id current = d->editor->interviewId();
    bool editorChanged = current.isNull() || records.touches(current);
    if (!editorChanged && records.touches(QStringLiteral("observation"))) {
        auto statements = ObservationRepository(d->session.vault()).forInterview(current);
        editorChanged = !statements;
        for (const Observation &statement : statements.value_or(QList<Observation> {}))
            editorChanged = editorChanged || records.touches(statement.id);
    }
    if (editorChanged) {
        showVisit(d->visitId); // saves first, then reloads the list and the editor
        return;
    }
    d->editor->flush();
    auto interviews = InterviewRepository(d->session.vault()).forVisit(d->visitId);
    if (!interviews) {
        uistyle::setMessage(d->error, interviews.error().message);
        return;
    }
    // The list follows; the editor keeps its interview.
    const QSignalBlocker blocker(d->list);
    QList<Interview> sorted = *interviews;
    std::sort(sorted.begin(), sorted.end(),
              [](const Interview &a, const Interview &b) { return a.heldAt < b.heldAt; });
    d->interviews = sorted;
    d->list->clear();
    for (const Interview &interview : std::as_const(d->interviews)) {
        auto *item = new QTreeWidgetItem(d->list);
        d->fillRow(item, interview);
        if (interview.id == current)
            d->list->setCurrentItem(item);
    }
}

void InterviewsPanel::clear()
{
    d->editor->clear();
    d->list->clear();
    d->interviews.clear();
    d->framework.reset();
    d->norms.clear();
    d->visitId = {};
    d->newInterview->setEnabled(false);
    d->stack->setCurrentWidget(d->placeholder);
    uistyle::setMessage(d->error, {});
}

bool InterviewsPanel::flush()
{
    return d->editor->flush();
}

void InterviewsPanel::startInterview()
{
    if (d->newInterview->isEnabled() && !d->readOnly)
        d->newInterview->click();
}

void InterviewsPanel::setReadOnly(bool readOnly)
{
    if (d->readOnly == readOnly)
        return;
    flush();
    d->readOnly = readOnly;
    d->editor->setReadOnly(readOnly);
    d->newInterview->setEnabled(!readOnly);
}

bool InterviewsPanel::isReadOnly() const
{
    return d->readOnly;
}

} // namespace schouw
