// Integration: attachment content between laptops through a real schouw-server on loopback
// (docs/sync-client.md, "Attachments"). A photo of about 3 MiB added to a finding on one laptop
// reaches another laptop of the team byte for byte; an upload cancelled after its first chunk
// resumes at the office's count; a laptop of another team and an administrator never get the
// content; a download damaged on the way is refused and not stored.
#include "officeserverprocess.h"
#include "scriptedoffice.h"
#include "syncdriver.h"
#include "testvault.h"

#include "domain/id.h"
#include "domain/records.h"
#include "sync/client/syncrun.h"
#include "vault/attachmentrepository.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace schouw;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-bijlagen-2026");
constexpr qint64 MiB = 1024 * 1024;

QByteArray photoBytes(qint64 size, quint32 seed)
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

struct Laptop
{
    test::TempVault vault;
    QString user;
    QUrl server;

    Result<sync::SyncSummary>
    sync(bool firstLogin,
         const std::function<void(sync::SyncRun &, const sync::SyncProgress &)> &onProgress = {})
    {
        sync::SyncOptions options =
            firstLogin ? test::loginOptions(server, user, DemoPassword) : sync::SyncOptions {};
        options.timeout = std::chrono::seconds(20);
        if (!onProgress)
            return test::syncAndWait(vault.vault(), std::move(options));
        sync::SyncRun run(vault.vault(), std::move(options));
        std::optional<Result<sync::SyncSummary>> outcome;
        QEventLoop loop;
        QObject::connect(&run, &sync::SyncRun::progress, &run,
                         [&run, &onProgress](const sync::SyncProgress &p) { onProgress(run, p); });
        QObject::connect(&run, &sync::SyncRun::finished, &loop,
                         [&](const Result<sync::SyncSummary> &result) {
                             outcome = result;
                             loop.quit();
                         });
        run.start();
        if (!outcome)
            loop.exec();
        return *outcome;
    }

    QByteArray read(const Id &id, Status *status = nullptr)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const Status done = AttachmentRepository(vault.vault()).read(id, out);
        if (status)
            *status = done;
        return done ? out.data() : QByteArray();
    }
};

struct Answer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    QByteArray header(const char *name) const
    {
        for (const auto &[key, value] : headers)
            if (key == name)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One blocking HTTP/1.1 exchange with the server on its own connection. Blocking on purpose: the
// tampering proxy below calls it from inside its handler, where a nested event loop would run
// the client under test.
Answer exchange(quint16 port, const QByteArray &method, const QByteArray &target,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return answer;
    QByteArray head =
        method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (method != "GET")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(head + "\r\n" + body);
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20'000) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(50);
        socket.waitForReadyRead(50);
        buffer += socket.readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        answer.headers.clear();
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            answer.headers << qMakePair(name, value);
        }
        if (buffer.size() < headEnd + 4 + length) {
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
                break;
            continue;
        }
        answer.status = lines.value(0).trimmed().split(' ').value(1).toInt();
        answer.body = buffer.mid(headEnd + 4, length);
        return answer;
    }
    return {};
}

QByteArray loginToken(quint16 port, const QString &user)
{
    const QJsonObject body {{QStringLiteral("user"), user},
                            {QStringLiteral("password"), DemoPassword},
                            {QStringLiteral("deviceId"), newId().toString()},
                            {QStringLiteral("deviceName"), QStringLiteral("integration test")}};
    const Answer answer =
        exchange(port, "POST", "/v1/auth/login", {{"Content-Type", "application/json"}},
                 QJsonDocument(body).toJson(QJsonDocument::Compact));
    return answer.json().value(QStringLiteral("accessToken")).toString().toLatin1();
}

} // namespace

class TestAttachmentIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void photoReachesTheTeam();
    void cancelledUploadResumesAtTheOfficesCount();
    void otherTeamAndAdministratorNeverGetTheContent();
    void damagedDownloadIsRefusedAndNotStored();

private:
    // A visit with one finding on `laptop`, and a photo of `size` bytes attached to the finding.
    [[nodiscard]] Attachment photoOnNewFinding(Laptop &laptop, const QByteArray &bytes);
    [[nodiscard]] Answer blobStatus(const QByteArray &token, const QString &hash);

    std::unique_ptr<test::OfficeServerProcess> m_server;
    std::unique_ptr<Laptop> m_inspector; // Team Noord
    std::unique_ptr<Laptop> m_teamLead; // Team Noord
    QByteArray m_photo;
    Attachment m_attachment;
};

