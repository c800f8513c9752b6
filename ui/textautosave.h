#pragma once

#include "domain/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace schouw {

// Saves what is typed into a text field as it is typed, so there is no save button and a crash
// loses at most the last second: a save follows a short pause in typing, and at the latest one
// second after the first unsaved keystroke however fast the typing goes. flush() saves at once;
// owners call it when the field loses focus, before the field shows another record, before the
// vault locks and when the window closes.
//
// The editor's own undo and redo keep working: saving never touches the editor's document.
// load() replaces the text without saving it (and, being a new record, clears the undo history).
class TextAutosave : public QObject
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const QString &text)>;

    static constexpr std::chrono::milliseconds DefaultPause {300};
    static constexpr std::chrono::milliseconds MaximumDelay {1000};

    explicit TextAutosave(QPlainTextEdit *editor, QObject *parent = nullptr);
    explicit TextAutosave(QLineEdit *editor, QObject *parent = nullptr);

    // Saves what is pending for the previous record, then shows text for the record that saver
    // writes to. An empty saver makes the field read-only until the next load().
    void load(const QString &text, Saver saver);
    // Forgets the record without saving (after a lock the vault is closed already; owners flush
    // on aboutToLock before that).
    void clear();

    // Saves pending typing now. True when nothing was pending or the save succeeded.
    bool flush();
    [[nodiscard]] bool hasUnsavedText() const { return m_dirty; }
    void setPause(std::chrono::milliseconds pause);

Q_SIGNALS:
    // The typed text is durable in the vault (the change log has it too).
    void saved(const QString &text);
    // The save was refused; the text stays in the field and is tried again on the next edit.
    void saveFailed(const QString &message);

private:
    void attach(QWidget *editor);
    void onEdited();
    [[nodiscard]] QString currentText() const;
    void setCurrentText(const QString &text);

    QPointer<QPlainTextEdit> m_plain;
    QPointer<QLineEdit> m_line;
    Saver m_saver;
    QTimer m_pause;
    std::chrono::milliseconds m_pauseLength = DefaultPause;
    QElapsedTimer m_firstUnsaved;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace schouw
