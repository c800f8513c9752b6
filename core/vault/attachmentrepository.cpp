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
const QString PrefixedColumns =
    QStringLiteral("a.id, a.owner_id, a.file_name, a.mime_type, a.size, a.sha256, a.created_at");

// The content of attachment `a` is here and verified for its current SHA-256. The chunks are
// asked about too: a deletion drops them (derivedtables.cpp), and a record restored afterwards
// must fetch its content again rather than read nothing.
const QString ContentHere = QStringLiteral(
    "(EXISTS (SELECT 1 FROM attachment_content c WHERE c.attachment_id = a.id AND "
    "c.sha256 = a.sha256) AND (a.size = 0 OR EXISTS (SELECT 1 FROM attachment_chunk k WHERE "
    "k.attachment_id = a.id)))");

QString hexOf(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}

Error damagedDownload(const QString &detail)
{
    return Error {ErrorCode::InvalidInput,
                  AttachmentRepository::tr("An attachment arrived damaged from the office and was "
                                           "discarded. It is downloaded again at the next sync."),
                  detail};
}

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
    auto contentRow =
        db.prepare(QStringLiteral("INSERT OR REPLACE INTO attachment_content "
                                  "(attachment_id, sha256, uploaded) VALUES (?,?,0)"));
    if (!contentRow)
        return std::unexpected(contentRow.error());
    contentRow->bind(1, attachment.id).bind(2, QString::fromLatin1(attachment.sha256.toHex()));
    if (auto done = contentRow->exec(); !done)
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
    auto present = hasContent(id);
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return fail(ErrorCode::NotFound,
                    tr("The attachment's content has not been downloaded yet. It arrives with "
                       "the next sync."),
                    QStringLiteral("attachment content not downloaded"));
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

Result<bool> AttachmentRepository::hasContent(const Id &id)
{
    auto statement =
        prepareOn(m_vault,
                  QStringLiteral("SELECT %1 FROM attachment a WHERE a.id = ? AND a.deleted = 0")
                      .arg(ContentHere));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    if (statement->next())
        return statement->integer(0) != 0;
    if (statement->error())
        return std::unexpected(*statement->error());
    return false;
}

Result<QList<Attachment>> AttachmentRepository::missingContent()
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM attachment a WHERE a.deleted = 0 AND "
                                              "NOT %2 ORDER BY a.created_at, a.id")
                                   .arg(PrefixedColumns, ContentHere));
    if (!statement)
        return std::unexpected(statement.error());
    return readAll<Attachment>(*statement, readAttachment);
}

Result<QList<Attachment>> AttachmentRepository::pendingUploads()
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT %1 FROM attachment a JOIN attachment_content u ON "
                       "u.attachment_id = a.id WHERE a.deleted = 0 AND u.uploaded = 0 AND %2 "
                       "AND NOT EXISTS (SELECT 1 FROM change_log l WHERE l.entity_id = a.id AND "
                       "l.origin = 'local' AND l.sent = 0) ORDER BY a.created_at, a.id")
            .arg(PrefixedColumns, ContentHere));
    if (!statement)
        return std::unexpected(statement.error());
    return readAll<Attachment>(*statement, readAttachment);
}

