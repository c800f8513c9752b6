// Integration: hostile clients against the assembled schouw-server process (real configuration,
// real routes, the embedded store). tests/server/http checks the HTTP engine alone with routes of
// its own; this checks that the office's routes are wired to it so that a body is never read
// before its head passed the size limit and the token check, that the server's memory stays flat
// while gigabytes are announced or streamed at it, that slow-loris connections are cut by the
// configured head timeout while others are served, and that garbage batches from a logged-in user
// are refused quickly with nothing stored. The server keeps serving through all of it.
#include "officeserverprocess.h"
#include "syncdriver.h"
#include "testvault.h"

#include "domain/id.h"
#include "domain/records.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <functional>

using namespace schouw;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-misbruik-2026");
// Short, so the slow-loris case is quick; far below the default of 10 s it must be told from.
constexpr int HeadTimeoutMs = 1500;
constexpr qint64 MiB = 1024 * 1024;

// The resident memory of a process, in KiB; -1 if it cannot be read.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The running schouw-server child of this process. OfficeServerProcess does not expose its
// QProcess, so the child is found in /proc by parent and name.
qint64 serverPid()
{
    const QString me = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        const qsizetype open = line.indexOf('(');
        if (open < 0 || close < open)
            continue;
        const QByteArray comm = line.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (comm == "schouw-server" && QString::fromLatin1(rest.value(1)) == me)
            return pid;
    }
    return -1;
}

struct Reply
{
    int status = 0; // 0: no complete answer
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QByteArray error() const
    {
        return json().value(QLatin1String("error")).toString().toLatin1();
    }
};

// A raw HTTP/1.1 client that sends exactly the bytes it is given: slow, oversized or malformed.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = m_socket.waitForConnected(3000);
    }

    [[nodiscard]] bool connected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    // False once the connection is gone (the server closed it).
    bool send(const QByteArray &bytes)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0)
            if (!m_socket.waitForBytesWritten(3000))
                return false;
        return true;
    }

    // One answer; status 0 when none arrives within `timeoutMs` or the connection ends first.
    Reply read(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        Reply reply;
        qsizetype headEnd = -1;
        while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0)
            if (!fill(timer, timeoutMs))
                return reply;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.insert(line.left(colon).trimmed().toLower(),
                                     line.mid(colon + 1).trimmed());
        }
        const qsizetype length = reply.headers.value("content-length").toLongLong();
        while (m_buffer.size() < headEnd + 4 + length)
            if (!fill(timer, timeoutMs))
                return reply;
        reply.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        reply.status = lines.value(0).split(' ').value(1).toInt();
        return reply;
    }

    // Whether the server closes the connection within `timeoutMs` (what it sends is kept).
    bool closedByServer(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(50);
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    bool fill(const QElapsedTimer &timer, int timeoutMs)
    {
        if (m_socket.bytesAvailable() == 0) {
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0 || !m_socket.waitForReadyRead(left)) {
                m_buffer += m_socket.readAll();
                return false;
            }
        }
        m_buffer += m_socket.readAll();
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

struct Streamed
{
    bool connected = false;
    qint64 sent = 0; // body bytes the kernel took
    QByteArray answer; // what the server sent back
    bool closed = false; // the server ended the connection
};

// Sends `head`, then 64 KiB chunks as fast as the server takes them, until it answers or closes
// or `limit` bytes went out; `sample` runs after every MiB. A plain socket rather than QTcpSocket:
// the server closes at once after its 413 while the chunks still come, and QTcpSocket throws away
// what it had read when its next write fails.
Streamed streamChunked(quint16 port, const QByteArray &head, qint64 limit,
                       const std::function<void()> &sample)
{
    Streamed result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return result;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return result;
    }
    result.connected = true;
    constexpr qsizetype ChunkBytes = 64 * 1024;
    const QByteArray chunk =
        QByteArray::number(ChunkBytes, 16) + "\r\n" + QByteArray(ChunkBytes, 'x') + "\r\n";
    QByteArray pending = head;
    bool inBody = false;
    qint64 sinceSample = 0;
    char buffer[16384];
    for (;;) {
        pollfd poller {fd, POLLIN | POLLOUT, 0};
        if (::poll(&poller, 1, 5000) <= 0)
            break;
        if (poller.revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got > 0) {
                result.answer.append(buffer, got);
                continue;
            }
            if (got == 0 || errno != EAGAIN) {
                result.closed = true;
                break;
            }
        }
        if (!result.answer.isEmpty() || result.sent >= limit)
            continue; // answered: only read on, until the server closes
        if (poller.revents & POLLOUT) {
            if (pending.isEmpty()) {
                pending = chunk;
                inBody = true;
            }
            const ssize_t put = ::send(fd, pending.constData(), size_t(pending.size()),
                                       MSG_DONTWAIT | MSG_NOSIGNAL);
            if (put < 0) {
                if (errno == EAGAIN)
                    continue;
                // Refused further bytes: read what the server said before it closed.
                while (::poll(&poller, 1, 1000) > 0) {
                    const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                    if (got <= 0)
                        break;
                    result.answer.append(buffer, got);
                }
                result.closed = true;
                break;
            }
            if (inBody) {
                result.sent += put;
                sinceSample += put;
            }
            pending.remove(0, put);
            if (sinceSample >= MiB) {
                sinceSample = 0;
                sample();
            }
        }
    }
    ::close(fd);
    return result;
}

