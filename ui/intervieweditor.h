#pragma once

#include "domain/error.h"
#include "domain/records.h"
#include "frameworks/frameworkdocument.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace schouw {

class PersonalDataWarning;
class TextAutosave;
class VaultSession;

// The selected interview: consent, place, the framework's interview guide for the respondent
// group with an answer note per question, free notes, statements linked to norms (findings with
// source Interview) and audio recordings. Without consent it shows only a notice. Every text is
// saved as it is typed and checked for personal data when saved.
class InterviewEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewEditor(VaultSession &session, QWidget *parent = nullptr);
    ~InterviewEditor() override;

    // Saves what is pending for the interview shown, then shows interview. guide: the questions
    // for its respondent group (may be empty); norms: the visit framework's norms, for linking
    // statements; visitPseudonyms: never reported as personal data.
    void setInterview(const Interview &interview, const QList<InterviewQuestion> &guide,
                      const QList<Norm> &norms, const QStringList &visitPseudonyms);
    // Forgets the interview without saving (the vault may be closed already).
    void clear();
    // A finished visit: the interview can be read (and scrolled), not changed.
    void setReadOnly(bool readOnly);
    // Saves pending typing now. True when nothing was pending or every save succeeded.
    bool flush();
    [[nodiscard]] Id interviewId() const { return m_interview.id; }
    [[nodiscard]] const Interview &interview() const { return m_interview; }

    // Records a new statement about the given norms and puts the cursor in its text.
    void recordStatement(const QList<Id> &normIds);
    // Changes the consent; declining asks first (it deletes notes, answers and statements).
    // False when the user cancelled or the change was refused.
    bool changeConsent(Consent consent);
    // Stores the audio file at path under the interview; shows why not when refused.
    bool attachAudio(const QString &path);
    // Asks for an audio file and attaches it.
    void chooseAudio();

Q_SIGNALS:
    // Consent or place changed: the list shows them.
    void interviewChanged(const schouw::Interview &interview);
    // A statement was added, changed or removed: the norm tree's counts change.
    void findingsChanged();

private:
    struct StatementRow;

    void rebuild();
    void applyReadOnly();
    void clearContent(bool save);
    void addQuestion(QVBoxLayout *layout, int index, const InterviewQuestion &question);
    QPlainTextEdit *addWatchedText(QVBoxLayout *layout, const QString &objectName,
                                   const QString &text,
                                   std::function<Status(const QString &)> saver,
                                   const QString &accessibleName);
    void addStatementRow(const Observation &statement, bool focus);
    void removeStatement(const Id &statementId);
    void chooseNorms(const Id &statementId);
    void updateNormsLabel(const StatementRow &row);
    [[nodiscard]] StatementRow *statementRow(const Id &statementId);
    void refreshAttachments();
    void showError(const QString &message);
    [[nodiscard]] QString normCodes(const QList<Id> &normIds) const;

    VaultSession &m_session;
    Interview m_interview;
    QList<InterviewQuestion> m_guide;
    QList<Norm> m_norms;
    QHash<QString, Id> m_normIdByCode;
    QStringList m_allowList;

    QLabel *m_title = nullptr;
    QComboBox *m_consent = nullptr;
    QLineEdit *m_place = nullptr;
    TextAutosave *m_placeSave = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_scroll = nullptr;
    bool m_readOnly = false;
    QPointer<QWidget> m_content;
    QVBoxLayout *m_statementsLayout = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_recordStatement = nullptr;
    QList<QPointer<TextAutosave>> m_autosaves;
    std::vector<std::unique_ptr<StatementRow>> m_statements;
};

} // namespace schouw