void TestAttachmentIntegration::initTestCase()
{
    m_server = std::make_unique<test::OfficeServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY2(!m_server->seed(DemoPassword).isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_inspector = std::make_unique<Laptop>();
    m_inspector->user = QStringLiteral("inspecteur");
    m_inspector->server = m_server->url();
    m_teamLead = std::make_unique<Laptop>();
    m_teamLead->user = QStringLiteral("teamleider");
    m_teamLead->server = m_server->url();
    for (Laptop *laptop : {m_inspector.get(), m_teamLead.get()}) {
        auto first = laptop->sync(true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    }
}

Attachment TestAttachmentIntegration::photoOnNewFinding(Laptop &laptop, const QByteArray &bytes)
{
    Vault &vault = laptop.vault.vault();
    Visit visit;
    visit.id = newId();
    visit.providerId = Id::fromString(test::firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    visit.frameworkId = Id::fromString(
        test::firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
    visit.startedAt = QDateTime::currentDateTimeUtc();
    visit.memberIds = {vault.currentUserId()};
    if (visit.providerId.isNull() || !VisitRepository(vault).add(visit))
        return {};
    Observation finding;
    finding.id = newId();
    finding.visitId = visit.id;
    finding.text = QStringLiteral("Medicijnkar onbeheerd op de gang, zie foto.");
    finding.authorId = vault.currentUserId();
    finding.observedAt = QDateTime::currentDateTimeUtc();
    if (!ObservationRepository(vault).add(finding))
        return {};
    Attachment attachment;
    attachment.id = newId();
    attachment.ownerId = finding.id;
    attachment.fileName = QStringLiteral("medicijnkar.jpg");
    attachment.mimeType = QStringLiteral("image/jpeg");
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto added = AttachmentRepository(vault).add(attachment, buffer);
    return added ? *added : Attachment {};
}

Answer TestAttachmentIntegration::blobStatus(const QByteArray &token, const QString &hash)
{
    return exchange(m_server->port(), "GET", "/v1/blobs/status?sha256=" + hash.toLatin1(),
                    {{"Authorization", "Bearer " + token}}, {});
}

void TestAttachmentIntegration::photoReachesTheTeam()
{
    m_photo = photoBytes(3 * MiB + 123'457, 2026);
    m_attachment = photoOnNewFinding(*m_inspector, m_photo);
    QVERIFY(!m_attachment.id.isNull());
    auto sent = m_inspector->sync(false);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().detail));
    QCOMPARE(sent->attachmentsSent, 1);
    QVERIFY(sent->bytesSent > m_photo.size());

    auto received = m_teamLead->sync(false);
    QVERIFY2(received, qPrintable(received ? QString() : received.error().detail));
    QCOMPARE(received->attachmentsReceived, 1);
    QVERIFY(received->bytesReceived > m_photo.size());
    const QByteArray back = m_teamLead->read(m_attachment.id);
    QCOMPARE(back.size(), m_photo.size());
    QVERIFY(back == m_photo);
    // Nothing more to move either way.
    auto quiet = m_teamLead->sync(false);
    QVERIFY(quiet);
    QCOMPARE(quiet->attachmentsSent + quiet->attachmentsReceived, 0);
}

void TestAttachmentIntegration::cancelledUploadResumesAtTheOfficesCount()
{
    const QByteArray photo = photoBytes(3 * MiB, 2027);
    const Attachment attachment = photoOnNewFinding(*m_inspector, photo);
    QVERIFY(!attachment.id.isNull());
    // Cancelled the moment the office acknowledged the first chunk.
    auto interrupted =
        m_inspector->sync(false, [](sync::SyncRun &run, const sync::SyncProgress &p) {
            if (p.attachmentBytesSent >= MiB)
                run.cancel();
        });
    QVERIFY(!interrupted);
    QCOMPARE(interrupted.error().code, ErrorCode::Network);

    const QByteArray token = loginToken(m_server->port(), QStringLiteral("inspecteur"));
    QVERIFY(!token.isEmpty());
    Answer status = blobStatus(token, hashOf(photo));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(QStringLiteral("received")).toInteger(), MiB);
    QCOMPARE(status.json().value(QStringLiteral("complete")).toBool(), false);

    auto resumed = m_inspector->sync(false);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().detail));
    QCOMPARE(resumed->attachmentsSent, 1);
    qInfo("resumed upload: %lld bytes sent for the %lld bytes after the office's count",
          qlonglong(resumed->bytesSent), qlonglong(photo.size() - MiB));
    // Two chunks and the protocol's own bytes; the first mebibyte did not go again.
    QVERIFY2(resumed->bytesSent >= 2 * MiB && resumed->bytesSent < 2 * MiB + 64 * 1024,
             qPrintable(QString::number(resumed->bytesSent)));
    status = blobStatus(token, hashOf(photo));
    QCOMPARE(status.json().value(QStringLiteral("complete")).toBool(), true);

    QVERIFY(m_teamLead->sync(false));
    QVERIFY(m_teamLead->read(attachment.id) == photo);
}

