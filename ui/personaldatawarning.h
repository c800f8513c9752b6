#pragma once

#include "privacy/personaldatadetector.h"

#include <QFrame>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace schouw {

// A calm, non-modal bar under an interview text field that says the text seems to contain
// personal data. "Replace" edits the field through its document (one undo step, so Ctrl+Z brings
// the text back) and then emits replaced() so the owner saves; "Ignore" hides the bar for exactly
// the matches it showed. Names become the interview's pseudonym; a BSN, phone number or e-mail
// address becomes RemovedMarker: a pseudonym for a number would read as nonsense in a report.
class PersonalDataWarning : public QFrame
{
    Q_OBJECT

public:
    // Stored text, not interface text: always Dutch, the report's language (like pseudonyms).
    static QString removedMarker() { return QStringLiteral("[verwijderd]"); }

    // Watches editor (not owned); hidden until scan() finds something.
    explicit PersonalDataWarning(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // The pseudonym names are replaced with; allowList holds the phrases never reported (the
    // pseudonyms of the visit).
    void setContext(const QString &pseudonym, const QStringList &allowList);
    // Scans the editor's current text and shows or hides the bar.
    void scan();
    // Replaces what the last scan found, as the Replace button does.
    void replaceMatches();
    void ignoreMatches();
    // Forgets ignored matches and hides the bar (another record is shown).
    void reset();

    [[nodiscard]] const QList<PersonalDataMatch> &matches() const { return m_matches; }

Q_SIGNALS:
    // The field's text changed by a replacement: save it now.
    void replaced();

private:
    [[nodiscard]] QString replacementFor(const PersonalDataMatch &match) const;

    QPointer<QPlainTextEdit> m_editor;
    QLabel *m_message = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_ignore = nullptr;
    QString m_pseudonym;
    QStringList m_allowList;
    QSet<QString> m_ignored;
    QList<PersonalDataMatch> m_matches;
};

} // namespace schouw
