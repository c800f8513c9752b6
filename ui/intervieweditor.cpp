#include "intervieweditor.h"

#include "personaldatawarning.h"
#include "textautosave.h"
#include "uistyle.h"
#include "vault/attachmentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace schouw {

struct InterviewEditor::StatementRow
{
    Id id;
    QList<Id> normIds;
    QPointer<QWidget> frame;
    QPointer<QPlainTextEdit> text;
    QPointer<QLabel> norms;
};

namespace {

const QList<Consent> ConsentOrder {Consent::Oral, Consent::Written, Consent::Declined};

Status lockedError()
{
    return fail(ErrorCode::VaultLocked, InterviewEditor::tr("The vault is locked."),
                QStringLiteral("interview editor without an open vault"));
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    uistyle::makeTitle(heading, 1.15);
    return heading;
}

bool isAudio(const QString &path)
{
    const QMimeDatabase mimes;
    const auto audio = [](const QMimeType &type) {
        return type.name().startsWith(u"audio/") || type.inherits(QStringLiteral("audio/ogg")) ||
            type.name() == u"application/ogg";
    };
    return audio(mimes.mimeTypeForFile(path)) ||
        audio(mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension));
}

// Ticks the norms a statement concerns; a short list, so a plain checkable list suffices.
class NormChoiceDialog : public QDialog
{
public:
    NormChoiceDialog(const QList<Norm> &norms, const QList<Id> &checked, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("normChoiceDialog"));
        setWindowTitle(InterviewEditor::tr("Norms of the statement"));
        auto *hint = new QLabel(InterviewEditor::tr("Tick the norms this statement concerns "
                                                    "(Space ticks the selected norm)."),
                                this);
        hint->setWordWrap(true);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("normChoiceList"));
        for (const Norm &norm : norms) {
            auto *item = new QListWidgetItem(
                InterviewEditor::tr("%1  %2").arg(norm.code, norm.title), m_list);
            item->setData(Qt::UserRole, norm.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(norm.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(hint);
        layout->addWidget(m_list, 1);
        layout->addWidget(buttons);
        resize(520, 420);
    }

    [[nodiscard]] QList<Id> checkedNorms() const
    {
        QList<Id> ids;
        for (int row = 0; row < m_list->count(); ++row)
            if (m_list->item(row)->checkState() == Qt::Checked)
                ids << m_list->item(row)->data(Qt::UserRole).toUuid();
        return ids;
    }

private:
    QListWidget *m_list = nullptr;
};

} // namespace

