#include "findingspanel.h"

#include "domain/vocabulary.h"
#include "evidencelist.h"
#include "linknormsdialog.h"
#include "textautosave.h"
#include "uistyle.h"
#include "vault/attachmentrepository.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/recordcodec.h"
#include "vault/teamrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

#include <optional>

namespace schouw {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int PreviewLength = 90;

bool askUser(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, FindingsPanel::tr("Delete finding"), question,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString preview(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > PreviewLength)
        line = line.left(PreviewLength - 1).trimmed() + QChar(0x2026);
    return line;
}

} // namespace

class FindingsPanel::Private
{
public:
    Private(FindingsPanel *panel, VaultSession &vaultSession)
        : q(panel)
        , session(vaultSession)
    {
    }

    void build();
    void reload(const Id &select);
    void load(const std::optional<Observation> &observation);
    void updateItem(QListWidgetItem *item, const Observation &observation);
    void showLinks(const QList<Id> &normIds);
    void setEditorEnabled(bool enabled);
    [[nodiscard]] QString authorName(const Id &authorId);
    [[nodiscard]] QString interviewName(const Id &interviewId);
    [[nodiscard]] std::optional<Observation> current();

    FindingsPanel *q;
    VaultSession &session;
    Confirm confirm = askUser;
    Id visit;
    Id norm;
    Id frameworkId;
    std::optional<Framework> framework;
    QHash<Id, Norm> norms; // of the visit's framework, for showing links
    QHash<Id, QString> names; // display names of authors and interview pseudonyms
    Id shown; // the finding in the editor
    bool loading = false;
    bool readOnly = false;

    QLabel *title = nullptr;
    QListWidget *list = nullptr;
    QPushButton *newButton = nullptr;
    QPushButton *deleteButton = nullptr;
    QWidget *editor = nullptr;
    QPlainTextEdit *text = nullptr;
    TextAutosave *autosave = nullptr;
    QLabel *saveStatus = nullptr;
    QLabel *statementNote = nullptr;
    QComboBox *source = nullptr;
    QLabel *links = nullptr;
    QPushButton *linkButton = nullptr;
    EvidenceList *evidence = nullptr;
    QPushButton *addEvidence = nullptr;
    QPushButton *exportEvidence = nullptr;
    QPushButton *removeEvidence = nullptr;
    QLabel *evidenceMessage = nullptr;
};

FindingsPanel::FindingsPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, session))
{
    setObjectName(QStringLiteral("findingsPanel"));
    d->build();
    // Typing must be on disk before the vault closes; afterwards nothing may stay on screen.
    connect(&session, &VaultSession::aboutToLock, this, &FindingsPanel::flush);
    connect(&session, &VaultSession::locked, this, &FindingsPanel::clear);
}

FindingsPanel::~FindingsPanel()
{
    if (d->session.isUnlocked())
        d->autosave->flush();
}

