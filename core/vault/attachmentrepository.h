#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace schouw {

class Vault;

// Photos, recordings and documents, stored inside the encrypted database in chunks so that a
// large file never has to sit in memory whole and no plaintext copy ever touches the disk.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    static constexpr qint64 ChunkSize = 256 * 1024;
    static constexpr qint64 DefaultMaxSize = 50 * 1024 * 1024;

    explicit AttachmentRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    // Reads content to its end and stores it under attachment.id; size, sha256 and createdAt are
    // filled in from the content. InvalidInput (nothing stored) above maxSize.
    [[nodiscard]] Result<Attachment> add(Attachment attachment, QIODevice &content,
                                         qint64 maxSize = DefaultMaxSize);
    // Writes the content to out, checking it against the stored SHA-256. NotFound when the record
    // exists but its content has not been downloaded yet (it arrived by sync without it):
    // hasContent() tells the two apart beforehand.
    [[nodiscard]] Status read(const Id &id, QIODevice &out);
    // Whether the content of this live attachment is here, verified against its SHA-256.
    [[nodiscard]] Result<bool> hasContent(const Id &id);
    // Live attachments whose content is not here yet: records that arrived by sync, waiting for
    // their content to be downloaded. Oldest first.
    [[nodiscard]] Result<QList<Attachment>> missingContent();
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Attachment>> find(const Id &id);
    [[nodiscard]] Result<QList<Attachment>> forOwner(const Id &ownerId);
    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<qint64> totalSize();

    // ---- Content transfer (used by sync, docs/sync-client.md "Attachments") ----

    // Live attachments with content here that the office has not confirmed holding, and whose
    // record has been sent (the office accepts content only for an attachment it knows).
    [[nodiscard]] Result<QList<Attachment>> pendingUploads();
    // The office holds the content with this SHA-256 (raw 32 bytes): every attachment here with
    // that content counts as uploaded.
    [[nodiscard]] Status markUploaded(const QByteArray &sha256);
    // The office lost what it held (another or a restored store): every content goes up again.
    [[nodiscard]] Status markAllNotUploaded();
    // At most length bytes of the content from offset (fewer at the end). NotFound when the
    // content is not here.
    [[nodiscard]] Result<QByteArray> readContent(const Id &id, qint64 offset, qint64 length);

    // Where a download of this attachment's content continues: the bytes received so far (its
    // size when the content is here already). Drops what is kept as content but does not match
    // the record any more (an earlier SHA-256, chunks dropped by a deletion) first.
    [[nodiscard]] Result<qint64> downloadOffset(const Id &id);
    // Stores the next received bytes of a download; offset must equal downloadOffset(). The
    // bytes are not readable until completeDownload() has verified the whole.
    [[nodiscard]] Status appendDownload(const Id &id, qint64 offset, const QByteArray &bytes);
    // Checks the received bytes against the record's size and SHA-256. On a match the content
    // becomes readable (and counts as held by the office, where it came from); otherwise every
    // received byte is dropped and the result is InvalidInput, so the next sync starts over.
    [[nodiscard]] Status completeDownload(const Id &id);
    // When another attachment here holds the same content, copies it (no download needed) and
    // returns true.
    [[nodiscard]] Result<bool> copyKnownContent(const Id &id);

private:
    Vault &m_vault;
};

} // namespace schouw