InterviewEditor::InterviewEditor(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("interviewEditor"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("interviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    uistyle::makeTitle(m_title, 1.3);

    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    for (Consent consent : ConsentOrder) {
        QString text = label(consent);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        m_consent->addItem(text, static_cast<int>(consent));
    }
    connect(m_consent, &QComboBox::activated, this, [this](int index) {
        const auto chosen = static_cast<Consent>(m_consent->itemData(index).toInt());
        if (chosen != m_interview.consent)
            changeConsent(chosen);
    });

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("interviewPlaceEdit"));
    m_place->setMaxLength(120);
    m_placeSave = new TextAutosave(m_place, this);
    connect(m_placeSave, &TextAutosave::saved, this, [this](const QString &place) {
        m_interview.place = place;
        Q_EMIT interviewChanged(m_interview);
    });
    connect(m_placeSave, &TextAutosave::saveFailed, this, &InterviewEditor::showError);

    auto *header = new QFormLayout;
    auto *consentLabel = new QLabel(tr("C&onsent:"), this);
    consentLabel->setBuddy(m_consent);
    auto *placeLabel = new QLabel(tr("P&lace:"), this);
    placeLabel->setBuddy(m_place);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addStretch(1);
    header->addRow(consentLabel, consentRow);
    header->addRow(placeLabel, m_place);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("interviewError"));
    uistyle::makeError(m_error);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("interviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Everything wraps: scrolling sideways would hide the end of every line.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // From an answer field the statement concerns that question's norms.
    auto *record = new QAction(tr("Record statement"), this);
    record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    record->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(record, &QAction::triggered, this, [this] {
        QList<Id> normIds;
        const QWidget *focused = QApplication::focusWidget();
        const QString name = focused ? focused->objectName() : QString();
        if (name.startsWith(u"answerEdit")) {
            const int index = QStringView(name).mid(10).toInt();
            if (index >= 0 && index < m_guide.size())
                for (const QString &code : m_guide.at(index).normCodes)
                    if (m_normIdByCode.contains(code))
                        normIds << m_normIdByCode.value(code);
        }
        recordStatement(normIds);
    });
    addAction(record);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
}

InterviewEditor::~InterviewEditor() = default;

void InterviewEditor::setInterview(const Interview &interview,
                                   const QList<InterviewQuestion> &guide, const QList<Norm> &norms,
                                   const QStringList &visitPseudonyms)
{
    flush();
    clearContent(true);
    m_interview = interview;
    m_guide = guide;
    m_norms = norms;
    m_normIdByCode.clear();
    for (const Norm &norm : norms)
        m_normIdByCode.insert(norm.code, norm.id);
    m_allowList = visitPseudonyms;
    if (!m_allowList.contains(interview.pseudonym))
        m_allowList << interview.pseudonym;
    uistyle::setMessage(m_error, {});

    QString group = label(interview.group);
    if (!group.isEmpty())
        group[0] = group.at(0).toUpper();
    m_title->setText(tr("%1 · %2").arg(interview.pseudonym, group));
    m_consent->setCurrentIndex(static_cast<int>(ConsentOrder.indexOf(interview.consent)));
    const Id id = interview.id;
    m_placeSave->load(interview.place, [this, id](const QString &place) -> Status {
        if (!m_session.isUnlocked())
            return lockedError();
        return InterviewRepository(m_session.vault()).updatePlace(id, place);
    });
    rebuild();
}

void InterviewEditor::clear()
{
    clearContent(false);
    m_placeSave->clear();
    m_interview = {};
    m_title->clear();
    uistyle::setMessage(m_error, {});
}

bool InterviewEditor::flush()
{
    bool ok = m_placeSave->flush();
    for (const auto &autosave : std::as_const(m_autosaves))
        if (autosave && !autosave->flush())
            ok = false;
    return ok;
}

void InterviewEditor::clearContent(bool save)
{
    // Statements left without a word were started by mistake: they would be empty findings.
    if (save && m_session.isUnlocked()) {
        ObservationRepository observations(m_session.vault());
        bool removed = false;
        for (const auto &row : m_statements)
            if (row->text && row->text->toPlainText().trimmed().isEmpty())
                removed = observations.remove(row->id).has_value() || removed;
        if (removed)
            Q_EMIT findingsChanged();
    }
    for (const auto &autosave : std::as_const(m_autosaves)) {
        if (!autosave)
            continue;
        if (save)
            autosave->flush();
        autosave->clear();
    }
    m_autosaves.clear();
    m_statements.clear();
    m_statementsLayout = nullptr;
    m_attachments = nullptr;
    m_recordStatement = nullptr;
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
}

void InterviewEditor::rebuild()
{
    clearContent(false);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("interviewContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 4, 4);
    m_content = content;

    if (!m_interview.consentGiven()) {
        auto *notice = new QLabel(
            tr("No consent: only the fact that the interview was asked for is recorded."), content);
        notice->setObjectName(QStringLiteral("declinedNotice"));
        notice->setWordWrap(true);
        uistyle::makeSecondary(notice);
        layout->addWidget(notice);
        layout->addStretch(1);
        m_scroll->setWidget(content);
        applyReadOnly();
        return;
    }

    const Id id = m_interview.id;
    if (!m_guide.isEmpty()) {
        layout->addWidget(sectionHeading(tr("Interview guide"), content));
        for (int index = 0; index < m_guide.size(); ++index)
            addQuestion(layout, index, m_guide.at(index));
    } else {
        auto *noGuide = new QLabel(tr("The framework has no interview guide for this respondent "
                                      "group: write free notes and statements."),
                                   content);
        noGuide->setObjectName(QStringLiteral("noGuideNotice"));
        noGuide->setWordWrap(true);
        uistyle::makeSecondary(noGuide);
        layout->addWidget(noGuide);
    }

    layout->addWidget(sectionHeading(tr("Notes"), content));
    addWatchedText(
        layout, QStringLiteral("notesEdit"), m_interview.notes,
        [this, id](const QString &text) -> Status {
            if (!m_session.isUnlocked())
                return lockedError();
            return InterviewRepository(m_session.vault()).updateNotes(id, text);
        },
        tr("Notes"));

    layout->addWidget(sectionHeading(tr("Statements"), content));
    auto *statementsHint = new QLabel(tr("A statement is a finding with source ‘interview’ on the "
                                         "norms it concerns."),
                                      content);
    statementsHint->setWordWrap(true);
    uistyle::makeSecondary(statementsHint);
    layout->addWidget(statementsHint);
    m_statementsLayout = new QVBoxLayout;
    layout->addLayout(m_statementsLayout);
    m_recordStatement = new QPushButton(tr("Record &statement"), content);
    m_recordStatement->setObjectName(QStringLiteral("recordStatementButton"));
    m_recordStatement->setToolTip(tr("Record a statement (Ctrl+Shift+U)"));
    connect(m_recordStatement, &QPushButton::clicked, this, [this] { recordStatement({}); });
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_recordStatement);
    recordRow->addStretch(1);
    layout->addLayout(recordRow);

    layout->addWidget(sectionHeading(tr("Audio recordings"), content));
    m_attachments = new QListWidget(content);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_attachments);
    auto *addAudio = new QPushButton(tr("Add &audio recording…"), content);
    addAudio->setObjectName(QStringLiteral("addAudioButton"));
    connect(addAudio, &QPushButton::clicked, this, &InterviewEditor::chooseAudio);
    auto *audioRow = new QHBoxLayout;
    audioRow->addWidget(addAudio);
    audioRow->addStretch(1);
    layout->addLayout(audioRow);
    layout->addStretch(1);

    m_scroll->setWidget(content);

    if (m_session.isUnlocked()) {
        auto statements = ObservationRepository(m_session.vault()).forInterview(id);
        if (!statements)
            showError(statements.error().message);
        else
            for (const Observation &statement : std::as_const(*statements))
                addStatementRow(statement, false);
    }
    refreshAttachments();
    applyReadOnly();
}