void TestAttachmentIntegration::otherTeamAndAdministratorNeverGetTheContent()
{
    QVERIFY2(!m_attachment.id.isNull(), "needs photoReachesTheTeam");
    Laptop outsider;
    outsider.user = QStringLiteral("inspecteur2"); // Team Zuid
    outsider.server = m_server->url();
    auto synced = outsider.sync(true);
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().detail));
    QCOMPARE(synced->attachmentsReceived, 0);
    QCOMPARE(
        test::firstValue(outsider.vault.vault(), QStringLiteral("SELECT count(*) FROM attachment")),
        QStringLiteral("0"));
    QCOMPARE(test::firstValue(outsider.vault.vault(),
                              QStringLiteral("SELECT count(*) FROM attachment_chunk")),
             QStringLiteral("0"));

    // Straight at the routes, with the hash in hand: the same 404 as for content that does not
    // exist, and no byte of the photo.
    const QString hash = hashOf(m_photo);
    const QString nothing = hashOf(QByteArrayLiteral("nothing"));
    const QByteArray token = loginToken(m_server->port(), outsider.user);
    QVERIFY(!token.isEmpty());
    const Answer status = blobStatus(token, hash);
    QCOMPARE(status.status, 404);
    QCOMPARE(status.body, blobStatus(token, nothing).body);
    const Answer download = exchange(
        m_server->port(), "GET", "/v1/blobs?sha256=" + hash.toLatin1() + "&offset=0&length=1024",
        {{"Authorization", "Bearer " + token}}, {});
    QCOMPARE(download.status, 404);
    QVERIFY(!download.body.contains(m_photo.left(16)));

    const QByteArray admin = loginToken(m_server->port(), QStringLiteral("beheerder"));
    QVERIFY(!admin.isEmpty());
    const Answer refused = exchange(m_server->port(), "GET",
                                    "/v1/blobs?sha256=" + hash.toLatin1() + "&offset=0&length=1024",
                                    {{"Authorization", "Bearer " + admin}}, {});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
}

void TestAttachmentIntegration::damagedDownloadIsRefusedAndNotStored()
{
    QVERIFY2(!m_attachment.id.isNull(), "needs photoReachesTheTeam");
    // A proxy in front of the office that flips one bit in every downloaded chunk.
    test::ScriptedOffice proxy;
    QVERIFY(proxy.listen());
    const quint16 port = m_server->port();
    proxy.setHandler([port](const test::HttpRequest &request) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const char *name : {"authorization", "content-type", "accept"})
            if (!request.header(name).isEmpty())
                headers << qMakePair(QByteArray(name), request.header(name));
        QByteArray target = request.path;
        if (!request.query.isEmpty())
            target += '?' + request.query.toString(QUrl::FullyEncoded).toLatin1();
        const Answer answer = exchange(port, request.method, target, headers, request.body);
        test::HttpResponse response;
        response.status = answer.status == 0 ? 502 : answer.status;
        response.body = answer.body;
        for (const auto &[name, value] : answer.headers)
            if (name == "content-type" || name.startsWith("schouw-") || name == "retry-after")
                response.headers << qMakePair(name, value);
        if (request.path == "/v1/blobs" && request.method == "GET" && !response.body.isEmpty())
            response.body[response.body.size() / 3] =
                char(response.body.at(response.body.size() / 3) ^ 0x10);
        return response;
    });

    Laptop family;
    family.user = QStringLiteral("familie"); // Team Noord
    family.server = proxy.url();
    auto damaged = family.sync(true);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::InvalidInput);
    // The record is there, its content is not: not readable, no byte of it kept.
    AttachmentRepository repository(family.vault.vault());
    QVERIFY(repository.find(m_attachment.id)->has_value());
    QCOMPARE(*repository.hasContent(m_attachment.id), false);
    QCOMPARE(test::firstValue(family.vault.vault(),
                              QStringLiteral("SELECT count(*) FROM attachment_chunk WHERE "
                                             "attachment_id = '%1'")
                                  .arg(idText(m_attachment.id))),
             QStringLiteral("0"));
    Status read;
    (void)family.read(m_attachment.id, &read);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);

    // Straight to the office the next time: the true bytes arrive and are kept.
    family.server = m_server->url();
    auto healed = family.sync(true);
    QVERIFY2(healed, qPrintable(healed ? QString() : healed.error().detail));
    QVERIFY(family.read(m_attachment.id) == m_photo);
}

QTEST_GUILESS_MAIN(TestAttachmentIntegration)
#include "tst_attachmentintegration.moc"
