#include "attachmenttransfer.h"

#include "officeclient.h"
#include "vault/attachmentrepository.h"
#include "vault/vault.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>
#include <climits>

namespace schouw::sync {

namespace {

Q_LOGGING_CATEGORY(lcTransfer, "schouw.sync", QtInfoMsg)

// Consecutive answers that leave the office's count where it was before an attachment is left
// for the next run (another device may be uploading the same content at the same moment).
constexpr int MaxStalls = 3;

} // namespace

AttachmentTransfer::AttachmentTransfer(Vault &vault, OfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_client(client)
{
}

QString AttachmentTransfer::hashText() const
{
    return QString::fromLatin1(m_queue.at(m_index).sha256.toHex());
}

bool AttachmentTransfer::skippable(const Error &error) const
{
    return error.code == ErrorCode::NotFound || error.code == ErrorCode::Forbidden;
}

void AttachmentTransfer::finish(Status status)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(std::move(status));
}

// ---- Upload -----------------------------------------------------------------------------------

void AttachmentTransfer::upload(std::function<void(Status)> done)
{
    m_done = std::move(done);
    auto pending = AttachmentRepository(m_vault).pendingUploads();
    if (!pending)
        return finish(std::unexpected(pending.error()));
    m_queue = std::move(*pending);
    m_index = 0;
    // Always from the event loop, like the client's answers.
    QMetaObject::invokeMethod(
        this, [this] { uploadNext(); }, Qt::QueuedConnection);
}

void AttachmentTransfer::uploadNext()
{
    if (m_cancelled)
        return finish(
            fail(ErrorCode::Network, tr("The sync was cancelled."), QStringLiteral("cancelled")));
    if (m_index >= m_queue.size())
        return finish({});
    const Attachment &attachment = m_queue.at(m_index);
    m_stalls = 0;
    m_client.blobStatus(hashText(), [this, size = attachment.size](Result<BlobStatus> status) {
        if (!status) {
            if (!skippable(status.error()))
                return finish(std::unexpected(status.error()));
            // Not the user's to upload (the provider was unassigned, or the office is older).
            qCInfo(lcTransfer) << "attachment content not taken by the office:"
                               << status.error().detail;
            ++m_counts.waiting;
            ++m_index;
            return uploadNext();
        }
        if (status->complete) {
            // Another device sent it already: nothing to send.
            if (auto marked =
                    AttachmentRepository(m_vault).markUploaded(m_queue.at(m_index).sha256);
                !marked)
                return finish(marked);
            ++m_counts.sent;
            ++m_index;
            return uploadNext();
        }
        // An upload of another declared size is started over; the hash decides in the end.
        uploadChunk(status->size == size ? status->received : 0);
    });
}

void AttachmentTransfer::uploadChunk(qint64 offset)
{
    if (m_cancelled)
        return finish(
            fail(ErrorCode::Network, tr("The sync was cancelled."), QStringLiteral("cancelled")));
    const Attachment &attachment = m_queue.at(m_index);
    auto bytes = AttachmentRepository(m_vault).readContent(attachment.id, offset,
                                                           OfficeClient::MaxBlobChunkBytes);
    if (!bytes)
        return finish(std::unexpected(bytes.error()));
    const qint64 sent = bytes->size();
    if (sent == 0 && offset < attachment.size)
        return finish(fail(ErrorCode::VaultDamaged,
                           tr("An attachment on this computer is damaged."),
                           QStringLiteral("attachment content shorter than its size")));
    m_client.uploadBlobChunk(
        hashText(), offset, attachment.size, std::move(*bytes),
        [this, offset, sent, size = attachment.size](Result<BlobStatus> status) {
            if (!status) {
                if (skippable(status.error())) {
                    ++m_counts.waiting;
                } else if (status.error().code == ErrorCode::InvalidInput) {
                    // The office refused the content as not matching its hash (422) or as too
                    // large: nothing of it was kept. Left pending for the next run.
                    qCWarning(lcTransfer) << "attachment upload refused:" << status.error().detail;
                    ++m_counts.damaged;
                } else {
                    return finish(std::unexpected(status.error()));
                }
                ++m_index;
                return uploadNext();
            }
            if (status->complete) {
                m_counts.bytesSent += sent;
                if (auto marked =
                        AttachmentRepository(m_vault).markUploaded(m_queue.at(m_index).sha256);
                    !marked)
                    return finish(marked);
                ++m_counts.sent;
                ++m_index;
                Q_EMIT progressed();
                return uploadNext();
            }
            const qint64 next = status->size == size ? status->received : 0;
            if (next == offset + sent) {
                m_counts.bytesSent += sent;
                m_stalls = 0;
            } else if (++m_stalls > MaxStalls) {
                // The office keeps answering with another count: leave it for the next run.
                qCInfo(lcTransfer) << "attachment upload does not advance; left for next sync";
                ++m_counts.waiting;
                ++m_index;
                return uploadNext();
            }
            Q_EMIT progressed();
            uploadChunk(next);
        });
}

// ---- Download ---------------------------------------------------------------------------------

void AttachmentTransfer::download(std::function<void(Status)> done)
{
    m_done = std::move(done);
    auto missing = AttachmentRepository(m_vault).missingContent();
    if (!missing)
        return finish(std::unexpected(missing.error()));
    m_queue = std::move(*missing);
    m_index = 0;
    QMetaObject::invokeMethod(
        this, [this] { downloadNext(); }, Qt::QueuedConnection);
}

void AttachmentTransfer::downloadNext()
{
    if (m_cancelled)
        return finish(
            fail(ErrorCode::Network, tr("The sync was cancelled."), QStringLiteral("cancelled")));
    if (m_index >= m_queue.size()) {
        if (m_counts.damaged > 0)
            return finish(fail(ErrorCode::InvalidInput,
                               tr("%n attachment(s) arrived damaged from the office and were "
                                  "discarded. They are downloaded again at the next sync.",
                                  nullptr, int(std::min<qint64>(m_counts.damaged, INT_MAX))),
                               QStringLiteral("%1 damaged downloads").arg(m_counts.damaged)));
        return finish({});
    }
    const Attachment &attachment = m_queue.at(m_index);
    AttachmentRepository repository(m_vault);
    if (attachment.size > AttachmentRepository::DefaultMaxSize) {
        // The office takes nothing larger: there is nothing to fetch.
        ++m_counts.waiting;
        ++m_index;
        return downloadNext();
    }
    // The same content under another attachment here (the same photo attached twice).
    auto copied = repository.copyKnownContent(attachment.id);
    if (!copied)
        return finish(std::unexpected(copied.error()));
    if (*copied || attachment.size == 0) {
        if (!*copied) {
            if (auto verified = repository.completeDownload(attachment.id); !verified) {
                if (verified.error().code != ErrorCode::InvalidInput)
                    return finish(verified);
                ++m_counts.damaged;
                ++m_index;
                return downloadNext();
            }
        }
        ++m_counts.received;
        ++m_index;
        return downloadNext();
    }
    m_client.blobStatus(hashText(), [this](Result<BlobStatus> status) {
        if (!status) {
            if (!skippable(status.error()))
                return finish(std::unexpected(status.error()));
            ++m_counts.waiting;
            ++m_index;
            return downloadNext();
        }
        const Attachment &current = m_queue.at(m_index);
        if (!status->complete) {
            // Its uploader has not synced it yet.
            ++m_counts.waiting;
            ++m_index;
            return downloadNext();
        }
        if (status->size != current.size) {
            qCWarning(lcTransfer) << "office content size differs from the attachment record";
            ++m_counts.damaged;
            ++m_index;
            return downloadNext();
        }
        auto offset = AttachmentRepository(m_vault).downloadOffset(current.id);
        if (!offset)
            return finish(std::unexpected(offset.error()));
        downloadChunk(*offset);
    });
}

void AttachmentTransfer::downloadChunk(qint64 offset)
{
    if (m_cancelled)
        return finish(
            fail(ErrorCode::Network, tr("The sync was cancelled."), QStringLiteral("cancelled")));
    const Attachment &attachment = m_queue.at(m_index);
    if (offset >= attachment.size)
        return finishDownload();
    const qint64 length = std::min(OfficeClient::MaxBlobChunkBytes, attachment.size - offset);
    m_client.downloadBlobChunk(
        hashText(), offset, length,
        [this, offset, length, size = attachment.size](Result<BlobChunk> chunk) {
            if (!chunk) {
                if (!skippable(chunk.error()))
                    return finish(std::unexpected(chunk.error()));
                ++m_counts.waiting;
                ++m_index;
                return downloadNext();
            }
            if (chunk->bytes.size() != length || chunk->size != size) {
                // Not what was asked for: nothing of it is stored.
                qCWarning(lcTransfer) << "attachment chunk of" << chunk->bytes.size()
                                      << "bytes refused; asked for" << length;
                ++m_counts.damaged;
                ++m_index;
                return downloadNext();
            }
            if (auto stored = AttachmentRepository(m_vault).appendDownload(m_queue.at(m_index).id,
                                                                           offset, chunk->bytes);
                !stored)
                return finish(stored);
            m_counts.bytesReceived += length;
            Q_EMIT progressed();
            downloadChunk(offset + length);
        });
}

void AttachmentTransfer::finishDownload()
{
    if (auto verified = AttachmentRepository(m_vault).completeDownload(m_queue.at(m_index).id);
        !verified) {
        if (verified.error().code != ErrorCode::InvalidInput)
            return finish(verified);
        qCWarning(lcTransfer) << "attachment download discarded:" << verified.error().detail;
        ++m_counts.damaged;
    } else {
        ++m_counts.received;
    }
    ++m_index;
    downloadNext();
}

} // namespace schouw::sync