QByteArray pushHead(const QByteArray &token, const QByteArray &framing,
                    const QByteArray &type = "application/x-schouw-batch")
{
    QByteArray head =
        "POST /v1/sync/push HTTP/1.1\r\nHost: office\r\nContent-Type: " + type + "\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    return head + framing + "\r\n";
}

} // namespace

class TestServerAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unauthenticatedGigabyteRefusedFromTheHead();
    void unauthenticatedBodyNeverRead();
    void authenticatedGigabyteRefusedBeforeTheBody();
    void chunkedBodyCutAndMemoryFlat();
    void oversizedHeadRefused();
    void slowLorisCutWhileOthersAreServed();
    void garbageBatchesRefusedNothingStored_data();
    void garbageBatchesRefusedNothingStored();
    void stillServingAfterAllOfIt();

private:
    [[nodiscard]] QByteArray login(const QString &user);
    // The office's highest sequence number as a team member's pull reports it; -1 on failure.
    [[nodiscard]] qint64 officeLastSeq();
    [[nodiscard]] Reply send(const QByteArray &bytes, int timeoutMs = 5000);
    // Asserting helper: the server's memory now, in KiB.
    [[nodiscard]] qint64 serverResident() const { return residentKiB(m_pid); }

    std::unique_ptr<test::OfficeServerProcess> m_server;
    qint64 m_pid = -1;
    QByteArray m_token;
    QByteArray m_validBatch; // pending changes of a real vault, pushed last
    int m_validChanges = 0;
    qint64 m_startKiB = 0;
};

void TestServerAbuse::initTestCase()
{
    m_server = std::make_unique<test::OfficeServerProcess>(
        QStringLiteral("[server]\nheader_timeout_ms = %1\n").arg(HeadTimeoutMs));
    QVERIFY(m_server->isValid());
    QVERIFY2(!m_server->seed(DemoPassword).isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_pid = serverPid();
    QVERIFY(m_pid > 0);
    QVERIFY(serverResident() > 0);
    m_token = login(QStringLiteral("inspecteur"));
    QVERIFY(!m_token.isEmpty());

    // A real batch: a visit and findings from a vault that synced with this office.
    test::TempVault laptop;
    QVERIFY(laptop.isValid());
    auto first = test::syncAndWait(
        laptop.vault(),
        test::loginOptions(m_server->url(), QStringLiteral("inspecteur"), DemoPassword));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    Vault &vault = laptop.vault();
    Visit visit;
    visit.id = newId();
    visit.providerId = Id::fromString(test::firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    visit.frameworkId = Id::fromString(
        test::firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
    visit.startedAt = QDateTime::currentDateTimeUtc();
    visit.memberIds = {vault.currentUserId()};
    QVERIFY(VisitRepository(vault).add(visit));
    for (int i = 0; i < 5; ++i) {
        Observation finding;
        finding.id = newId();
        finding.visitId = visit.id;
        finding.text = QStringLiteral("Bevinding %1 uit een geldige batch.").arg(i);
        finding.authorId = vault.currentUserId();
        finding.observedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ObservationRepository(vault).add(finding));
    }
    auto batch = sync::pendingBatch(vault, 1000);
    QVERIFY(batch);
    m_validChanges = int(batch->changes.size());
    QVERIFY(m_validChanges >= 6);
    m_validBatch = wire::encodeBatch(*batch);
    QVERIFY(!m_validBatch.isEmpty());
    m_startKiB = serverResident();
    qInfo("server pid %lld, resident %lld KiB after start and seed", m_pid, m_startKiB);
}

QByteArray TestServerAbuse::login(const QString &user)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("user"), user},
                                   {QStringLiteral("password"), DemoPassword},
                                   {QStringLiteral("deviceId"), idText(newId())},
                                   {QStringLiteral("deviceName"), QStringLiteral("abuse test")}})
            .toJson(QJsonDocument::Compact);
    const Reply reply = send("POST /v1/auth/login HTTP/1.1\r\nHost: office\r\n"
                             "Content-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return reply.status == 200
        ? reply.json().value(QLatin1String("accessToken")).toString().toLatin1()
        : QByteArray();
}

