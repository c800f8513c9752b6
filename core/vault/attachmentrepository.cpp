#include "attachmentrepository.h"

#include "recordcodec.h"
#include "sqlite.h"
#include "vault.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>

namespace schouw {

namespace {

const QString AttachmentColumns =
    QStringLiteral("id, owner_id, file_name, mime_type, size, sha256, created_at");

Attachment readAttachment(const Statement &row)
{
    Attachment attachment;
    attachment.id = row.id(0);
    attachment.ownerId = row.id(1);
    attachment.fileName = row.text(2);
    attachment.mimeType = row.text(3);
    attachment.size = row.integer(4);
    attachment.sha256 = QByteArray::fromHex(row.text(5).toLatin1());
    attachment.createdAt = timeFrom(row.text(6));
    return attachment;
}

} // namespace

Result<Attachment> AttachmentRepository::add(Attachment attachment, QIODevice &content,
                                             qint64 maxSize)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = m_vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    // The chunks are written before the record, whose size and hash are only known at the end, so
    // its change-log entry carries the final values. The chunks' foreign key is checked at commit.
    if (auto done = db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !done)
        return std::unexpected(done.error());

    auto insertChunk = db.prepare(
        QStringLiteral("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?,?,?)"));
    if (!insertChunk)
        return std::unexpected(insertChunk.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    for (qint64 seq = 0;; ++seq) {
        const QByteArray chunk = content.read(ChunkSize);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > maxSize)
            return fail(ErrorCode::InvalidInput,
                        tr("The file is larger than %1, the most an attachment may be.")
                            .arg(QLocale().formattedDataSize(maxSize)),
                        QStringLiteral("attachment over size limit"));
        hash.addData(chunk);
        insertChunk->reset();
        insertChunk->bind(1, attachment.id)
            .bind(2, seq)
            .bindBlob(3, chunk.constData(), static_cast<int>(chunk.size()));
        if (auto done = insertChunk->exec(); !done)
            return std::unexpected(done.error());
    }
    attachment.size = total;
    attachment.sha256 = hash.result();
    if (!attachment.createdAt.isValid())
        attachment.createdAt = QDateTime::currentDateTimeUtc();
    if (auto done = insertRecord(
            m_vault, u"attachment", attachment.id,
            {{QStringLiteral("owner_id"), idValue(attachment.ownerId)},
             {QStringLiteral("file_name"), attachment.fileName},
             {QStringLiteral("mime_type"), attachment.mimeType},
             {QStringLiteral("size"), total},
             {QStringLiteral("sha256"), QString::fromLatin1(attachment.sha256.toHex())},
             {QStringLiteral("created_at"), timeValue(attachment.createdAt)}});
        !done)
        return std::unexpected(done.error());
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return attachment;
}

Status AttachmentRepository::read(const Id &id, QIODevice &out)
{
    auto found = find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("The attachment no longer exists."));
    auto chunks = prepareOn(m_vault,
                            QStringLiteral("SELECT data FROM attachment_chunk WHERE "
                                           "attachment_id = ? ORDER BY seq"));
    if (!chunks)
        return std::unexpected(chunks.error());
    chunks->bind(1, id);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (chunks->next()) {
        const QByteArray data = chunks->blob(0);
        hash.addData(data);
        if (out.write(data) != data.size())
            return fail(ErrorCode::Io, tr("The attachment could not be written."),
                        out.errorString());
    }
    if (chunks->error())
        return std::unexpected(*chunks->error());
    if (hash.result() != (*found)->sha256)
        return fail(ErrorCode::VaultDamaged, tr("The attachment is damaged."),
                    QStringLiteral("attachment hash mismatch"));
    return {};
}

Status AttachmentRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"attachment", id);
}

Result<std::optional<Attachment>> AttachmentRepository::find(const Id &id)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM attachment WHERE id = ? AND "
                                              "deleted = 0")
                                   .arg(AttachmentColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Attachment>(*statement, readAttachment);
}

Result<QList<Attachment>> AttachmentRepository::forOwner(const Id &ownerId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM attachment WHERE owner_id = ? "
                                              "AND deleted = 0 ORDER BY created_at, id")
                                   .arg(AttachmentColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, ownerId);
    return readAll<Attachment>(*statement, readAttachment);
}

Result<qint64> AttachmentRepository::count()
{
    return countLive(m_vault, "attachment");
}

Result<qint64> AttachmentRepository::totalSize()
{
    auto statement = prepareOn(
        m_vault, QStringLiteral("SELECT coalesce(sum(size), 0) FROM attachment WHERE deleted = 0"));
    if (!statement)
        return std::unexpected(statement.error());
    if (statement->next())
        return statement->integer(0);
    return std::unexpected(statement->error().value_or(Vault::lockedError()));
}

} // namespace schouw
