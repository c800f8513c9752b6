#pragma once

#include "domain/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

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

    // A free-text field whose concurrent versions sync keeps (docs/sync-merge.md). The autosave
    // remembers which versions the editor loaded and passes them to every save as the versions
    // the edit replaces, so a sync that changes the text while it is being edited leaves both
    // texts (a conflict) instead of the save silently replacing the other one.
    struct VersionedText
    {
        // The change ids of the field's current versions with this text (textVersionsWith).
        std::function<Result<QStringList>(const QString &text)> versions;
        // Saves text as replacing `bases`; nullopt when they could not be read (the writer's
        // default then applies).
        std::function<Status(const QString &text, const std::optional<QStringList> &bases)> save;
    };

    static constexpr std::chrono::milliseconds DefaultPause {300};
    static constexpr std::chrono::milliseconds MaximumDelay {1000};

    explicit TextAutosave(QPlainTextEdit *editor, QObject *parent = nullptr);
    explicit TextAutosave(QLineEdit *editor, QObject *parent = nullptr);

    // Saves what is pending for the previous record, then shows text for the record that saver
    // writes to. An empty saver makes the field read-only until the next load().
    void load(const QString &text, Saver saver);
    // The same for a versioned field (see VersionedText).
    void loadVersioned(const QString &text, VersionedText field);
    // After a sync changed the record: saves pending typing, then keeps what the editor shows
    // while it is still a current version of the field (the cursor stays where it is), and
    // otherwise shows `text`, the record's text now.
    void refresh(const QString &text);
    // The versions the next save replaces (empty for a plain saver or a new text).
    [[nodiscard]] QStringList loadedVersions() const { return m_bases.value_or(QStringList()); }
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
    void showKeepingCursor(const QString &text);
    void readVersions(const QString &text);

    QPointer<QPlainTextEdit> m_plain;
    QPointer<QLineEdit> m_line;
    Saver m_saver;
    VersionedText m_versioned;
    std::optional<QStringList> m_bases;
    QTimer m_pause;
    std::chrono::milliseconds m_pauseLength = DefaultPause;
    QElapsedTimer m_firstUnsaved;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace schouw
