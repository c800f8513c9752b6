#include "personaldatawarning.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace schouw {

PersonalDataWarning::PersonalDataWarning(QPlainTextEdit *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("personalDataWarning"));
    // A soft frame in the palette's tooltip colours: noticeable without alarming a room full of
    // people looking over the inspector's shoulder.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::ToolTipText));
    setPalette(tinted);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("personalDataMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_replace = new QPushButton(this);
    m_replace->setObjectName(QStringLiteral("personalDataReplace"));
    m_replace->setToolTip(tr("Names become the pseudonym; a BSN, phone number or e-mail address "
                             "becomes %1.")
                              .arg(removedMarker()));
    m_ignore = new QPushButton(tr("I&gnore"), this);
    m_ignore->setObjectName(QStringLiteral("personalDataIgnore"));
    m_ignore->setToolTip(tr("Keep the text as it is; this warning does not come back for it."));

    // Message above the buttons: the panel often sits in a narrow side column.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_ignore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_replace, &QPushButton::clicked, this, &PersonalDataWarning::replaceMatches);
    connect(m_ignore, &QPushButton::clicked, this, &PersonalDataWarning::ignoreMatches);
    hide();
}

void PersonalDataWarning::setContext(const QString &pseudonym, const QStringList &allowList)
{
    m_pseudonym = pseudonym;
    m_allowList = allowList;
}

void PersonalDataWarning::reset()
{
    m_ignored.clear();
    m_matches.clear();
    hide();
}

void PersonalDataWarning::scan()
{
    m_matches.clear();
    if (m_editor) {
        const auto found = findPersonalData(m_editor->toPlainText(), m_allowList);
        for (const PersonalDataMatch &match : found)
            if (!m_ignored.contains(match.matched))
                m_matches.append(match);
    }
    if (m_matches.isEmpty()) {
        hide();
        return;
    }

    QStringList parts;
    bool anyName = false;
    for (const PersonalDataMatch &match : std::as_const(m_matches)) {
        anyName = anyName || match.kind == PersonalDataKind::PersonName;
        parts << tr("%1 ‘%2’").arg(personalDataLabel(match.kind), match.matched);
    }
    parts.removeDuplicates();
    m_message->setText(tr("This text seems to contain personal data: %1").arg(parts.join(u", ")));
    m_replace->setText(tr("&Replace with ‘%1’").arg(anyName ? m_pseudonym : removedMarker()));
    show();
}

QString PersonalDataWarning::replacementFor(const PersonalDataMatch &match) const
{
    if (match.kind == PersonalDataKind::PersonName && !m_pseudonym.isEmpty())
        return m_pseudonym;
    return removedMarker();
}

void PersonalDataWarning::replaceMatches()
{
    if (!m_editor || m_matches.isEmpty())
        return;
    QList<PersonalDataMatch> matches = m_matches;
    // From the end backwards, so the earlier positions stay valid while replacing.
    std::sort(matches.begin(), matches.end(),
              [](const auto &a, const auto &b) { return a.start > b.start; });
    const QString text = m_editor->toPlainText();
    QTextCursor cursor(m_editor->document());
    // One edit block: a single Ctrl+Z brings the whole original text back.
    cursor.beginEditBlock();
    for (const PersonalDataMatch &match : std::as_const(matches)) {
        // The text may have changed since the scan; then that match is left alone.
        if (text.mid(match.start, match.length) != match.matched)
            continue;
        cursor.setPosition(static_cast<int>(match.start));
        cursor.setPosition(static_cast<int>(match.start + match.length), QTextCursor::KeepAnchor);
        cursor.insertText(replacementFor(match));
    }
    cursor.endEditBlock();
    m_matches.clear();
    hide();
    Q_EMIT replaced();
}

void PersonalDataWarning::ignoreMatches()
{
    for (const PersonalDataMatch &match : std::as_const(m_matches))
        m_ignored.insert(match.matched);
    m_matches.clear();
    hide();
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace schouw
