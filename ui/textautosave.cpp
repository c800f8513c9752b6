#include "textautosave.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace schouw {

namespace {

// Flushes its autosave when the field loses focus: the inspector moved on.
class FocusOutFlusher : public QObject
{
public:
    explicit FocusOutFlusher(TextAutosave *autosave)
        : QObject(autosave)
        , m_autosave(autosave)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_autosave->flush();
        return QObject::eventFilter(watched, event);
    }

private:
    TextAutosave *m_autosave;
};

} // namespace

TextAutosave::TextAutosave(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_plain(editor)
{
    connect(editor, &QPlainTextEdit::textChanged, this, &TextAutosave::onEdited);
    attach(editor);
}

TextAutosave::TextAutosave(QLineEdit *editor, QObject *parent)
    : QObject(parent)
    , m_line(editor)
{
    connect(editor, &QLineEdit::textChanged, this, &TextAutosave::onEdited);
    attach(editor);
}

void TextAutosave::attach(QWidget *editor)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &TextAutosave::flush);
    editor->installEventFilter(new FocusOutFlusher(this));
}

void TextAutosave::setPause(std::chrono::milliseconds pause)
{
    m_pauseLength = pause;
}

void TextAutosave::load(const QString &text, Saver saver)
{
    flush();
    m_versioned = {};
    m_bases.reset();
    m_saver = std::move(saver);
    setCurrentText(text);
    if (m_plain)
        m_plain->setReadOnly(!m_saver);
    if (m_line)
        m_line->setReadOnly(!m_saver);
}

void TextAutosave::loadVersioned(const QString &text, VersionedText field)
{
    flush();
    m_versioned = std::move(field);
    readVersions(text);
    // The saver passes the versions this editor shows and, once saved, its own text is the
    // version the next save replaces.
    m_saver = [this](const QString &typed) -> Status {
        if (auto done = m_versioned.save(typed, m_bases); !done)
            return done;
        readVersions(typed);
        return {};
    };
    setCurrentText(text);
    if (m_plain)
        m_plain->setReadOnly(false);
    if (m_line)
        m_line->setReadOnly(false);
}

void TextAutosave::readVersions(const QString &text)
{
    if (!m_versioned.versions) {
        m_bases.reset();
        return;
    }
    auto versions = m_versioned.versions(text);
    m_bases = versions ? std::optional(*versions) : std::nullopt;
}

void TextAutosave::refresh(const QString &text)
{
    if (!flush() || !m_saver)
        return;
    const QString shown = currentText();
    if (m_versioned.versions) {
        // Still a current version (the newest, or one side of a conflict): the inspector keeps
        // the text in hand; the conflicts view shows the other.
        auto mine = m_versioned.versions(shown);
        if (mine && !mine->isEmpty()) {
            m_bases = *mine;
            return;
        }
    }
    if (shown != text)
        showKeepingCursor(text);
    readVersions(text);
}

void TextAutosave::showKeepingCursor(const QString &text)
{
    if (m_plain) {
        const int position = m_plain->textCursor().position();
        setCurrentText(text);
        QTextCursor cursor = m_plain->textCursor();
        cursor.setPosition(std::min<int>(position, int(text.size())));
        m_plain->setTextCursor(cursor);
    } else if (m_line) {
        const int position = m_line->cursorPosition();
        setCurrentText(text);
        m_line->setCursorPosition(std::min<int>(position, int(text.size())));
    }
}

void TextAutosave::clear()
{
    m_pause.stop();
    m_dirty = false;
    m_saver = {};
    m_versioned = {};
    m_bases.reset();
    setCurrentText({});
}

void TextAutosave::onEdited()
{
    if (m_loading || !m_saver)
        return;
    if (!m_dirty) {
        m_dirty = true;
        m_firstUnsaved.start();
    }
    // Typing without pause must still reach the disk within MaximumDelay.
    const auto waited = std::chrono::milliseconds(m_firstUnsaved.elapsed());
    const auto left = std::max(std::chrono::milliseconds(0), MaximumDelay - waited);
    m_pause.start(std::min(m_pauseLength, left));
}

bool TextAutosave::flush()
{
    m_pause.stop();
    if (!m_dirty || !m_saver)
        return true;
    const QString text = currentText();
    if (auto done = m_saver(text); !done) {
        // Stays dirty: the next edit or flush tries again, and nothing typed is thrown away.
        m_firstUnsaved.start();
        Q_EMIT saveFailed(done.error().message);
        return false;
    }
    m_dirty = false;
    Q_EMIT saved(text);
    return true;
}

QString TextAutosave::currentText() const
{
    if (m_plain)
        return m_plain->toPlainText();
    if (m_line)
        return m_line->text();
    return {};
}

void TextAutosave::setCurrentText(const QString &text)
{
    m_loading = true;
    if (m_plain)
        m_plain->setPlainText(text);
    if (m_line)
        m_line->setText(text);
    m_loading = false;
}

} // namespace schouw