Status AttachmentRepository::markUploaded(const QByteArray &sha256)
{
    auto statement = prepareOn(
        m_vault, QStringLiteral("UPDATE attachment_content SET uploaded = 1 WHERE sha256 = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    return statement->bind(1, hexOf(sha256)).exec();
}

Status AttachmentRepository::markAllNotUploaded()
{
    auto statement =
        prepareOn(m_vault, QStringLiteral("UPDATE attachment_content SET uploaded = 0"));
    if (!statement)
        return std::unexpected(statement.error());
    return statement->exec();
}

Result<QByteArray> AttachmentRepository::readContent(const Id &id, qint64 offset, qint64 length)
{
    auto present = hasContent(id);
    if (!present)
        return std::unexpected(present.error());
    if (!*present)
        return fail(ErrorCode::NotFound, tr("The attachment's content is not on this computer."),
                    QStringLiteral("attachment content not here"));
    if (offset < 0 || length <= 0)
        return QByteArray();
    // Chunks differ in size (256 KiB when added here, the download's pieces otherwise): find the
    // ones covering the range from their lengths, then read only those.
    auto sizes = prepareOn(m_vault,
                           QStringLiteral("SELECT seq, length(data) FROM "
                                          "attachment_chunk WHERE attachment_id = ? "
                                          "ORDER BY seq"));
    if (!sizes)
        return std::unexpected(sizes.error());
    sizes->bind(1, id);
    qint64 position = 0;
    qint64 firstSeq = -1;
    qint64 lastSeq = -1;
    qint64 firstPosition = 0;
    while (sizes->next()) {
        const qint64 size = sizes->integer(1);
        if (position + size > offset && position < offset + length) {
            if (firstSeq < 0) {
                firstSeq = sizes->integer(0);
                firstPosition = position;
            }
            lastSeq = sizes->integer(0);
        }
        position += size;
    }
    if (sizes->error())
        return std::unexpected(*sizes->error());
    if (firstSeq < 0)
        return QByteArray();
    auto chunks = prepareOn(m_vault,
                            QStringLiteral("SELECT data FROM attachment_chunk WHERE "
                                           "attachment_id = ? AND seq BETWEEN ? AND ? "
                                           "ORDER BY seq"));
    if (!chunks)
        return std::unexpected(chunks.error());
    chunks->bind(1, id).bind(2, firstSeq).bind(3, lastSeq);
    QByteArray covered;
    while (chunks->next())
        covered += chunks->blob(0);
    if (chunks->error())
        return std::unexpected(*chunks->error());
    return covered.mid(offset - firstPosition, length);
}

Result<qint64> AttachmentRepository::downloadOffset(const Id &id)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = m_vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto found = find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("The attachment no longer exists."));
    auto present = hasContent(id);
    if (!present)
        return std::unexpected(present.error());
    if (*present)
        return (*found)->size; // nothing to fetch
    // The content is not here, so what is kept as content for this record is stale: kept for
    // another hash (the record's hash changed since), or a row whose chunks a deletion dropped
    // before the record was restored. Without such a row, the chunks here are this download's.
    auto stale = db.prepare(
        QStringLiteral("SELECT count(*) FROM attachment_content WHERE attachment_id = ?"));
    if (!stale)
        return std::unexpected(stale.error());
    stale->bind(1, id);
    if (!stale->next())
        return std::unexpected(stale->error().value_or(Vault::lockedError()));
    const bool drop = stale->integer(0) > 0;
    stale->reset();
    if (drop) {
        for (const QString &sql : {QStringLiteral("DELETE FROM attachment_chunk WHERE "
                                                  "attachment_id = ?"),
                                   QStringLiteral("DELETE FROM attachment_content WHERE "
                                                  "attachment_id = ?")}) {
            auto statement = db.prepare(sql);
            if (!statement)
                return std::unexpected(statement.error());
            if (auto done = statement->bind(1, id).exec(); !done)
                return std::unexpected(done.error());
        }
    }
    auto received = db.prepare(QStringLiteral(
        "SELECT coalesce(sum(length(data)), 0) FROM attachment_chunk WHERE attachment_id = ?"));
    if (!received)
        return std::unexpected(received.error());
    received->bind(1, id);
    if (!received->next())
        return std::unexpected(received->error().value_or(Vault::lockedError()));
    const qint64 offset = received->integer(0);
    received->reset();
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return offset;
}

Status AttachmentRepository::appendDownload(const Id &id, qint64 offset, const QByteArray &bytes)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = m_vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    auto state = db.prepare(
        QStringLiteral("SELECT coalesce(sum(length(data)), 0), coalesce(max(seq) + 1, 0), "
                       "(SELECT count(*) FROM attachment_content WHERE attachment_id = ?1) "
                       "FROM attachment_chunk WHERE attachment_id = ?1"));
    if (!state)
        return std::unexpected(state.error());
    state->bind(1, id);
    if (!state->next())
        return std::unexpected(state->error().value_or(Vault::lockedError()));
    const qint64 received = state->integer(0);
    const qint64 seq = state->integer(1);
    const bool complete = state->integer(2) > 0;
    state->reset();
    if (complete || received != offset)
        return fail(ErrorCode::InvalidInput, tr("The attachment download is out of order."),
                    QStringLiteral("download at %1, %2 received, complete %3")
                        .arg(offset)
                        .arg(received)
                        .arg(complete));
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?,?,?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, id).bind(2, seq).bindBlob(3, bytes.constData(), static_cast<int>(bytes.size()));
    if (auto done = insert->exec(); !done)
        return done;
    return transaction.commit();
}