void InterviewEditor::setReadOnly(bool readOnly)
{
    flush();
    m_readOnly = readOnly;
    applyReadOnly();
}

void InterviewEditor::applyReadOnly()
{
    m_consent->setEnabled(!m_readOnly);
    m_place->setReadOnly(m_readOnly);
    // The content, not the scroll area: a finished visit's interview can still be scrolled.
    if (QWidget *content = m_scroll->widget())
        content->setEnabled(!m_readOnly);
}

void InterviewEditor::addQuestion(QVBoxLayout *layout, int index, const InterviewQuestion &question)
{
    QWidget *content = m_content;
    auto *text = new QLabel(tr("%1. %2").arg(index + 1).arg(question.text), content);
    text->setObjectName(QStringLiteral("question%1").arg(index));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    QList<Id> normIds;
    for (const QString &code : question.normCodes)
        if (m_normIdByCode.contains(code))
            normIds << m_normIdByCode.value(code);

    const QString key = QString::number(index);
    const Id id = m_interview.id;
    auto *answer = addWatchedText(
        layout, QStringLiteral("answerEdit%1").arg(index), m_interview.answers.value(key),
        [this, id, key](const QString &value) -> Status {
            if (!m_session.isUnlocked())
                return lockedError();
            return InterviewRepository(m_session.vault()).setAnswer(id, key, value);
        },
        tr("Answer to question %1").arg(index + 1));
    answer->setPlaceholderText(tr("Answer"));

    auto *row = new QHBoxLayout;
    if (!question.normCodes.isEmpty()) {
        auto *codes = new QLabel(tr("Norms: %1").arg(question.normCodes.join(u", ")), content);
        uistyle::makeSecondary(codes);
        row->addWidget(codes);
    }
    row->addStretch(1);
    auto *record = new QPushButton(tr("Record statement"), content);
    record->setObjectName(QStringLiteral("statementFromQuestion%1").arg(index));
    record->setToolTip(tr("Record a statement on the norms of this question"));
    connect(record, &QPushButton::clicked, this, [this, normIds] { recordStatement(normIds); });
    row->addWidget(record);
    layout->addLayout(row);
    layout->addSpacing(6);
}

