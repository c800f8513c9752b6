// Attachment content at the office (docs/sync-protocol.md, "Attachments"; docs/office-service.md,
// "Attachment content"): uploads in chunks that resume at the office's offset, a hash check on
// the last byte, downloads in chunks, and access only through an attachment of one's own team.
// Each rule is checked on OfficeService and, where the status code is the contract, over HTTP.
#include "../office/officetestsupport.h"

#include "server/http/httpserver.h"
#include "server/officeroutes.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

using namespace schouw;
using namespace schouw::server;
using schouw::test::TestOffice;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Reproducible bytes that do not compress or repeat.
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

wire::WireChange change(const Principal &who, const QString &entity, const QString &entityId,
                        const QJsonObject &fields)
{
    wire::WireChange c;
    c.changeId = wireUuid(uuid());
    c.entity = entity.toStdString();
    c.entityId = wireUuid(entityId);
    c.op = 0;
    c.fieldsJson = QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString();
    c.authorId = wireUuid(who.userId);
    c.deviceId = who.deviceId.toStdString();
    c.hlc = 42;
    return c;
}

struct Reply
{
    int status = 0; // 0: no complete answer
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

// One HTTP/1.1 request on a fresh connection, blocking; `announce` overrides Content-Length.
Reply request(quint16 port, const QByteArray &method, const QByteArray &target,
              const QByteArray &token, const QByteArray &body = {},
              std::optional<qint64> announce = std::nullopt)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    Reply reply;
    if (!socket.waitForConnected(3000))
        return reply;
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    if (method == "PUT")
        head += "Content-Type: application/octet-stream\r\nContent-Length: " +
            QByteArray::number(announce.value_or(body.size())) + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState &&
            socket.bytesAvailable() == 0)
            break;
        buffer += socket.readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        QMap<QByteArray, QByteArray> headers;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qint64 length = headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            continue;
        reply.status = lines.value(0).trimmed().split(' ').value(1).toInt();
        reply.headers = headers;
        reply.body = buffer.mid(headEnd + 4, length);
        return reply;
    }
    return reply;
}

} // namespace

class TestOfficeBlobs : public QObject
{
    Q_OBJECT

private:
    // Two teams, each with a provider; an attachment of team north names `photo`.
    struct World
    {
        TestOffice office;
        QString north;
        QString south;
        QString providerNorth;
        QString providerSouth;
        TokenPair ingeTokens;
        Principal inge; // north, device d1
        Principal tom; // north team lead, device d2
        Principal sanne; // south, device s1
        TokenPair sanneTokens;
        Principal bram; // administrator
        TokenPair bramTokens;
        QByteArray photo;
        QString photoHash;
        quint32 seed = 7;
        std::unique_ptr<HttpServer> http;

        World()
        {
            north = office.addTeam(QStringLiteral("Noord"));
            south = office.addTeam(QStringLiteral("Zuid"));
            providerNorth = office.addProvider(QStringLiteral("Noord Zorg"));
            providerSouth = office.addProvider(QStringLiteral("Zuid Zorg"));
            office.assign(north, providerNorth);
            office.assign(south, providerSouth);
            office.addUser(QStringLiteral("inge"), north, Role::Inspector);
            office.addUser(QStringLiteral("tom"), north, Role::TeamLead);
            office.addUser(QStringLiteral("sanne"), south, Role::Inspector);
            office.addUser(QStringLiteral("bram"), {}, Role::Administrator);
            ingeTokens = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
            inge = office.principal(ingeTokens);
            tom = office.principal(office.login(QStringLiteral("tom"), QStringLiteral("d2")));
            sanneTokens = office.login(QStringLiteral("sanne"), QStringLiteral("s1"));
            sanne = office.principal(sanneTokens);
            bramTokens = office.login(QStringLiteral("bram"), QStringLiteral("a1"));
            bram = office.principal(bramTokens);
        }

        // A photo of 2.5 MiB that no test used before, attached by inge.
        void renew()
        {
            photo = content(2 * MiB + 512 * 1024, ++seed);
            photoHash = hashOf(photo);
            if (!attach(inge, providerNorth, photoHash, photo.size()))
                qFatal("the attachment record was refused");
        }