void FindingsPanel::Private::build()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);

    title = new QLabel(q);
    title->setObjectName(QStringLiteral("findingsTitle"));
    uistyle::makeTitle(title, 1.15);
    layout->addWidget(title);

    auto *splitter = new QSplitter(Qt::Vertical, q);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // The list of findings with its two actions.
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    list = new QListWidget(listPane);
    list->setObjectName(QStringLiteral("findingList"));
    list->setAccessibleName(FindingsPanel::tr("Findings"));
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideRight);
    list->setSpacing(1);
    // Room for three findings at least: the list is how the inspector finds her way back.
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 8);
    listLayout->addWidget(list, 1);
    auto *listButtons = new QHBoxLayout;
    newButton = new QPushButton(FindingsPanel::tr("&New finding"), listPane);
    newButton->setObjectName(QStringLiteral("newFindingButton"));
    newButton->setToolTip(FindingsPanel::tr("New finding (Ctrl+Enter)"));
    deleteButton = new QPushButton(FindingsPanel::tr("&Delete finding…"), listPane);
    deleteButton->setObjectName(QStringLiteral("deleteFindingButton"));
    deleteButton->setToolTip(FindingsPanel::tr("Delete the selected finding (Delete in the list)"));
    listButtons->addWidget(newButton);
    listButtons->addStretch(1);
    listButtons->addWidget(deleteButton);
    listLayout->addLayout(listButtons);

    // The editor of the selected finding.
    editor = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *textLabel = new QLabel(FindingsPanel::tr("&Finding:"), editor);
    text = new QPlainTextEdit(editor);
    text->setObjectName(QStringLiteral("findingText"));
    text->setTabChangesFocus(true);
    text->setPlaceholderText(FindingsPanel::tr("What did you see, read or hear?"));
    textLabel->setBuddy(text);
    autosave = new TextAutosave(text, q);
    editorLayout->addWidget(textLabel);
    editorLayout->addWidget(text, 1);
    statementNote = new QLabel(editor);
    statementNote->setObjectName(QStringLiteral("statementNote"));
    statementNote->setWordWrap(true);
    uistyle::makeSecondary(statementNote);
    uistyle::setMessage(statementNote, {});
    editorLayout->addWidget(statementNote);
    saveStatus = new QLabel(editor);
    saveStatus->setObjectName(QStringLiteral("saveStatus"));
    uistyle::makeSecondary(saveStatus);
    editorLayout->addWidget(saveStatus);

    auto *sourceRow = new QHBoxLayout;
    auto *sourceLabel = new QLabel(FindingsPanel::tr("S&ource:"), editor);
    source = new QComboBox(editor);
    source->setObjectName(QStringLiteral("sourceCombo"));
    for (const auto &entry : vocabulary<ObservationSource>())
        source->addItem(label(entry.value), static_cast<int>(entry.value));
    sourceLabel->setBuddy(source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(source);
    sourceRow->addStretch(1);
    editorLayout->addLayout(sourceRow);

    auto *linkRow = new QHBoxLayout;
    auto *linkLabel = new QLabel(FindingsPanel::tr("Norms:"), editor);
    linkLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    links = new QLabel(editor);
    links->setObjectName(QStringLiteral("linkedNorms"));
    links->setWordWrap(true);
    links->setTextInteractionFlags(Qt::TextSelectableByMouse);
    linkButton = new QPushButton(FindingsPanel::tr("&Link to norms…"), editor);
    linkButton->setObjectName(QStringLiteral("linkNormsButton"));
    linkButton->setToolTip(FindingsPanel::tr("Link to norms (Ctrl+K)"));
    linkRow->addWidget(linkLabel, 0, Qt::AlignTop);
    linkRow->addWidget(links, 1);
    linkRow->addWidget(linkButton, 0, Qt::AlignTop);
    editorLayout->addLayout(linkRow);

    auto *evidenceLabel = new QLabel(FindingsPanel::tr("Evidence:"), editor);
    editorLayout->addWidget(evidenceLabel);
    evidence = new EvidenceList(session, editor);
    evidence->setObjectName(QStringLiteral("evidenceList"));
    evidence->setAccessibleName(FindingsPanel::tr("Evidence"));
    evidence->setMinimumHeight(EvidenceList::ThumbnailSize + 56);
    evidenceLabel->setBuddy(evidence);
    editorLayout->addWidget(evidence, 1);
    evidenceMessage = new QLabel(editor);
    evidenceMessage->setObjectName(QStringLiteral("evidenceMessage"));
    evidenceMessage->setWordWrap(true);
    uistyle::makeError(evidenceMessage);
    evidence->setMessageLabel(evidenceMessage);
    editorLayout->addWidget(evidenceMessage);
    auto *evidenceButtons = new QHBoxLayout;
    addEvidence = new QPushButton(FindingsPanel::tr("Add &evidence…"), editor);
    addEvidence->setObjectName(QStringLiteral("addEvidenceButton"));
    addEvidence->setToolTip(
        FindingsPanel::tr("Add photos, recordings or documents (Ctrl+Shift+A), or drop files "
                          "on the list"));
    exportEvidence = new QPushButton(FindingsPanel::tr("Save &as…"), editor);
    exportEvidence->setObjectName(QStringLiteral("exportEvidenceButton"));
    exportEvidence->setToolTip(FindingsPanel::tr("Save a copy of the selected evidence outside "
                                                 "the vault, where you choose"));
    removeEvidence = new QPushButton(FindingsPanel::tr("Re&move evidence…"), editor);
    removeEvidence->setObjectName(QStringLiteral("removeEvidenceButton"));
    evidenceButtons->addWidget(addEvidence);
    evidenceButtons->addStretch(1);
    evidenceButtons->addWidget(exportEvidence);
    evidenceButtons->addWidget(removeEvidence);
    editorLayout->addLayout(evidenceButtons);

    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    QWidget::setTabOrder(list, newButton);
    QWidget::setTabOrder(newButton, deleteButton);
    QWidget::setTabOrder(deleteButton, text);
    QWidget::setTabOrder(text, source);
    QWidget::setTabOrder(source, linkButton);
    QWidget::setTabOrder(linkButton, evidence);
    QWidget::setTabOrder(evidence, addEvidence);
    QWidget::setTabOrder(addEvidence, exportEvidence);
    QWidget::setTabOrder(exportEvidence, removeEvidence);

    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *made = new QShortcut(keys, scope);
        made->setContext(scope == q ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        QObject::connect(made, &QShortcut::activated, q, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), q, &FindingsPanel::addFinding);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), q, &FindingsPanel::addFinding);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), q, &FindingsPanel::linkNorms);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), q,
             [this] { evidence->chooseFiles(); });
    shortcut(QKeySequence::Delete, list, &FindingsPanel::removeFinding);
    shortcut(QKeySequence::Delete, evidence, [this] { evidence->removeSelected(); });

    QObject::connect(newButton, &QPushButton::clicked, q, &FindingsPanel::addFinding);
    QObject::connect(deleteButton, &QPushButton::clicked, q, &FindingsPanel::removeFinding);
    QObject::connect(linkButton, &QPushButton::clicked, q, &FindingsPanel::linkNorms);
    QObject::connect(addEvidence, &QPushButton::clicked, evidence, &EvidenceList::chooseFiles);
    QObject::connect(exportEvidence, &QPushButton::clicked, evidence,
                     &EvidenceList::exportSelected);
    QObject::connect(removeEvidence, &QPushButton::clicked, evidence,
                     &EvidenceList::removeSelected);
    auto updateEvidenceButtons = [this] {
        const bool selected = evidence->currentItem() != nullptr;
        exportEvidence->setEnabled(selected);
        removeEvidence->setEnabled(selected && !readOnly);
    };
    QObject::connect(evidence, &QListWidget::currentItemChanged, q, updateEvidenceButtons);
    QObject::connect(evidence, &EvidenceList::evidenceChanged, q, updateEvidenceButtons);

    QObject::connect(list, &QListWidget::currentItemChanged, q, [this](QListWidgetItem *item) {
        if (loading)
            return;
        if (!item) {
            load(std::nullopt);
            return;
        }
        auto found = ObservationRepository(session.vault()).find(item->data(IdRole).toUuid());
        load(found ? *found : std::nullopt);
    });
    QObject::connect(source, &QComboBox::currentIndexChanged, q, [this](int index) {
        if (loading || shown.isNull() || index < 0 || !session.isUnlocked())
            return;
        const auto value = static_cast<ObservationSource>(source->itemData(index).toInt());
        if (auto done = ObservationRepository(session.vault()).updateSource(shown, value); !done) {
            uistyle::setMessage(saveStatus, done.error().message);
            return;
        }
        if (auto found = current(); found)
            updateItem(list->currentItem(), *found);
    });
    QObject::connect(autosave, &TextAutosave::saved, q, [this] {
        saveStatus->setText(FindingsPanel::tr("Saved at %1")
                                .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        if (auto found = current(); found && list->currentItem())
            updateItem(list->currentItem(), *found);
    });
    QObject::connect(autosave, &TextAutosave::saveFailed, q, [this](const QString &message) {
        saveStatus->setText(FindingsPanel::tr("Not saved yet: %1").arg(message));
    });
    q->clear();
}