qint64 TestServerAbuse::officeLastSeq()
{
    const Reply reply = send("GET /v1/sync/pull?after=0&limit=1 HTTP/1.1\r\nHost: office\r\n"
                             "Authorization: Bearer " +
                             m_token + "\r\n\r\n");
    bool ok = false;
    const qint64 seq = reply.headers.value("schouw-last-seq").toLongLong(&ok);
    return reply.status == 200 && ok ? seq : -1;
}

Reply TestServerAbuse::send(const QByteArray &bytes, int timeoutMs)
{
    RawClient client(m_server->port());
    if (!client.connected() || !client.send(bytes))
        return {};
    return client.read(timeoutMs);
}

void TestServerAbuse::unauthenticatedGigabyteRefusedFromTheHead()
{
    const qint64 before = serverResident();
    RawClient client(m_server->port());
    QVERIFY(client.connected());
    QElapsedTimer timer;
    timer.start();
    // The head and a few KB of a body announced as 1 GiB, without a token.
    QVERIFY(client.send(pushHead({}, "Content-Length: 1073741824\r\n") + QByteArray(4096, '\xff')));
    const Reply reply = client.read(5000);
    const qint64 answeredAfter = timer.elapsed();
    QVERIFY2(reply.status == 401 || reply.status == 413, qPrintable(QString::number(reply.status)));
    QVERIFY2(answeredAfter <= 2000, qPrintable(QString::number(answeredAfter)));
    QVERIFY(client.closedByServer(3000));
    const qint64 growth = serverResident() - before;
    qInfo("unauthenticated 1 GiB announced: %d in %lld ms; server RSS grew %lld KiB", reply.status,
          answeredAfter, growth);
    QVERIFY2(growth < 16 * 1024, qPrintable(QString::number(growth)));
}

void TestServerAbuse::unauthenticatedBodyNeverRead()
{
    // Under the push limit, so only the missing token can refuse it. Only the head is sent: a
    // server that read (or decoded) the body first would wait for 30 MiB that never come.
    for (const QByteArray &token : {QByteArray(), QByteArray("not-a-token-of-this-office")}) {
        RawClient client(m_server->port());
        QVERIFY(client.connected());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.send(pushHead(token, "Content-Length: 31457280\r\n")));
        const Reply reply = client.read(5000);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.error(), QByteArray("unauthenticated"));
        QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(client.closedByServer(3000));
    }
}

void TestServerAbuse::authenticatedGigabyteRefusedBeforeTheBody()
{
    RawClient client(m_server->port());
    QVERIFY(client.connected());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(pushHead(m_token, "Content-Length: 1073741824\r\n")));
    const Reply reply = client.read(5000);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.error(), QByteArray("too_large"));
    QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(client.closedByServer(3000));
}