Status AttachmentRepository::completeDownload(const Id &id)
{
    auto found = find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("The attachment no longer exists."));
    const Attachment &attachment = **found;
    Database &db = m_vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    auto chunks = db.prepare(
        QStringLiteral("SELECT data FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq"));
    if (!chunks)
        return std::unexpected(chunks.error());
    chunks->bind(1, id);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (chunks->next()) {
        const QByteArray data = chunks->blob(0);
        total += data.size();
        hash.addData(data);
    }
    if (chunks->error())
        return std::unexpected(*chunks->error());
    chunks->reset();
    if (total == attachment.size && hash.result() == attachment.sha256) {
        auto content =
            db.prepare(QStringLiteral("INSERT OR REPLACE INTO attachment_content "
                                      "(attachment_id, sha256, uploaded) VALUES (?,?,1)"));
        if (!content)
            return std::unexpected(content.error());
        content->bind(1, id).bind(2, hexOf(attachment.sha256));
        if (auto done = content->exec(); !done)
            return done;
        return transaction.commit();
    }
    // Nothing of it is kept: a damaged piece anywhere would otherwise be resumed after.
    auto drop = db.prepare(QStringLiteral("DELETE FROM attachment_chunk WHERE attachment_id = ?"));
    if (!drop)
        return std::unexpected(drop.error());
    if (auto done = drop->bind(1, id).exec(); !done)
        return done;
    if (auto done = transaction.commit(); !done)
        return done;
    return std::unexpected(damagedDownload(
        QStringLiteral("downloaded %1 of %2 bytes, hash %3")
            .arg(total)
            .arg(attachment.size)
            .arg(total == attachment.size ? QStringLiteral("mismatch") : QStringLiteral("-"))));
}

Result<bool> AttachmentRepository::copyKnownContent(const Id &id)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    Database &db = m_vault.database();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    auto source = db.prepare(QStringLiteral(
        "SELECT b.id, c.uploaded FROM attachment a JOIN attachment b ON b.sha256 = a.sha256 AND "
        "b.size = a.size AND b.id <> a.id AND b.deleted = 0 JOIN attachment_content c ON "
        "c.attachment_id = b.id AND c.sha256 = b.sha256 WHERE a.id = ? AND a.deleted = 0 "
        "AND (b.size = 0 OR EXISTS (SELECT 1 FROM attachment_chunk k WHERE "
        "k.attachment_id = b.id)) LIMIT 1"));
    if (!source)
        return std::unexpected(source.error());
    source->bind(1, id);
    if (!source->next()) {
        if (source->error())
            return std::unexpected(*source->error());
        return false;
    }
    const QString sourceId = source->text(0);
    const qint64 uploaded = source->integer(1);
    source->reset();
    const std::initializer_list<QString> steps = {
        QStringLiteral("DELETE FROM attachment_chunk WHERE attachment_id = ?1"),
        QStringLiteral("INSERT INTO attachment_chunk (attachment_id, seq, data) SELECT ?1, seq, "
                       "data FROM attachment_chunk WHERE attachment_id = ?2"),
        QStringLiteral("INSERT OR REPLACE INTO attachment_content (attachment_id, sha256, "
                       "uploaded) SELECT ?1, sha256, ?3 FROM attachment_content WHERE "
                       "attachment_id = ?2"),
    };
    for (const QString &sql : steps) {
        auto statement = db.prepare(sql);
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, id);
        if (sql.contains(QLatin1String("?2")))
            statement->bind(2, sourceId);
        if (sql.contains(QLatin1String("?3")))
            statement->bind(3, uploaded);
        if (auto done = statement->exec(); !done)
            return std::unexpected(done.error());
    }
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return true;
}

} // namespace schouw
