// Attachment content in a sync run (docs/sync-client.md, "Attachments"), against the in-memory
// office with a scripted blob store: uploads after the push in chunks of at most 1 MiB that
// resume at the office's count, downloads after the pull that resume after what is here and
// become readable only when the SHA-256 matches; damaged or oversized answers are refused and
// nothing of them is kept; deleted attachments are not transferred.
#include "fakeoffice.h"
#include "sync/changeapplier.h"
#include "sync/client/syncrun.h"
#include "sync/outbox.h"
#include "testvault.h"
#include "vault/attachmentrepository.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace schouw;
using namespace schouw::sync;
using namespace schouw::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray content(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<Attachment> attach(Vault &vault, const QByteArray &bytes)
{
    Attachment attachment;
    attachment.id = QUuid::createUuid();
    attachment.ownerId = QUuid::createUuid();
    attachment.fileName = QStringLiteral("medicijnkar.jpg");
    attachment.mimeType = QStringLiteral("image/jpeg");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return AttachmentRepository(vault).add(attachment, buffer);
}

QByteArray readBack(Vault &vault, const Id &id, Status *status = nullptr)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Status done = AttachmentRepository(vault).read(id, out);
    if (status)
        *status = done;
    return done ? out.data() : QByteArray();
}

qint64 chunkBytes(Vault &vault, const Id &id)
{
    auto total = vault.database().scalar(
        QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM attachment_chunk WHERE "
                       "attachment_id = '%1'")
            .arg(idText(id)));
    return total ? total->toLongLong() : -1;
}

// The office's attachment content as the protocol describes it, in memory: status, chunked
// uploads that must come in order and are checked on the last byte, chunked downloads.
struct BlobPeer
{
    struct Blob
    {
        QByteArray bytes;
        qint64 size = 0;
        bool complete = false;
    };
    QHash<QString, Blob> blobs;
    QSet<QString> notYours; // answered 404, as for another team's content
    QList<HttpRequest> puts;
    QList<HttpRequest> gets; // downloads
    int statusCalls = 0;
    // Applied to every downloaded chunk (a damaged office or network).
    std::function<QByteArray(QByteArray)> tamper;
    int downloadsBeforeBusy = -1; // after this many chunks: 503

    static QByteArray stateJson(const QString &hash, const Blob &blob)
    {
        return QJsonDocument(QJsonObject {{QStringLiteral("sha256"), hash},
                                          {QStringLiteral("size"), blob.size},
                                          {QStringLiteral("received"), blob.bytes.size()},
                                          {QStringLiteral("complete"), blob.complete}})
            .toJson(QJsonDocument::Compact);
    }

    void preload(const QByteArray &bytes, qint64 received)
    {
        Blob &blob = blobs[hashOf(bytes)];
        blob.bytes = bytes.left(received);
        blob.size = bytes.size();
        blob.complete = received == bytes.size();
    }

    std::optional<HttpResponse> handle(const HttpRequest &request)
    {
        if (!request.path.startsWith("/v1/blobs"))
            return std::nullopt;
        const QString hash = request.query.queryItemValue(QStringLiteral("sha256"));
        if (notYours.contains(hash))
            return HttpResponse::error(404, "not_found");
        const auto number = [&request](const char *key) {
            return request.query.queryItemValue(QLatin1String(key)).toLongLong();
        };
        if (request.path == "/v1/blobs/status") {
            ++statusCalls;
            return HttpResponse::json(200, stateJson(hash, blobs.value(hash)));
        }
        if (request.method == "PUT") {
            puts << request;
            Blob &blob = blobs[hash];
            if (blob.complete)
                return HttpResponse::json(200, stateJson(hash, blob));
            const qint64 offset = number("offset");
            if (blob.bytes.isEmpty())
                blob.size = number("size");
            if (offset != blob.bytes.size())
                return HttpResponse::json(409,
                                          "{\"error\":\"offset_mismatch\",\"received\":" +
                                              QByteArray::number(blob.bytes.size()) +
                                              ",\"size\":" + QByteArray::number(blob.size) + "}");
            blob.bytes += request.body;
            if (blob.bytes.size() == blob.size) {
                if (hashOf(blob.bytes) != hash) {
                    blobs.remove(hash);
                    return HttpResponse::error(422, "hash_mismatch");
                }
                blob.complete = true;
            }
            return HttpResponse::json(200, stateJson(hash, blob));
        }
        gets << request;
        if (downloadsBeforeBusy >= 0 && gets.size() > downloadsBeforeBusy)
            return HttpResponse::error(503, "busy");
        const Blob blob = blobs.value(hash);
        if (!blob.complete)
            return HttpResponse::error(409, "incomplete");
        HttpResponse response;
        response.body = blob.bytes.mid(number("offset"), number("length"));
        if (tamper)
            response.body = tamper(response.body);
        response.headers << qMakePair(QByteArray("Content-Type"),
                                      QByteArray("application/octet-stream"))
                         << qMakePair(QByteArray("Schouw-Blob-Size"),
                                      QByteArray::number(blob.size));
        return response;
    }
};