void TestServerAbuse::chunkedBodyCutAndMemoryFlat()
{
    // A logged-in client streams a chunked body as fast as it can. It is cut at the 32 MiB push
    // limit with 413; the test opens connection after connection until 300 MB have gone out.
    const qint64 target = 300 * 1000 * 1000;
    qint64 total = 0;
    qint64 peakKiB = serverResident();
    int connections = 0;
    QStringList afterEach; // MiB resident after each connection
    QElapsedTimer timer;
    timer.start();
    while (total < target) {
        ++connections;
        const Streamed streamed =
            streamChunked(m_server->port(), pushHead(m_token, "Transfer-Encoding: chunked\r\n"),
                          64 * MiB, [&] { peakKiB = std::max(peakKiB, serverResident()); });
        QVERIFY2(streamed.connected, "no connection");
        const QList<QByteArray> statusLine =
            streamed.answer.left(streamed.answer.indexOf('\r')).split(' ');
        QVERIFY2(statusLine.value(1) == "413", streamed.answer.left(200).constData());
        QVERIFY(streamed.answer.contains(R"("error":"too_large")"));
        QVERIFY2(streamed.closed, "the server kept the connection open after the 413");
        // Cut at the limit, not before, and not long after (what the socket buffers held).
        QVERIFY2(streamed.sent >= 32 * MiB && streamed.sent < 48 * MiB,
                 qPrintable(QString::number(streamed.sent)));
        const qint64 nowKiB = serverResident();
        peakKiB = std::max(peakKiB, nowKiB);
        afterEach << QString::number(nowKiB / 1024);
        total += streamed.sent;
    }
    const qint64 endKiB = serverResident();
    qInfo("chunked: %lld MB in %d connections in %lld ms, each cut with 413; server RSS "
          "start %lld KiB, peak %lld KiB, end %lld KiB; MiB after each connection: %s",
          total / 1000 / 1000, connections, timer.elapsed(), m_startKiB, peakKiB, endKiB,
          qPrintable(afterEach.join(QLatin1Char(' '))));
    QVERIFY2(peakKiB < 200 * 1024, qPrintable(QString::number(peakKiB)));
    QVERIFY2(endKiB < 200 * 1024, qPrintable(QString::number(endKiB)));
}

void TestServerAbuse::oversizedHeadRefused()
{
    // The office's real limit (8 KiB by default): a 64 KiB token is refused before any lookup.
    QElapsedTimer timer;
    timer.start();
    const Reply reply =
        send("GET /v1/sync/pull HTTP/1.1\r\nHost: office\r\nAuthorization: Bearer " +
             QByteArray(64 * 1024, 'a') + "\r\n\r\n");
    QCOMPARE(reply.status, 431);
    QCOMPARE(reply.error(), QByteArray("too_large"));
    QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestServerAbuse::slowLorisCutWhileOthersAreServed()
{
    // Fifty connections each trickle a request head, one byte every 250 ms, steadily: the head
    // timeout (1.5 s here) is for the head as a whole, so they are cut however steadily they send.
    const QByteArray head =
        "GET /v1/health HTTP/1.1\r\nHost: office\r\nX-Padding: " + QByteArray(200, 'p') +
        "\r\n\r\n";
    constexpr int Count = 50;
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < Count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket->waitForConnected(3000));
        slow.push_back(std::move(socket));
    }
    std::vector<int> trickled(Count, 0);
    QElapsedTimer timer;
    timer.start();
    bool othersServed = false;
    int open = Count;
    while (open > 0 && timer.elapsed() < 10'000) {
        open = 0;
        for (int i = 0; i < Count; ++i) {
            QTcpSocket &socket = *slow[std::size_t(i)];
            if (socket.state() != QAbstractSocket::ConnectedState)
                continue;
            ++open;
            socket.write(head.mid(trickled[std::size_t(i)]++, 1));
            socket.flush();
        }
        if (!othersServed && timer.elapsed() >= 500) {
            // Meanwhile the office serves everyone else: a health check and a login.
            const Reply health = send("GET /v1/health HTTP/1.1\r\nHost: office\r\n\r\n", 3000);
            QCOMPARE(health.status, 200);
            QVERIFY(!login(QStringLiteral("teamleider")).isEmpty());
            othersServed = true;
        }
        QTest::qWait(250);
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY(othersServed);
    int minTrickled = head.size();
    for (int i = 0; i < Count; ++i) {
        QTcpSocket &socket = *slow[std::size_t(i)];
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, qPrintable(QString::number(i)));
        // Closed without an answer.
        QVERIFY(socket.readAll().isEmpty());
        minTrickled = std::min(minTrickled, trickled[std::size_t(i)]);
    }
    qInfo("%d slow-loris connections closed after %lld ms; each sent at least %d bytes", Count,
          elapsed, minTrickled);
    QVERIFY(minTrickled >= 3); // they did trickle before being cut
    // The configured 1.5 s, not the default 10 s.
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
}