        // A visit, a finding and an attachment of it naming `hash`, pushed by `who`.
        bool attach(const Principal &who, const QString &provider, const QString &hash, qint64 size)
        {
            const QString visitId = uuid();
            const QString findingId = uuid();
            wire::ChangeBatch batch;
            batch.changes = {
                change(who, QStringLiteral("visit"), visitId,
                       {{QStringLiteral("provider_id"), provider},
                        {QStringLiteral("type"), QStringLiteral("unannounced")}}),
                change(who, QStringLiteral("observation"), findingId,
                       {{QStringLiteral("visit_id"), visitId},
                        {QStringLiteral("text"), QStringLiteral("Foto van de medicijnkar.")},
                        {QStringLiteral("source"), QStringLiteral("observation")},
                        {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T09:00:00Z")}}),
                change(who, QStringLiteral("attachment"), uuid(),
                       {{QStringLiteral("owner_id"), findingId},
                        {QStringLiteral("file_name"), QStringLiteral("kar.jpg")},
                        {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("sha256"), hash},
                        {QStringLiteral("created_at"), QStringLiteral("2026-01-05T09:01:00Z")}}),
            };
            return bool(office.service->push(who, batch));
        }

        // Uploads `bytes` for `hash` from offset in chunks of `chunk` bytes, declaring `size`
        // (default: all of bytes).
        std::expected<BlobState, BlobRefusal> upload(const Principal &who, const QString &hash,
                                                     const QByteArray &bytes, qint64 from = 0,
                                                     qint64 chunk = MiB, qint64 size = -1)
        {
            std::expected<BlobState, BlobRefusal> last = BlobState {};
            for (qint64 offset = from; offset < bytes.size(); offset += chunk) {
                last = office.service->putBlobChunk(
                    who, hash, offset, size < 0 ? bytes.size() : size, bytes.mid(offset, chunk));
                if (!last)
                    return last;
            }
            return last;
        }

        std::optional<BlobRecord> stored(const QString &hash)
        {
            std::optional<BlobRecord> record;
            (void)office.service->store().read([&](StoreSession &session) -> Status {
                auto found = session.findBlob(hash);
                if (!found)
                    return std::unexpected(found.error());
                record = *found;
                return {};
            });
            return record;
        }

        quint16 serve()
        {
            if (http)
                return http->port();
            HttpServerOptions options;
            options.threads = 2;
            http = std::make_unique<HttpServer>(options, officeRoutes(*office.service));
            if (!http->start())
                qFatal("the HTTP server did not start");
            return http->port();
        }
    };

    static QByteArray target(const char *path, const QString &hash, const QString &more = {})
    {
        return QByteArray(path) + "?sha256=" + hash.toLatin1() +
            (more.isEmpty() ? QByteArray() : '&' + more.toLatin1());
    }

    // One office for all cases (each login costs a password hash); every case has its own photo.
    std::unique_ptr<World> m_world;

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<World>(); }
    void init() { m_world->renew(); }
    void cleanupTestCase() { m_world.reset(); }

    void uploadInChunksThenDownloadInChunks()
    {
        World &w = *m_world;
        auto before = w.office.service->blobStatus(w.inge, w.photoHash);
        QVERIFY(before);
        QCOMPARE(before->received, 0);
        QVERIFY(!before->complete);

        // Three chunks: 1 MiB, 1 MiB, 512 KiB; only the last completes.
        auto first = w.office.service->putBlobChunk(w.inge, w.photoHash, 0, w.photo.size(),
                                                    w.photo.left(MiB));
        QVERIFY(first);
        QCOMPARE(first->received, MiB);
        QVERIFY(!first->complete);
        auto rest = w.upload(w.inge, w.photoHash, w.photo, MiB);
        QVERIFY(rest);
        QVERIFY(rest->complete);
        QCOMPARE(rest->received, w.photo.size());

        // Tom, on another laptop of the team, reads it back in pieces of 700 KB.
        QByteArray back;
        BlobState state;
        while (back.size() < w.photo.size()) {
            auto piece =
                w.office.service->readBlobChunk(w.tom, w.photoHash, back.size(), 700'000, &state);
            QVERIFY(piece);
            QVERIFY(!piece->isEmpty());
            QVERIFY(piece->size() <= 700'000);
            back += *piece;
        }
        QCOMPARE(state.size, w.photo.size());
        QCOMPARE(hashOf(back), w.photoHash);
        QVERIFY(back == w.photo);
        // A chunk over 1 MiB is not handed out, nor a piece past the end.
        QCOMPARE(w.office.service->readBlobChunk(w.tom, w.photoHash, 0, MiB + 1).error().failure,
                 BlobFailure::Invalid);
        QCOMPARE(
            w.office.service->readBlobChunk(w.tom, w.photoHash, w.photo.size(), 10).error().failure,
            BlobFailure::Invalid);
    }

    void uploadResumesAtTheOfficesOffset()
    {
        World &w = *m_world;
        QVERIFY(w.office.service->putBlobChunk(w.inge, w.photoHash, 0, w.photo.size(),
                                               w.photo.left(MiB)));
        // The connection broke here. The next sync asks where to go on.
        auto status = w.office.service->blobStatus(w.inge, w.photoHash);
        QVERIFY(status);
        QCOMPARE(status->received, MiB);
        QCOMPARE(status->size, w.photo.size());
        QVERIFY(!status->complete);
        // Downloads wait until the content is complete.
        QCOMPARE(w.office.service->readBlobChunk(w.tom, w.photoHash, 0, 100).error().failure,
                 BlobFailure::Incomplete);
        auto done = w.upload(w.inge, w.photoHash, w.photo, status->received);
        QVERIFY(done);
        QVERIFY(done->complete);
        auto record = w.stored(w.photoHash);
        QVERIFY(record && record->complete);
        QCOMPARE(record->received, w.photo.size());
    }

    void wrongOffsetIsRefusedWithTheReceivedCount()
    {
        World &w = *m_world;
        QVERIFY(w.office.service->putBlobChunk(w.inge, w.photoHash, 0, w.photo.size(),
                                               w.photo.left(MiB)));
        for (qint64 offset : {qint64(0), 2 * MiB, MiB - 1}) {
            auto refused = w.office.service->putBlobChunk(w.inge, w.photoHash, offset,
                                                          w.photo.size(), w.photo.mid(offset, 10));
            QVERIFY(!refused);
            QCOMPARE(refused.error().failure, BlobFailure::OffsetMismatch);
            QCOMPARE(refused.error().received, MiB);
        }
        QCOMPARE(w.stored(w.photoHash)->received, MiB); // nothing of them stored

        // Over HTTP: 409 from the head alone, with the count to resume at.
        const quint16 port = w.serve();
        const Reply reply = request(port, "PUT",
                                    target("/v1/blobs", w.photoHash,
                                           QStringLiteral("offset=0&size=%1").arg(w.photo.size())),
                                    w.ingeTokens.accessToken.toLatin1(), w.photo.left(1000));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.error(), QStringLiteral("offset_mismatch"));
        QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), MiB);
        // The right offset goes through.
        const Reply next =
            request(port, "PUT",
                    target("/v1/blobs", w.photoHash,
                           QStringLiteral("offset=%1&size=%2").arg(MiB).arg(w.photo.size())),
                    w.ingeTokens.accessToken.toLatin1(), w.photo.mid(MiB, MiB));
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value(QStringLiteral("received")).toInteger(), 2 * MiB);
        QCOMPARE(next.json().value(QStringLiteral("complete")).toBool(), false);
    }