template<typename T> QString detailOf(const Result<T> &result)
{
    return result ? QString()
                  : result.error().message + QStringLiteral(" / ") + result.error().detail;
}

} // namespace

class TestAttachmentSync : public QObject
{
    Q_OBJECT

private:
    struct Office
    {
        FakeOffice fake;
        BlobPeer blobs;

        Office()
        {
            fake.fault = [this](const HttpRequest &request) {
                return blobs.handle(request);
            };
            if (!fake.listen())
                qFatal("the fake office does not listen");
        }
    };

    SyncOptions options(Office &office, bool firstLogin)
    {
        SyncOptions options;
        if (firstLogin) {
            options.server = office.fake.url();
            options.user = QStringLiteral("inge");
            options.password = SecureBytes::fromText(office.fake.password);
            options.deviceName = QStringLiteral("test laptop");
        }
        options.timeout = std::chrono::seconds(10);
        return options;
    }

    // One run; `onProgress` sees every progress report and may cancel the run.
    static Result<SyncSummary>
    run(Vault &vault, SyncOptions options,
        const std::function<void(SyncRun &, const SyncProgress &)> &onProgress = {})
    {
        SyncRun sync(vault, std::move(options));
        QSignalSpy finished(&sync, &SyncRun::finished);
        if (onProgress)
            connect(&sync, &SyncRun::progress, &sync,
                    [&sync, &onProgress](const SyncProgress &p) { onProgress(sync, p); });
        sync.start();
        if (!finished.wait(30000) && finished.isEmpty())
            return fail(ErrorCode::Network, QStringLiteral("test: no finished()"));
        if (finished.size() != 1)
            return fail(ErrorCode::Network, QStringLiteral("test: finished() more than once"));
        return finished.constFirst().constFirst().value<Result<SyncSummary>>();
    }

    // An attachment made on another laptop, known to the office (its record and its content).
    Attachment fromElsewhere(Office &office, const QByteArray &bytes, bool contentAtOffice = true)
    {
        TempVault other;
        auto made = attach(other.vault(), bytes);
        if (!made)
            qFatal("attach failed");
        auto batch = pendingBatch(other.vault(), 100);
        office.fake.addChanges(*batch);
        if (contentAtOffice)
            office.blobs.preload(bytes, bytes.size());
        return *made;
    }

private Q_SLOTS:
    void uploadsInChunksAfterThePush()
    {
        Office office;
        TempVault laptop;
        const QByteArray photo = content(2 * MiB + 300'000, 1);
        auto made = attach(laptop.vault(), photo);
        QVERIFY(made);
        QCOMPARE(AttachmentRepository(laptop.vault()).pendingUploads()->size(), 0); // not sent yet

        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsSent, 1);
        const QString hash = hashOf(photo);
        QVERIFY(office.blobs.blobs.value(hash).complete);
        QVERIFY(office.blobs.blobs.value(hash).bytes == photo);
        QCOMPARE(office.blobs.puts.size(), 3);
        qint64 expected = 0;
        for (const HttpRequest &put : std::as_const(office.blobs.puts)) {
            QVERIFY(put.body.size() <= MiB);
            QCOMPARE(put.query.queryItemValue(QStringLiteral("offset")).toLongLong(), expected);
            QCOMPARE(put.query.queryItemValue(QStringLiteral("size")).toLongLong(), photo.size());
            expected += put.body.size();
        }
        QVERIFY(result->bytesSent >= photo.size());

        // Confirmed: the next run sends nothing and asks nothing.
        office.blobs.puts.clear();
        office.blobs.statusCalls = 0;
        auto again = run(laptop.vault(), options(office, false));
        QVERIFY2(again, qPrintable(detailOf(again)));
        QCOMPARE(office.blobs.puts.size(), 0);
        QCOMPARE(office.blobs.statusCalls, 0);
        QCOMPARE(again->attachmentsSent, 0);
    }