std::optional<Observation> FindingsPanel::Private::current()
{
    if (shown.isNull() || !session.isUnlocked())
        return std::nullopt;
    auto found = ObservationRepository(session.vault()).find(shown);
    return found ? *found : std::nullopt;
}

QString FindingsPanel::Private::authorName(const Id &authorId)
{
    if (const auto known = names.constFind(authorId); known != names.cend())
        return *known;
    QString name;
    if (auto user = TeamRepository(session.vault()).findUser(authorId); user && *user)
        name = (*user)->displayName;
    if (name.isEmpty())
        name = authorId == session.vault().currentUserId() ? FindingsPanel::tr("me")
                                                           : FindingsPanel::tr("unknown");
    names.insert(authorId, name);
    return name;
}

QString FindingsPanel::Private::interviewName(const Id &interviewId)
{
    if (const auto known = names.constFind(interviewId); known != names.cend())
        return *known;
    QString name;
    if (auto interview = InterviewRepository(session.vault()).find(interviewId);
        interview && *interview)
        name = (*interview)->pseudonym;
    names.insert(interviewId, name);
    return name;
}

void FindingsPanel::Private::updateItem(QListWidgetItem *item, const Observation &observation)
{
    if (!item)
        return;
    const QString time = observation.observedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    QString origin = observation.interviewId.isNull()
        ? authorName(observation.authorId)
        : FindingsPanel::tr("interview with %1").arg(interviewName(observation.interviewId));
    const QString meta =
        FindingsPanel::tr("%1 · %2 · %3").arg(time, label(observation.source), origin);
    const QString first = observation.text.trimmed().isEmpty() ? FindingsPanel::tr("(no text yet)")
                                                               : preview(observation.text);
    item->setText(first + u'\n' + meta);
    item->setData(IdRole, observation.id);
    item->setToolTip(observation.text.left(500));
}