void TestServerAbuse::garbageBatchesRefusedNothingStored_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("error");

    const QByteArray batch = m_validBatch;
    const QByteArray type = "application/x-schouw-batch";
    QByteArray random(4096, '\0');
    QRandomGenerator generator(4242);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << type << QByteArray("malformed");
    QTest::newRow("empty") << QByteArray() << type << QByteArray("malformed");
    QByteArray magic = batch;
    magic[3] = 'X';
    QTest::newRow("wrong magic") << magic << type << QByteArray("malformed");
    QTest::newRow("truncated") << batch.left(batch.size() / 2) << type << QByteArray("malformed");
    QByteArray count = batch;
    for (int i = 15; i < 19; ++i) // after the header, the tracking flag and the class version
        count[i] = '\xff';
    QTest::newRow("count claims 4 billion") << count << type << QByteArray("malformed");
    QByteArray garbled = batch;
    for (qsizetype i = 40; i < garbled.size(); i += 7)
        garbled[i] = char(garbled[i] ^ 0x5a);
    QTest::newRow("garbled after the header") << garbled << type << QByteArray("malformed");
    // Five bytes more, and a payload length (uint32 little-endian at offset 6) that covers them.
    QByteArray trailing = batch + "extra";
    quint32 length = 0;
    for (int i = 3; i >= 0; --i)
        length = (length << 8) | quint8(trailing[6 + i]);
    length += 5;
    for (int i = 0; i < 4; ++i)
        trailing[6 + i] = char((length >> (8 * i)) & 0xff);
    QTest::newRow("bytes after the batch") << trailing << type << QByteArray("malformed");
    QByteArray newer = batch;
    newer[4] = '\x02';
    QTest::newRow("newer protocol") << newer << type << QByteArray("protocol_too_new");
    QTest::newRow("not a batch type")
        << batch << QByteArray("text/plain") << QByteArray("malformed");
}

void TestServerAbuse::garbageBatchesRefusedNothingStored()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, error);
    const qint64 before = officeLastSeq();
    QVERIFY(before > 0);
    QElapsedTimer timer;
    timer.start();
    const Reply reply =
        send(pushHead(m_token, "Content-Length: " + QByteArray::number(body.size()) + "\r\n",
                      contentType) +
             body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), error);
    QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(officeLastSeq(), before);
}

void TestServerAbuse::stillServingAfterAllOfIt()
{
    QCOMPARE(send("GET /v1/health HTTP/1.1\r\nHost: office\r\n\r\n").status, 200);
    const QByteArray token = login(QStringLiteral("inspecteur"));
    QVERIFY(!token.isEmpty());
    const qint64 before = officeLastSeq();
    QVERIFY(before > 0);
    const Reply pushed = send(
        pushHead(token, "Content-Length: " + QByteArray::number(m_validBatch.size()) + "\r\n") +
        m_validBatch);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json().value(QLatin1String("accepted")).toInteger(), m_validChanges);
    QCOMPARE(officeLastSeq(), before + m_validChanges);
    const qint64 endKiB = serverResident();
    qInfo("server resident %lld KiB at the end (%lld KiB after start)", endKiB, m_startKiB);
    QVERIFY2(endKiB < 200 * 1024, qPrintable(QString::number(endKiB)));
    QVERIFY(m_server->isRunning());
}

QTEST_GUILESS_MAIN(TestServerAbuse)
#include "tst_serverabuse.moc"
