#include "evidencelist.h"

#include "uistyle.h"
#include "vault/attachmentrepository.h"
#include "vault/vaultsession.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStyle>
#include <QUrl>

namespace schouw {

namespace {

bool askUser(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, EvidenceList::tr("Remove evidence"), question,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

EvidenceList::EvidenceList(VaultSession &session, QWidget *parent)
    : QListWidget(parent)
    , m_session(session)
    , m_maxSize(AttachmentRepository::DefaultMaxSize)
    , m_confirm(askUser)
{
    setViewMode(QListView::IconMode);
    setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    setGridSize(QSize(ThumbnailSize + 40, ThumbnailSize + 44));
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Files dropped from the desktop come in; nothing is dragged out (that would need a
    // plaintext file).
    setDragDropMode(QAbstractItemView::DropOnly);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setToolTip(tr("Drop photos, recordings or documents here"));
}

void EvidenceList::setOwner(const Id &ownerId)
{
    m_owner = ownerId;
    showMessage({});
    reload();
}

void EvidenceList::clearEvidence()
{
    m_owner = {};
    m_thumbnails.clear();
    showMessage({});
    clear();
}

void EvidenceList::reload()
{
    clear();
    if (m_owner.isNull() || !m_session.isUnlocked())
        return;
    auto attachments = AttachmentRepository(m_session.vault()).forOwner(m_owner);
    if (!attachments) {
        showMessage(attachments.error().message);
        return;
    }
    for (const Attachment &attachment : std::as_const(*attachments)) {
        auto *item = new QListWidgetItem(iconFor(attachment.id, attachment.mimeType),
                                         attachment.fileName, this);
        item->setData(IdRole, attachment.id);
        item->setToolTip(
            tr("%1 (%2 kB)")
                .arg(attachment.fileName, QLocale().toString((attachment.size + 1023) / 1024)));
    }
}

QIcon EvidenceList::iconFor(const Id &id, const QString &mimeType)
{
    if (const auto cached = m_thumbnails.constFind(id); cached != m_thumbnails.cend())
        return *cached;
    QIcon icon;
    if (mimeType.startsWith(QLatin1String("image/"))) {
        // Read into memory only: a plaintext copy of a photo must never land on the disk.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (AttachmentRepository(m_session.vault()).read(id, buffer)) {
            buffer.close();
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            const QSize full = reader.size();
            if (full.isValid())
                reader.setScaledSize(
                    full.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull())
                icon = QIcon(QPixmap::fromImage(image));
        }
    }
    if (icon.isNull()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        const QStyle::StandardPixmap fallback = mimeType.startsWith(QLatin1String("audio/"))
            ? QStyle::SP_MediaVolume
            : QStyle::SP_FileIcon;
        icon = QIcon::fromTheme(type.iconName(), style()->standardIcon(fallback));
    }
    m_thumbnails.insert(id, icon);
    return icon;
}

int EvidenceList::addFiles(const QStringList &paths)
{
    if (m_owner.isNull() || m_readOnly || !m_session.isUnlocked())
        return 0;
    AttachmentRepository repository(m_session.vault());
    const QMimeDatabase mimeDatabase;
    QStringList refused;
    QString lastError;
    int stored = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.size() > m_maxSize) {
            // Checked before reading, so a huge file costs nothing; add() checks again.
            refused << tr("%1 is larger than %2 MB").arg(info.fileName(), megabytes(m_maxSize));
            continue;
        }
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            refused << tr("%1 could not be read").arg(info.fileName());
            continue;
        }
        Attachment attachment;
        attachment.id = newId();
        attachment.ownerId = m_owner;
        attachment.fileName = info.fileName();
        attachment.mimeType = mimeDatabase.mimeTypeForFile(info).name();
        auto added = repository.add(attachment, file, m_maxSize);
        if (!added) {
            refused << tr("%1: %2").arg(info.fileName(), added.error().message);
            continue;
        }
        ++stored;
    }
    reload();
    if (refused.isEmpty())
        showMessage({});
    else if (refused.size() == 1)
        showMessage(tr("Not added: %1.").arg(refused.first()));
    else
        showMessage(tr("Not added:\n%1.").arg(refused.join(QStringLiteral(";\n"))));
    if (stored > 0)
        Q_EMIT evidenceChanged();
    return stored;
}

void EvidenceList::chooseFiles()
{
    if (m_owner.isNull())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void EvidenceList::exportSelected()
{
    const QListWidgetItem *item = currentItem();
    if (!item)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evidence as"), item->text());
    if (!path.isEmpty())
        exportTo(item->data(IdRole).toUuid(), path);
}

bool EvidenceList::exportTo(const Id &attachmentId, const QString &path)
{
    if (!m_session.isUnlocked())
        return false;
    // QSaveFile: an export that fails half-way leaves no truncated file behind.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        showMessage(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (auto done = AttachmentRepository(m_session.vault()).read(attachmentId, out); !done) {
        out.cancelWriting();
        showMessage(done.error().message);
        return false;
    }
    if (!out.commit()) {
        showMessage(tr("Could not write %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    showMessage(tr("Saved as %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void EvidenceList::removeSelected()
{
    const QListWidgetItem *item = currentItem();
    if (!item || m_readOnly || !m_session.isUnlocked())
        return;
    if (!m_confirm(this, tr("Remove “%1” from this finding?").arg(item->text())))
        return;
    const Id id = item->data(IdRole).toUuid();
    if (auto done = AttachmentRepository(m_session.vault()).remove(id); !done) {
        showMessage(done.error().message);
        return;
    }
    m_thumbnails.remove(id);
    reload();
    Q_EMIT evidenceChanged();
}

QStringList EvidenceList::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

void EvidenceList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_owner.isNull() && !m_readOnly && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidenceList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_owner.isNull() && !m_readOnly && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidenceList::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (m_owner.isNull() || m_readOnly || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(paths);
}

void EvidenceList::showMessage(const QString &text)
{
    if (m_message)
        uistyle::setMessage(m_message, text);
}

} // namespace schouw