void FindingsPanel::Private::reload(const Id &select)
{
    loading = true;
    list->clear();
    loading = false;
    if (visit.isNull() || !session.isUnlocked()) {
        load(std::nullopt);
        return;
    }
    ObservationRepository repository(session.vault());
    auto found = norm.isNull() ? repository.unassigned(visit) : repository.forNorm(visit, norm);
    if (!found) {
        uistyle::setMessage(statementNote, found.error().message);
        load(std::nullopt);
        return;
    }
    QListWidgetItem *selected = nullptr;
    loading = true;
    for (const Observation &observation : std::as_const(*found)) {
        auto *item = new QListWidgetItem(list);
        updateItem(item, observation);
        if (observation.id == select)
            selected = item;
    }
    loading = false;
    if (!selected && list->count() > 0)
        selected = list->item(list->count() - 1); // the newest: most likely the one in hand
    if (selected) {
        list->setCurrentItem(selected); // loads it into the editor
        list->scrollToItem(selected);
    } else {
        load(std::nullopt);
    }
    deleteButton->setEnabled(list->count() > 0 && !readOnly);
}

void FindingsPanel::Private::setEditorEnabled(bool enabled)
{
    text->setEnabled(enabled);
    source->setEnabled(enabled && !readOnly);
    linkButton->setEnabled(enabled && !readOnly && framework.has_value());
    evidence->setEnabled(enabled);
    addEvidence->setEnabled(enabled && !readOnly);
    exportEvidence->setEnabled(enabled && evidence->currentItem());
    removeEvidence->setEnabled(enabled && !readOnly && evidence->currentItem());
}

void FindingsPanel::Private::load(const std::optional<Observation> &observation)
{
    loading = true;
    saveStatus->clear();
    if (!observation) {
        shown = {};
        if (session.isUnlocked())
            autosave->load(QString(), TextAutosave::Saver {});
        else
            autosave->clear();
        source->setCurrentIndex(0);
        showLinks({});
        evidence->clearEvidence();
        uistyle::setMessage(statementNote, {});
        setEditorEnabled(false);
        deleteButton->setEnabled(false);
        text->setPlaceholderText(visit.isNull()
                                     ? QString()
                                     : FindingsPanel::tr("No findings here yet. Ctrl+Enter "
                                                         "starts a new one."));
        loading = false;
        return;
    }
    shown = observation->id;
    const bool statement = !observation->interviewId.isNull();
    const Id id = observation->id;
    VaultSession *s = &session;
    // An interview statement's text belongs to the interview: an empty saver makes it read-only.
    if (statement || readOnly) {
        autosave->load(observation->text, TextAutosave::Saver {});
    } else {
        // The save names the version this editor loaded, so a sync that changes the text
        // meanwhile leaves both texts as a conflict (docs/sync-merge.md).
        TextAutosave::VersionedText field;
        field.versions = [s, id](const QString &shownText) -> Result<QStringList> {
            if (!s->isUnlocked())
                return std::unexpected(Vault::lockedError());
            return textVersionsWith(s->vault(), id, QStringLiteral("text"), shownText);
        };
        field.save = [s, id](const QString &typed,
                             const std::optional<QStringList> &bases) -> Status {
            if (!s->isUnlocked())
                return std::unexpected(Vault::lockedError());
            ObservationRepository repository(s->vault());
            return bases ? repository.updateText(id, typed, *bases)
                         : repository.updateText(id, typed);
        };
        autosave->loadVersioned(observation->text, std::move(field));
    }
    text->setPlaceholderText(FindingsPanel::tr("What did you see, read or hear?"));
    source->setCurrentIndex(source->findData(static_cast<int>(observation->source)));
    showLinks(observation->normIds);
    evidence->setOwner(observation->id);
    setEditorEnabled(true);
    source->setEnabled(!statement && !readOnly);
    deleteButton->setEnabled(!statement && !readOnly);
    uistyle::setMessage(statementNote,
                        statement ? FindingsPanel::tr("Statement from the interview with %1: "
                                                      "change its text in the interview.")
                                        .arg(interviewName(observation->interviewId))
                                  : QString());
    loading = false;
}

