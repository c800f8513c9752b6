#pragma once

#include "domain/id.h"

#include <QHash>
#include <QIcon>
#include <QListWidget>

#include <functional>

class QLabel;

namespace schouw {

class VaultSession;

// The evidence (attachments) of one finding, as icons: a thumbnail for images, a generic icon
// for documents and recordings. Files come in through addFiles() (the "Add evidence…" dialog)
// or by dropping them from the desktop; content goes straight into the encrypted vault and is
// read back into memory only, so no plaintext copy ever touches the disk — except by the user's
// explicit "Save as…". Problems (too large, unreadable) show in messageLabel(), not in a modal box,
// so a drop of many files reports once and nothing blocks the inspector.
class EvidenceList : public QListWidget
{
    Q_OBJECT

public:
    // Asked before something is removed; true goes ahead. Replaceable so tests never block.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ThumbnailSize = 96;

    explicit EvidenceList(VaultSession &session, QWidget *parent = nullptr);

    // Shows the attachments of ownerId (a finding); a null id shows nothing and refuses drops.
    void setOwner(const Id &ownerId);
    [[nodiscard]] Id owner() const { return m_owner; }
    // Forgets what is shown (on lock) without touching the vault.
    void clearEvidence();
    // Largest file accepted, in bytes; AttachmentRepository::DefaultMaxSize unless a test says.
    void setMaximumFileSize(qint64 bytes) { m_maxSize = bytes; }
    // A finished visit's evidence can be looked at and exported, not added or removed.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] qint64 maximumFileSize() const { return m_maxSize; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Where messages for the user appear; owned by the caller's layout.
    void setMessageLabel(QLabel *label) { m_message = label; }

    // Stores the files as evidence of the owner. The good ones are stored even when some are
    // refused; the refused ones are named in one message. Returns how many were stored.
    int addFiles(const QStringList &paths);
    // Asks for files with a file dialog, then addFiles().
    void chooseFiles();
    // Writes the selected attachment to a path the user picks (the only plaintext write).
    void exportSelected();
    // Writes attachment id to path; false with the message shown when that failed.
    bool exportTo(const Id &attachmentId, const QString &path);
    // Removes the selected attachment after confirmation.
    void removeSelected();

Q_SIGNALS:
    void evidenceChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void showMessage(const QString &text);
    [[nodiscard]] QIcon iconFor(const Id &id, const QString &mimeType);
    [[nodiscard]] static QStringList localFiles(const QMimeData *mime);

    VaultSession &m_session;
    Id m_owner;
    qint64 m_maxSize;
    bool m_readOnly = false;
    Confirm m_confirm;
    QLabel *m_message = nullptr;
    QHash<Id, QIcon> m_thumbnails; // per attachment id; content never changes
};

} // namespace schouw