QPlainTextEdit *InterviewEditor::addWatchedText(QVBoxLayout *layout, const QString &objectName,
                                                const QString &text,
                                                std::function<Status(const QString &)> saver,
                                                const QString &accessibleName)
{
    QWidget *content = m_content;
    auto *edit = new QPlainTextEdit(content);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    // Tab moves on: the whole interview must be workable with the keyboard alone.
    edit->setTabChangesFocus(true);
    // Four lines: enough to see what was written, small enough to keep the guide in view.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    auto *autosave = new TextAutosave(edit, edit);
    autosave->load(text, std::move(saver));
    m_autosaves << autosave;

    auto *warning = new PersonalDataWarning(edit, content);
    warning->setObjectName(objectName + QStringLiteral("Warning"));
    warning->setContext(m_interview.pseudonym, m_allowList);
    connect(autosave, &TextAutosave::saved, warning, &PersonalDataWarning::scan);
    connect(warning, &PersonalDataWarning::replaced, autosave, &TextAutosave::flush);
    connect(autosave, &TextAutosave::saveFailed, this, &InterviewEditor::showError);
    connect(autosave, &TextAutosave::saved, this, [this] { uistyle::setMessage(m_error, {}); });
    layout->addWidget(edit);
    layout->addWidget(warning);
    warning->scan();
    return edit;
}

void InterviewEditor::recordStatement(const QList<Id> &normIds)
{
    if (!m_session.isUnlocked() || m_interview.id.isNull() || !m_interview.consentGiven() ||
        !m_statementsLayout)
        return;
    Observation statement;
    statement.id = newId();
    statement.visitId = m_interview.visitId;
    statement.source = ObservationSource::Interview;
    statement.authorId = m_session.vault().currentUserId();
    statement.observedAt = QDateTime::currentDateTimeUtc();
    statement.normIds = normIds;
    statement.interviewId = m_interview.id;
    if (auto added = ObservationRepository(m_session.vault()).add(statement); !added) {
        showError(added.error().message);
        return;
    }
    addStatementRow(statement, true);
    Q_EMIT findingsChanged();
}