    void hashMismatchKeepsNothing()
    {
        World &w = *m_world;
        // Bytes of the right size that are not the photo.
        QByteArray forged = w.photo;
        forged[qsizetype(w.photo.size() - 1)] = char(forged.at(w.photo.size() - 1) ^ 0x01);
        auto first = w.upload(w.inge, w.photoHash, forged.left(2 * MiB), 0, MiB, forged.size());
        QVERIFY(first);
        QVERIFY(!first->complete);
        auto last = w.office.service->putBlobChunk(w.inge, w.photoHash, 2 * MiB, forged.size(),
                                                   forged.mid(2 * MiB));
        QVERIFY(!last);
        QCOMPARE(last.error().failure, BlobFailure::HashMismatch);
        QVERIFY(!w.stored(w.photoHash)); // record and every chunk gone
        auto status = w.office.service->blobStatus(w.inge, w.photoHash);
        QCOMPARE(status->received, 0);

        // Over HTTP a one-chunk attachment: 422 hash_mismatch, and nothing kept.
        const quint16 port = w.serve();
        const QByteArray small = content(1000, 1009);
        const QString smallHash = hashOf(small);
        QVERIFY(w.attach(w.inge, w.providerNorth, smallHash, small.size()));
        const Reply reply = request(
            port, "PUT", target("/v1/blobs", smallHash, QStringLiteral("offset=0&size=1000")),
            w.ingeTokens.accessToken.toLatin1(), content(1000, 1010));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("hash_mismatch"));
        QVERIFY(!w.stored(smallHash));
        // The true bytes afterwards are accepted.
        const Reply good = request(
            port, "PUT", target("/v1/blobs", smallHash, QStringLiteral("offset=0&size=1000")),
            w.ingeTokens.accessToken.toLatin1(), small);
        QCOMPARE(good.status, 200);
        QCOMPARE(good.json().value(QStringLiteral("complete")).toBool(), true);
    }

    void otherTeamIsRefusedAndLearnsNothing()
    {
        World &w = *m_world;
        QVERIFY(w.upload(w.inge, w.photoHash, w.photo));
        const QString unknownHash = hashOf(QByteArrayLiteral("no such content"));

        // Sanne (team south) gets the same answer for the existing photo and for nothing at all.
        for (const QString &hash : {w.photoHash, unknownHash}) {
            QCOMPARE(w.office.service->blobStatus(w.sanne, hash).error().failure,
                     BlobFailure::NotFound);
            QCOMPARE(w.office.service->readBlobChunk(w.sanne, hash, 0, 100).error().failure,
                     BlobFailure::NotFound);
            QCOMPARE(w.office.service->putBlobChunk(w.sanne, hash, 0, 3, "abc").error().failure,
                     BlobFailure::NotFound);
        }
        // An upload of hers for the team's photo stores nothing.
        QCOMPARE(w.stored(w.photoHash)->size, w.photo.size());

        // Over HTTP, byte for byte the same answers; an upload is refused before its body.
        const quint16 port = w.serve();
        const QByteArray token = w.sanneTokens.accessToken.toLatin1();
        QList<Reply> answers;
        for (const QString &hash : {w.photoHash, unknownHash}) {
            answers << request(port, "GET", target("/v1/blobs/status", hash), token);
            answers << request(port, "GET",
                               target("/v1/blobs", hash, QStringLiteral("offset=0&length=100")),
                               token);
            answers << request(
                port, "PUT",
                target("/v1/blobs", hash, QStringLiteral("offset=0&size=%1").arg(w.photo.size())),
                token, w.photo.left(1000));
        }
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(answers.at(i).status, 404);
            QCOMPARE(answers.at(i).error(), QStringLiteral("not_found"));
            QCOMPARE(answers.at(i).body, answers.at(i + 3).body);
            QVERIFY(!answers.at(i).body.contains(w.photoHash.toLatin1()));
        }
        // Without a token: 401 before anything.
        QCOMPARE(request(port, "GET", target("/v1/blobs/status", w.photoHash), {}).status, 401);
    }

    void administratorIsRefused()
    {
        World &w = *m_world;
        QVERIFY(w.upload(w.inge, w.photoHash, w.photo));
        QCOMPARE(w.office.service->blobStatus(w.bram, w.photoHash).error().failure,
                 BlobFailure::Forbidden);
        QCOMPARE(w.office.service->readBlobChunk(w.bram, w.photoHash, 0, 100).error().failure,
                 BlobFailure::Forbidden);
        QCOMPARE(w.office.service->putBlobChunk(w.bram, w.photoHash, 0, 3, "abc").error().failure,
                 BlobFailure::Forbidden);
        const quint16 port = w.serve();
        const Reply reply = request(
            port, "GET", target("/v1/blobs", w.photoHash, QStringLiteral("offset=0&length=9")),
            w.bramTokens.accessToken.toLatin1());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.error(), QStringLiteral("forbidden"));
        QVERIFY(reply.body.size() < 200); // an error, not content
    }

    void oversizedIsRefused()
    {
        World &w = *m_world;
        const qint64 tooBig = OfficeService::maxBlobBytes() + 1;
        QCOMPARE(w.office.service
                     ->checkBlobUpload(w.inge, w.photoHash, 0, tooBig, std::optional<qint64>(10))
                     .error()
                     .failure,
                 BlobFailure::TooLarge);
        QCOMPARE(
            w.office.service->putBlobChunk(w.inge, w.photoHash, 0, tooBig, "abc").error().failure,
            BlobFailure::TooLarge);

        const quint16 port = w.serve();
        const QByteArray token = w.ingeTokens.accessToken.toLatin1();
        // A declared size over 50 MiB: 413 from the head.
        Reply reply = request(
            port, "PUT",
            target("/v1/blobs", w.photoHash, QStringLiteral("offset=0&size=%1").arg(tooBig)), token,
            w.photo.left(100));
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.error(), QStringLiteral("too_large"));
        // A chunk announced over 1 MiB: 413 before a body byte is read (none is sent here).
        QElapsedTimer timer;
        timer.start();
        reply = request(port, "PUT",
                        target("/v1/blobs", w.photoHash,
                               QStringLiteral("offset=0&size=%1").arg(w.photo.size())),
                        token, {}, MiB + 1);
        QCOMPARE(reply.status, 413);
        QVERIFY2(timer.elapsed() < 2000, "refused from the head, not after a timeout");
        QVERIFY(!w.stored(w.photoHash));
    }

    void secondUploadOfCompleteContentIsANoOp()
    {
        World &w = *m_world;
        QVERIFY(w.upload(w.inge, w.photoHash, w.photo));
        // Tom's laptop has the same photo: the office already has it, nothing is stored again.
        auto check = w.office.service->checkBlobUpload(w.tom, w.photoHash, 0, w.photo.size(),
                                                       std::optional<qint64>(MiB));
        QVERIFY(check);
        QVERIFY(check->complete);
        auto again = w.upload(w.tom, w.photoHash, w.photo);
        QVERIFY(again);
        QVERIFY(again->complete);
        QCOMPARE(w.stored(w.photoHash)->received, w.photo.size());

        // Over HTTP: 200 from the head, the body is not needed.
        const quint16 port = w.serve();
        const Reply reply = request(port, "PUT",
                                    target("/v1/blobs", w.photoHash,
                                           QStringLiteral("offset=0&size=%1").arg(w.photo.size())),
                                    w.ingeTokens.accessToken.toLatin1(), w.photo.left(MiB));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), w.photo.size());
    }

    void downloadOverHttpInChunks()
    {
        World &w = *m_world;
        QVERIFY(w.upload(w.inge, w.photoHash, w.photo));
        const quint16 port = w.serve();
        const QByteArray token = w.ingeTokens.accessToken.toLatin1();
        const Reply status = request(port, "GET", target("/v1/blobs/status", w.photoHash), token);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(status.json().value(QStringLiteral("size")).toInteger(), w.photo.size());
        QByteArray back;
        while (back.size() < w.photo.size()) {
            const Reply piece =
                request(port, "GET",
                        target("/v1/blobs", w.photoHash,
                               QStringLiteral("offset=%1&length=%2").arg(back.size()).arg(MiB)),
                        token);
            QCOMPARE(piece.status, 200);
            QCOMPARE(piece.headers.value("content-type"), QByteArray("application/octet-stream"));
            QCOMPARE(piece.headers.value("schouw-blob-size").toLongLong(), w.photo.size());
            QVERIFY(piece.body.size() == std::min(MiB, w.photo.size() - back.size()));
            back += piece.body;
        }
        QCOMPARE(hashOf(back), w.photoHash);
        // Bad parameters are malformed.
        QCOMPARE(request(port, "GET",
                         target("/v1/blobs", w.photoHash, QStringLiteral("offset=0&length=0")),
                         token)
                     .status,
                 400);
        QCOMPARE(request(port, "GET", "/v1/blobs/status?sha256=ABC", token).status, 400);
    }

    void attachmentWithABadHashIsRefused()
    {
        World &w = *m_world;
        QVERIFY(!w.attach(w.inge, w.providerNorth, QStringLiteral("not-a-hash"), 10));
        QVERIFY(!w.attach(w.inge, w.providerNorth, w.photoHash.toUpper(), 10));
    }
};

QTEST_GUILESS_MAIN(TestOfficeBlobs)
#include "tst_officeblobs.moc"