    void uploadResumesAtTheOfficesCount()
    {
        Office office;
        TempVault laptop;
        const QByteArray photo = content(3 * MiB - 1000, 2);
        QVERIFY(attach(laptop.vault(), photo));
        // An earlier run got the first mebibyte across before it broke off.
        office.blobs.preload(photo, MiB);

        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(office.blobs.puts.size(), 2);
        QCOMPARE(office.blobs.puts.first().query.queryItemValue(QStringLiteral("offset")),
                 QString::number(MiB));
        QVERIFY(office.blobs.blobs.value(hashOf(photo)).bytes == photo);
        // Not a byte of the first mebibyte went again.
        QVERIFY2(result->bytesSent < photo.size() - MiB + 64 * 1024,
                 qPrintable(QString::number(result->bytesSent)));
        QCOMPARE(result->attachmentsSent, 1);
    }

    void cancelledUploadResumesWithoutResending()
    {
        Office office;
        TempVault laptop;
        const QByteArray photo = content(3 * MiB, 3);
        QVERIFY(attach(laptop.vault(), photo));
        // Cancelled as soon as the office acknowledged the first chunk.
        auto first = run(laptop.vault(), options(office, true),
                         [](SyncRun &sync, const SyncProgress &progress) {
                             if (progress.attachmentBytesSent >= MiB)
                                 sync.cancel();
                         });
        QVERIFY(!first);
        QCOMPARE(first.error().code, ErrorCode::Network);
        QCOMPARE(office.blobs.puts.size(), 1);
        QCOMPARE(office.blobs.blobs.value(hashOf(photo)).bytes.size(), MiB);

        auto second = run(laptop.vault(), options(office, false));
        QVERIFY2(second, qPrintable(detailOf(second)));
        QCOMPARE(office.blobs.puts.size(), 3);
        QCOMPARE(office.blobs.puts.at(1).query.queryItemValue(QStringLiteral("offset")),
                 QString::number(MiB));
        QVERIFY(second->bytesSent < 2 * MiB + 64 * 1024);
        QVERIFY(office.blobs.blobs.value(hashOf(photo)).complete);
    }

    void contentTheOfficeHasIsNotSent()
    {
        Office office;
        TempVault laptop;
        const QByteArray photo = content(MiB + 10, 4);
        QVERIFY(attach(laptop.vault(), photo));
        office.blobs.preload(photo, photo.size()); // a colleague's laptop sent the same photo
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(office.blobs.puts.size(), 0);
        QCOMPARE(result->attachmentsSent, 1);
        QCOMPARE(AttachmentRepository(laptop.vault()).pendingUploads()->size(), 0);
    }