void InterviewEditor::addStatementRow(const Observation &statement, bool focus)
{
    auto row = std::make_unique<StatementRow>();
    row->id = statement.id;
    row->normIds = statement.normIds;

    auto *frame = new QFrame(m_content);
    frame->setObjectName(QStringLiteral("statement"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    row->frame = frame;

    const Id id = statement.id;
    QPointer<QWidget> savedContent = m_content;
    m_content = frame; // addWatchedText parents to m_content
    row->text = addWatchedText(
        layout, QStringLiteral("statementEdit"), statement.text,
        [this, id](const QString &text) -> Status {
            if (!m_session.isUnlocked())
                return lockedError();
            return ObservationRepository(m_session.vault()).updateText(id, text);
        },
        tr("Statement"));
    m_content = savedContent;
    row->text->setPlaceholderText(tr("What the respondent said, in their words"));
    connect(m_autosaves.constLast(), &TextAutosave::saved, this, &InterviewEditor::findingsChanged);

    auto *norms = new QLabel(frame);
    norms->setObjectName(QStringLiteral("statementNorms"));
    norms->setWordWrap(true);
    uistyle::makeSecondary(norms);
    row->norms = norms;
    auto *chooseNorms = new QPushButton(tr("Norms…"), frame);
    chooseNorms->setObjectName(QStringLiteral("statementNormsButton"));
    connect(chooseNorms, &QPushButton::clicked, this, [this, id] { this->chooseNorms(id); });
    auto *remove = new QPushButton(tr("Remove"), frame);
    remove->setObjectName(QStringLiteral("statementRemoveButton"));
    connect(remove, &QPushButton::clicked, this, [this, id] { removeStatement(id); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(norms, 1);
    buttons->addWidget(chooseNorms);
    buttons->addWidget(remove);
    layout->addLayout(buttons);

    m_statementsLayout->addWidget(frame);
    updateNormsLabel(*row);
    QPlainTextEdit *text = row->text;
    m_statements.push_back(std::move(row));
    if (focus) {
        text->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(frame);
    }
}

InterviewEditor::StatementRow *InterviewEditor::statementRow(const Id &statementId)
{
    for (const auto &row : m_statements)
        if (row->id == statementId)
            return row.get();
    return nullptr;
}

QString InterviewEditor::normCodes(const QList<Id> &normIds) const
{
    QStringList codes;
    for (const Norm &norm : m_norms)
        if (normIds.contains(norm.id))
            codes << norm.code;
    return codes.join(u", ");
}

void InterviewEditor::updateNormsLabel(const StatementRow &row)
{
    if (!row.norms)
        return;
    row.norms->setText(row.normIds.isEmpty() ? tr("Not yet linked to a norm")
                                             : tr("Norms: %1").arg(normCodes(row.normIds)));
}

void InterviewEditor::chooseNorms(const Id &statementId)
{
    StatementRow *row = statementRow(statementId);
    if (!row || !m_session.isUnlocked())
        return;
    NormChoiceDialog dialog(m_norms, row->normIds, this);
    connect(&m_session, &VaultSession::aboutToLock, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    row = statementRow(statementId); // the vault may have locked while the dialog was open
    if (!row || !m_session.isUnlocked())
        return;
    const QList<Id> chosen = dialog.checkedNorms();
    if (auto linked = ObservationRepository(m_session.vault()).linkNorms(statementId, chosen);
        !linked) {
        showError(linked.error().message);
        return;
    }
    row->normIds = chosen;
    updateNormsLabel(*row);
    Q_EMIT findingsChanged();
}

void InterviewEditor::removeStatement(const Id &statementId)
{
    StatementRow *row = statementRow(statementId);
    if (!row || !m_session.isUnlocked())
        return;
    if (row->text && !row->text->toPlainText().trimmed().isEmpty() &&
        QMessageBox::question(this, tr("Remove statement"),
                              tr("Remove this statement? It disappears from its norms too.")) !=
            QMessageBox::Yes)
        return;
    if (!m_session.isUnlocked() || !statementRow(statementId))
        return; // locked while the question was open
    if (auto removed = ObservationRepository(m_session.vault()).remove(statementId); !removed) {
        showError(removed.error().message);
        return;
    }
    row = statementRow(statementId);
    if (!row)
        return;
    if (row->text)
        row->text->findChild<TextAutosave *>()->clear();
    if (row->frame) {
        row->frame->hide();
        row->frame->deleteLater();
    }
    std::erase_if(m_statements, [&](const auto &each) { return each->id == statementId; });
    Q_EMIT findingsChanged();
}

bool InterviewEditor::changeConsent(Consent consent)
{
    const auto revert = [this] {
        m_consent->setCurrentIndex(static_cast<int>(ConsentOrder.indexOf(m_interview.consent)));
    };
    if (m_interview.id.isNull() || !m_session.isUnlocked()) {
        revert();
        return false;
    }
    const bool declining = consent == Consent::Declined && m_interview.consentGiven();
    if (declining) {
        QMessageBox box(QMessageBox::Warning, tr("Record declined consent"),
                        tr("Record that the respondent declines consent?"), QMessageBox::NoButton,
                        this);
        box.setObjectName(QStringLiteral("declineConsentBox"));
        box.setInformativeText(tr(
            "The notes, the answers, the statements and the audio recordings of this interview "
            "are deleted. Only the fact that the interview was asked for remains. This cannot be "
            "undone."));
        QPushButton *confirm = box.addButton(tr("Delete and record"), QMessageBox::DestructiveRole);
        confirm->setObjectName(QStringLiteral("confirmDeclineButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        connect(&m_session, &VaultSession::aboutToLock, &box, &QDialog::reject);
        box.exec();
        if (box.clickedButton() != confirm || !m_session.isUnlocked()) {
            revert();
            return false;
        }
        // What is being typed is to be deleted, not saved.
        clearContent(false);
    }
    if (auto changed = InterviewRepository(m_session.vault()).setConsent(m_interview.id, consent);
        !changed) {
        showError(changed.error().message);
        revert();
        if (declining)
            rebuild();
        return false;
    }
    const bool wasGiven = m_interview.consentGiven();
    m_interview.consent = consent;
    if (declining) {
        m_interview.notes.clear();
        m_interview.answers.clear();
    }
    revert(); // shows the stored value
    if (wasGiven != m_interview.consentGiven())
        rebuild();
    Q_EMIT interviewChanged(m_interview);
    if (declining)
        Q_EMIT findingsChanged();
    return true;
}

void InterviewEditor::chooseAudio()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add audio recording"), QString(),
        tr("Audio files (*.ogg *.oga *.opus *.mp3 *.m4a *.aac *.wav *.flac *.webm)"));
    if (!path.isEmpty())
        attachAudio(path);
}

bool InterviewEditor::attachAudio(const QString &path)
{
    if (m_interview.id.isNull() || !m_interview.consentGiven() || !m_session.isUnlocked())
        return false;
    if (!isAudio(path)) {
        showError(tr("‘%1’ is not an audio recording.").arg(QFileInfo(path).fileName()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file ‘%1’ cannot be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QMimeDatabase mimes;
    QMimeType type = mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (!type.name().startsWith(u"audio/"))
        type = mimes.mimeTypeForFile(path);
    Attachment attachment;
    attachment.id = newId();
    attachment.ownerId = m_interview.id;
    attachment.fileName = QFileInfo(path).fileName();
    attachment.mimeType = type.name();
    auto added = AttachmentRepository(m_session.vault()).add(attachment, file);
    if (!added) {
        showError(added.error().message);
        return false;
    }
    uistyle::setMessage(m_error, {});
    refreshAttachments();
    return true;
}

void InterviewEditor::refreshAttachments()
{
    if (!m_attachments || !m_session.isUnlocked())
        return;
    m_attachments->clear();
    auto owned = AttachmentRepository(m_session.vault()).forOwner(m_interview.id);
    if (!owned) {
        showError(owned.error().message);
        return;
    }
    const QLocale locale;
    for (const Attachment &attachment : std::as_const(*owned))
        m_attachments->addItem(
            tr("%1 (%2)").arg(attachment.fileName, locale.formattedDataSize(attachment.size)));
    if (owned->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recordings"), m_attachments);
        none->setFlags(Qt::NoItemFlags);
    }
}

void InterviewEditor::showError(const QString &message)
{
    uistyle::setMessage(m_error, message);
}

} // namespace schouw