void FindingsPanel::Private::showLinks(const QList<Id> &normIds)
{
    if (normIds.isEmpty()) {
        links->setText(FindingsPanel::tr("none (unassigned)"));
        return;
    }
    QStringList parts;
    for (const Id &id : normIds) {
        const auto found = norms.constFind(id);
        parts << (found == norms.cend()
                      ? FindingsPanel::tr("unknown norm")
                      : FindingsPanel::tr("%1 %2").arg(found->code, found->title));
    }
    links->setText(parts.join(u'\n'));
}

void FindingsPanel::showNorm(const Id &visitId, const Id &normId)
{
    d->autosave->flush();
    if (!d->session.isUnlocked()) {
        clear();
        return;
    }
    if (visitId != d->visit) {
        d->framework.reset();
        d->norms.clear();
        d->frameworkId = {};
        if (auto visit = VisitRepository(d->session.vault()).find(visitId); visit && *visit) {
            d->frameworkId = (*visit)->frameworkId;
            if (auto framework = FrameworkRepository(d->session.vault()).find(d->frameworkId);
                framework && *framework) {
                d->framework = **framework;
                for (const Theme &theme : std::as_const(d->framework->themes))
                    for (const Norm &norm : theme.norms)
                        d->norms.insert(norm.id, norm);
            }
        }
    }
    d->visit = visitId;
    d->norm = normId;
    if (normId.isNull()) {
        d->title->setText(tr("Unassigned findings"));
    } else {
        const auto found = d->norms.constFind(normId);
        d->title->setText(found == d->norms.cend() ? tr("Findings")
                                                   : tr("Findings for %1").arg(found->code));
    }
    d->newButton->setEnabled(!visitId.isNull() && !d->readOnly);
    d->reload({});
}

void FindingsPanel::refresh()
{
    if (d->visit.isNull() || !d->session.isUnlocked())
        return;
    d->autosave->flush();
    const Id keep = d->shown;
    ObservationRepository repository(d->session.vault());
    auto found =
        d->norm.isNull() ? repository.unassigned(d->visit) : repository.forNorm(d->visit, d->norm);
    if (!found) {
        uistyle::setMessage(d->statementNote, found.error().message);
        return;
    }
    d->names.clear(); // display names may have arrived with the sync
    QListWidgetItem *selected = nullptr;
    d->loading = true;
    d->list->clear();
    for (const Observation &observation : std::as_const(*found)) {
        auto *item = new QListWidgetItem(d->list);
        d->updateItem(item, observation);
        if (observation.id == keep)
            selected = item;
    }
    if (selected)
        d->list->setCurrentItem(selected);
    d->loading = false;
    d->deleteButton->setEnabled(d->list->count() > 0 && !d->readOnly);
    if (!selected) {
        // The finding in the editor is gone (deleted elsewhere, or no longer linked here).
        d->reload({});
        return;
    }
    // The same finding stays in the editor: what is typed stays, a text changed elsewhere
    // shows, and the other fields follow the record.
    const auto observation = d->current();
    if (!observation)
        return;
    d->loading = true;
    d->source->setCurrentIndex(d->source->findData(static_cast<int>(observation->source)));
    d->showLinks(observation->normIds);
    d->loading = false;
    d->autosave->refresh(observation->text);
    d->evidence->setOwner(observation->id);
}

void FindingsPanel::setReadOnly(bool readOnly)
{
    if (d->readOnly == readOnly)
        return;
    flush();
    d->readOnly = readOnly;
    d->evidence->setReadOnly(readOnly);
    d->newButton->setEnabled(!d->visit.isNull() && !readOnly);
    d->reload(d->shown); // the editor follows the new mode
}

bool FindingsPanel::isReadOnly() const
{
    return d->readOnly;
}