    void downloadsInChunksAndVerifies()
    {
        Office office;
        const QByteArray photo = content(2 * MiB + 5, 5);
        const Attachment remote = fromElsewhere(office, photo);
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsReceived, 1);
        QCOMPARE(office.blobs.gets.size(), 3);
        for (const HttpRequest &get : std::as_const(office.blobs.gets))
            QVERIFY(get.query.queryItemValue(QStringLiteral("length")).toLongLong() <= MiB);
        QVERIFY(readBack(laptop.vault(), remote.id) == photo);
        QCOMPARE(AttachmentRepository(laptop.vault()).missingContent()->size(), 0);
        // It came from the office: nothing to upload.
        QCOMPARE(AttachmentRepository(laptop.vault()).pendingUploads()->size(), 0);
        office.blobs.gets.clear();
        QVERIFY(run(laptop.vault(), options(office, false)));
        QCOMPARE(office.blobs.gets.size(), 0);
    }

    void recordWithoutContentSaysNotDownloaded()
    {
        Office office;
        const QByteArray photo = content(1000, 6);
        const Attachment remote = fromElsewhere(office, photo, false); // not uploaded yet
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsWaiting, 1);
        QCOMPARE(office.blobs.gets.size(), 0);
        AttachmentRepository repository(laptop.vault());
        QVERIFY(repository.find(remote.id)->has_value());
        QCOMPARE(*repository.hasContent(remote.id), false);
        QCOMPARE(repository.missingContent()->size(), 1);
        Status read;
        (void)readBack(laptop.vault(), remote.id, &read);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::NotFound); // not "damaged"
        QVERIFY(read.error().message.contains(QStringLiteral("not been downloaded")));

        // Uploaded in the meantime: the next sync brings it.
        office.blobs.preload(photo, photo.size());
        QVERIFY(run(laptop.vault(), options(office, false)));
        QVERIFY(readBack(laptop.vault(), remote.id) == photo);
    }

    void damagedDownloadIsDiscardedAndFetchedAgain()
    {
        Office office;
        const QByteArray photo = content(MiB + 70'000, 7);
        const Attachment remote = fromElsewhere(office, photo);
        office.blobs.tamper = [](QByteArray bytes) {
            if (!bytes.isEmpty())
                bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x40);
            return bytes;
        };
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        // Nothing of it is kept or readable; the record says "not downloaded".
        QCOMPARE(chunkBytes(laptop.vault(), remote.id), 0);
        QCOMPARE(*AttachmentRepository(laptop.vault()).hasContent(remote.id), false);
        Status read;
        (void)readBack(laptop.vault(), remote.id, &read);
        QCOMPARE(read.error().code, ErrorCode::NotFound);

        office.blobs.tamper = nullptr;
        office.blobs.gets.clear();
        auto again = run(laptop.vault(), options(office, false));
        QVERIFY2(again, qPrintable(detailOf(again)));
        QCOMPARE(office.blobs.gets.first().query.queryItemValue(QStringLiteral("offset")),
                 QStringLiteral("0"));
        QVERIFY(readBack(laptop.vault(), remote.id) == photo);
    }

    void chunkLargerThanAskedIsRefused()
    {
        Office office;
        const QByteArray photo = content(MiB + 10, 8);
        const Attachment remote = fromElsewhere(office, photo);
        office.blobs.tamper = [](QByteArray bytes) -> QByteArray {
            return bytes.append(QByteArray(4096, 'x'));
        };
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(chunkBytes(laptop.vault(), remote.id), 0);
        QCOMPARE(*AttachmentRepository(laptop.vault()).hasContent(remote.id), false);
    }

    void interruptedDownloadResumes()
    {
        Office office;
        const QByteArray photo = content(3 * MiB, 9);
        const Attachment remote = fromElsewhere(office, photo);
        office.blobs.downloadsBeforeBusy = 1;
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ServerBusy);
        // The first mebibyte is kept for the next run, but is not readable content.
        QCOMPARE(chunkBytes(laptop.vault(), remote.id), MiB);
        QCOMPARE(*AttachmentRepository(laptop.vault()).hasContent(remote.id), false);

        office.blobs.downloadsBeforeBusy = -1;
        office.blobs.gets.clear();
        auto again = run(laptop.vault(), options(office, false));
        QVERIFY2(again, qPrintable(detailOf(again)));
        QCOMPARE(office.blobs.gets.size(), 2);
        QCOMPARE(office.blobs.gets.first().query.queryItemValue(QStringLiteral("offset")),
                 QString::number(MiB));
        QVERIFY(readBack(laptop.vault(), remote.id) == photo);
    }

    void deletedAttachmentsAreNotTransferred()
    {
        Office office;
        TempVault laptop;
        auto local = attach(laptop.vault(), content(5000, 10));
        QVERIFY(local);
        QVERIFY(AttachmentRepository(laptop.vault()).remove(local->id));

        // Made elsewhere, then deleted there: the record arrives with its tombstone.
        TempVault other;
        auto remote = attach(other.vault(), content(6000, 11));
        QVERIFY(remote);
        QVERIFY(AttachmentRepository(other.vault()).remove(remote->id));
        office.fake.addChanges(*pendingBatch(other.vault(), 100));
        office.blobs.preload(content(6000, 11), 6000);

        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(office.blobs.puts.size(), 0);
        QCOMPARE(office.blobs.gets.size(), 0);
        QCOMPARE(office.blobs.statusCalls, 0);
        QCOMPARE(chunkBytes(laptop.vault(), remote->id), 0);
    }

    void contentOutsideAccessIsSkipped()
    {
        Office office;
        const QByteArray photo = content(2000, 12);
        const Attachment remote = fromElsewhere(office, photo);
        office.blobs.notYours.insert(hashOf(photo));
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsWaiting, 1);
        QCOMPARE(office.blobs.gets.size(), 0);
        QCOMPARE(*AttachmentRepository(laptop.vault()).hasContent(remote.id), false);
    }

    void sameContentTwiceIsDownloadedOnce()
    {
        Office office;
        const QByteArray photo = content(MiB / 2, 13);
        const Attachment first = fromElsewhere(office, photo);
        const Attachment second = fromElsewhere(office, photo);
        TempVault laptop;
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsReceived, 2);
        QCOMPARE(office.blobs.gets.size(), 1);
        QVERIFY(readBack(laptop.vault(), first.id) == photo);
        QVERIFY(readBack(laptop.vault(), second.id) == photo);
    }

    void emptyAttachmentTravels()
    {
        Office office;
        TempVault laptop;
        auto local = attach(laptop.vault(), QByteArray());
        QVERIFY(local);
        auto result = run(laptop.vault(), options(office, true));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QVERIFY(office.blobs.blobs.value(hashOf(QByteArray())).complete);

        TempVault colleague;
        auto pulled = run(colleague.vault(), options(office, true));
        QVERIFY2(pulled, qPrintable(detailOf(pulled)));
        QCOMPARE(*AttachmentRepository(colleague.vault()).hasContent(local->id), true);
    }

    void restoredAttachmentFetchesItsContentAgain()
    {
        Office office;
        TempVault laptop;
        const QByteArray photo = content(MiB + 3, 16);
        auto local = attach(laptop.vault(), photo);
        QVERIFY(local);
        QVERIFY(run(laptop.vault(), options(office, true)));
        // Deleted (its content goes with it), then brought back.
        QVERIFY(AttachmentRepository(laptop.vault()).remove(local->id));
        QVERIFY(laptop.vault().changes().restore(QStringLiteral("attachment"), local->id));
        AttachmentRepository repository(laptop.vault());
        QCOMPARE(*repository.hasContent(local->id), false);
        QCOMPARE(repository.missingContent()->size(), 1);
        QCOMPARE(repository.pendingUploads()->size(), 0);
        auto result = run(laptop.vault(), options(office, false));
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->attachmentsReceived, 1);
        QVERIFY(readBack(laptop.vault(), local->id) == photo);
    }

    void migrationKnowsWhichContentIsHere()
    {
        // A vault of schema 3: one attachment made here, one that arrived by sync without content.
        TempVault laptop;
        auto local = attach(laptop.vault(), content(4000, 14));
        QVERIFY(local);
        TempVault other;
        auto remote = attach(other.vault(), content(5000, 15));
        QVERIFY(remote);
        QVERIFY(sync::applyRemoteBatch(laptop.vault(), *pendingBatch(other.vault(), 100)));
        QVERIFY(laptop.vault().database().exec(
            QStringLiteral("DROP TABLE attachment_content; PRAGMA user_version = 3")));
        QVERIFY(laptop.reopen());

        AttachmentRepository repository(laptop.vault());
        QCOMPARE(*repository.hasContent(local->id), true);
        QCOMPARE(*repository.hasContent(remote->id), false);
        QCOMPARE(repository.missingContent()->size(), 1);
        QCOMPARE(repository.missingContent()->first().id, remote->id);
        Status read;
        (void)readBack(laptop.vault(), remote->id, &read);
        QCOMPARE(read.error().code, ErrorCode::NotFound);
        QVERIFY(readBack(laptop.vault(), local->id) == content(4000, 14));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentSync)
#include "tst_attachmentsync.moc"