void FindingsPanel::clear()
{
    d->autosave->clear();
    d->visit = {};
    d->norm = {};
    d->frameworkId = {};
    d->framework.reset();
    d->norms.clear();
    d->names.clear();
    d->shown = {};
    d->loading = true;
    d->list->clear();
    d->loading = false;
    d->evidence->clearEvidence();
    d->title->setText(tr("Findings"));
    d->links->clear();
    d->saveStatus->clear();
    uistyle::setMessage(d->statementNote, {});
    d->setEditorEnabled(false);
    d->newButton->setEnabled(false);
    d->deleteButton->setEnabled(false);
}

bool FindingsPanel::flush()
{
    return d->autosave->flush();
}

void FindingsPanel::addFinding()
{
    if (d->visit.isNull() || d->readOnly || !d->session.isUnlocked())
        return;
    d->autosave->flush();
    Observation observation;
    observation.id = newId();
    observation.visitId = d->visit;
    observation.source = ObservationSource::Observed;
    observation.authorId = d->session.vault().currentUserId();
    observation.observedAt = QDateTime::currentDateTimeUtc();
    if (!d->norm.isNull())
        observation.normIds = {d->norm};
    if (auto done = ObservationRepository(d->session.vault()).add(observation); !done) {
        uistyle::setMessage(d->statementNote, done.error().message);
        return;
    }
    d->reload(observation.id);
    d->text->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT findingsChanged();
}

void FindingsPanel::linkNorms()
{
    const auto observation = d->current();
    if (!observation || !d->framework || d->readOnly)
        return;
    d->autosave->flush();
    auto *dialog = new LinkNormsDialog(*d->framework, observation->normIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id id = observation->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!d->session.isUnlocked())
            return;
        const QList<Id> chosen = dialog->checkedNormIds();
        if (auto done = ObservationRepository(d->session.vault()).linkNorms(id, chosen); !done) {
            uistyle::setMessage(d->statementNote, done.error().message);
            return;
        }
        // A finding unlinked from the norm shown leaves this list; select it if it stayed.
        d->reload(id);
        Q_EMIT findingsChanged();
    });
    // Closed with the vault: a chooser must not outlive the data it shows.
    connect(&d->session, &VaultSession::aboutToLock, dialog, &QDialog::reject);
    dialog->open();
}

void FindingsPanel::removeFinding()
{
    const auto observation = d->current();
    if (!observation || !observation->interviewId.isNull() || d->readOnly)
        return;
    AttachmentRepository attachments(d->session.vault());
    const auto evidence = attachments.forOwner(observation->id);
    const int count = evidence ? static_cast<int>(evidence->size()) : 0;
    const QString question = count == 0
        ? tr("Delete this finding?\n\n%1").arg(preview(observation->text))
        : tr("Delete this finding and its %n piece(s) of evidence?\n\n%1", nullptr, count)
              .arg(preview(observation->text));
    if (!d->confirm(this, question))
        return;
    if (evidence)
        for (const Attachment &attachment : *evidence)
            if (auto done = attachments.remove(attachment.id); !done) {
                uistyle::setMessage(d->statementNote, done.error().message);
                return;
            }
    if (auto done = ObservationRepository(d->session.vault()).remove(observation->id); !done) {
        uistyle::setMessage(d->statementNote, done.error().message);
        return;
    }
    // Nothing of the removed finding may be saved afterwards.
    d->shown = {};
    d->autosave->clear();
    const int row = d->list->currentRow();
    d->reload({});
    if (d->list->count() > 0)
        d->list->setCurrentRow(std::min(row, d->list->count() - 1));
    d->list->setFocus();
    Q_EMIT findingsChanged();
}

void FindingsPanel::selectFinding(const Id &observationId)
{
    for (int i = 0; i < d->list->count(); ++i)
        if (d->list->item(i)->data(IdRole).toUuid() == observationId)
            d->list->setCurrentRow(i);
}

Id FindingsPanel::currentFindingId() const
{
    return d->shown;
}

Id FindingsPanel::visitId() const
{
    return d->visit;
}

Id FindingsPanel::normId() const
{
    return d->norm;
}

void FindingsPanel::setConfirm(Confirm confirm)
{
    d->confirm = std::move(confirm);
    d->evidence->setConfirm(d->confirm);
}

TextAutosave &FindingsPanel::textAutosave()
{
    return *d->autosave;
}

EvidenceList &FindingsPanel::evidenceList()
{
    return *d->evidence;
}

} // namespace schouw
