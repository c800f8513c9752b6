// The HTTP layer of the sync client against a scripted office on a loopback port: status and
// error mapping, the token refresh, size caps, timeouts, TLS verification and pins.
#include "scriptedoffice.h"
#include "sync/client/officeclient.h"
#include "sync/wireformat.h"
#include "testcertificate.h"
#include "vault/securebytes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstring>
#include <optional>

using namespace schouw;
using namespace schouw::sync;
using namespace schouw::test;

namespace {

const QByteArray StoreId = "6a1f8f7e-3c2b-4d6a-9a55-0b9f3f1d2c11";
const QByteArray UserId = "0d9c1b2a-8f7e-4c6d-9b5a-4e3f2a1b0c9d";

QByteArray tokensJson(const QByteArray &access, const QByteArray &refresh)
{
    return "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh +
        "\",\"accessExpiresIn\":900,\"userId\":\"" + UserId +
        "\",\"teamId\":null,\"role\":\"inspector\",\"storeId\":\"" + StoreId + "\"}";
}

HttpResponse tokens(const QByteArray &access, const QByteArray &refresh)
{
    HttpResponse response = HttpResponse::json(200, tokensJson(access, refresh));
    response.headers << qMakePair(QByteArray("Schouw-Store-Id"), StoreId);
    return response;
}

HttpResponse pushOk(qint64 accepted)
{
    HttpResponse response = HttpResponse::json(
        200, "{\"accepted\":" + QByteArray::number(accepted) + ",\"duplicates\":0,\"lastSeq\":42}");
    response.headers << qMakePair(QByteArray("Schouw-Store-Id"), StoreId);
    return response;
}

HttpResponse pullPage(const QByteArray &body, qint64 next, bool more, qint64 lastSeq)
{
    HttpResponse response;
    response.headers << qMakePair(QByteArray("Content-Type"),
                                  QByteArray("application/x-schouw-batch"))
                     << qMakePair(QByteArray("Schouw-Store-Id"), StoreId)
                     << qMakePair(QByteArray("Schouw-Next-Cursor"), QByteArray::number(next))
                     << qMakePair(QByteArray("Schouw-More"), QByteArray(more ? "1" : "0"))
                     << qMakePair(QByteArray("Schouw-Last-Seq"), QByteArray::number(lastSeq));
    response.body = body;
    return response;
}

wire::WireUuid wireId(std::uint8_t seed)
{
    wire::WireUuid id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i)
        id.bytes[i] = static_cast<std::uint8_t>(seed + i);
    return id;
}

wire::ChangeBatch sampleBatch(int count)
{
    wire::ChangeBatch batch;
    for (int i = 0; i < count; ++i) {
        wire::WireChange change;
        change.changeId = wireId(static_cast<std::uint8_t>(i * 3 + 1));
        change.entity = "observation";
        change.entityId = wireId(static_cast<std::uint8_t>(i * 3 + 2));
        change.op = 0;
        change.fieldsJson = R"({"text":"x"})";
        change.authorId = wireId(200);
        change.deviceId = "device-a";
        change.hlc = 1000 + static_cast<std::uint64_t>(i);
        batch.changes.push_back(change);
    }
    return batch;
}

// For failure messages: QVERIFY2 builds its message even when the check passes.
template<typename T> QString detailOf(const Result<T> &result)
{
    return result ? QString() : result.error().detail;
}

template<typename T> QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

template<typename T> struct Outcome
{
    std::optional<Result<T>> value;
    [[nodiscard]] auto handler()
    {
        return [this](Result<T> result) {
            value = std::move(result);
        };
    }
};

} // namespace

class TestOfficeClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeClient> makeClient(const QUrl &url, OfficeSettings settings = {})
    {
        settings.server = url;
        auto client = std::make_unique<OfficeClient>(settings);
        client->setDeviceId(QStringLiteral("device-a"));
        if (auto prepared = client->prepare(); !prepared)
            qWarning() << "prepare:" << prepared.error().message;
        return client;
    }

    // Logs in against office (whose handler must answer /v1/auth/login) so the client holds an
    // access token.
    static bool loggedIn(OfficeClient &client)
    {
        Outcome<OfficeTokens> outcome;
        client.login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                     QStringLiteral("laptop"), outcome.handler());
        if (!QTest::qWaitFor([&] { return outcome.value.has_value(); }, 10000))
            return false;
        return outcome.value->has_value();
    }

    TestCertificate m_certificate;
    TestCertificate m_otherCertificate;
    QTemporaryDir m_certificateDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certificateDir.isValid());
        m_certificate =
            makeSelfSignedCertificate(m_certificateDir.path(), QStringLiteral("office"));
        QVERIFY2(m_certificate.error.isEmpty(), qPrintable(m_certificate.error));
        m_otherCertificate =
            makeSelfSignedCertificate(m_certificateDir.path(), QStringLiteral("other"));
        QVERIFY2(m_otherCertificate.error.isEmpty(), qPrintable(m_otherCertificate.error));
    }

    void loginSendsCredentialsAndStoresTokens()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            return HttpResponse::error(404, "not_found");
        });
        auto client = makeClient(office.url());
        QList<OfficeTokens> stored;
        client->setTokenHandler([&stored](const OfficeTokens &tokens) -> Status {
            stored << tokens;
            return {};
        });
        Outcome<OfficeTokens> outcome;
        // A password with characters JSON must escape.
        client->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("p\"w\\é\t")),
                      QStringLiteral("laptop"), outcome.handler());
        QVERIFY(!outcome.value); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY2(outcome.value->has_value(), qPrintable(detailOf(*outcome.value)));
        QCOMPARE((*outcome.value)->refreshToken, QByteArray("refresh-1"));
        QCOMPARE((*outcome.value)->userId, QString::fromLatin1(UserId));
        QCOMPARE((*outcome.value)->storeId, QString::fromLatin1(StoreId));
        QCOMPARE(stored.size(), 1);
        QVERIFY(client->hasAccessToken());

        QCOMPARE(office.requests().size(), 1);
        const HttpRequest &request = office.requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.header("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("user")).toString(), QStringLiteral("inge"));
        QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("p\"w\\é\t"));
        QCOMPARE(body.value(QStringLiteral("deviceId")).toString(), QStringLiteral("device-a"));
        QCOMPARE(body.value(QStringLiteral("deviceName")).toString(), QStringLiteral("laptop"));
    }

    void malformedTokensAreRefused()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &) {
            // accessExpiresIn as a string, role unknown.
            return HttpResponse::json(200,
                                      "{\"accessToken\":\"a\",\"refreshToken\":\"r\","
                                      "\"accessExpiresIn\":\"900\",\"userId\":\"" +
                                          UserId + "\",\"role\":\"god\",\"storeId\":\"" + StoreId +
                                          "\"}");
        });
        auto client = makeClient(office.url());
        Outcome<OfficeTokens> outcome;
        client->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                      QStringLiteral("laptop"), outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::InvalidInput);
        QVERIFY(!client->hasAccessToken());
    }

    void pushSendsTheBatchWithTheAccessToken()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            if (request.path == "/v1/sync/push")
                return pushOk(3);
            return HttpResponse::error(404, "not_found");
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        const QByteArray encoded = wire::encodeBatch(sampleBatch(3));
        QSignalSpy bytes(client.get(), &OfficeClient::bytesTransferred);
        Outcome<PushReply> outcome;
        client->push(encoded, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY2(outcome.value->has_value(), qPrintable(detailOf(*outcome.value)));
        QCOMPARE((*outcome.value)->accepted, 3);
        QCOMPARE((*outcome.value)->lastSeq, 42);
        const HttpRequest &request = office.requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer access-1"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-schouw-batch"));
        QCOMPARE(request.body, encoded);
        QVERIFY(!bytes.isEmpty());
    }

    void pullDecodesAPage()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        const wire::ChangeBatch batch = sampleBatch(2);
        office.setHandler([&batch](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            if (request.path == "/v1/sync/pull")
                return pullPage(wire::encodeBatch(batch), 17, true, 90);
            return HttpResponse::error(404, "not_found");
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        Outcome<PullPage> outcome;
        client->pull(5, 100, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY2(outcome.value->has_value(), qPrintable(detailOf(*outcome.value)));
        QCOMPARE((*outcome.value)->batch, batch);
        QCOMPARE((*outcome.value)->nextCursor, 17);
        QVERIFY((*outcome.value)->more);
        QCOMPARE((*outcome.value)->lastSeq, 90);
        const HttpRequest &request = office.requests().constLast();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("after")), QStringLiteral("5"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    }

    void badPullAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("more");
        QTest::addColumn<qint64>("next");
        QTest::addColumn<int>("code");
        const QByteArray good = wire::encodeBatch(sampleBatch(1));
        QByteArray garbled = good;
        garbled[garbled.size() / 2] = static_cast<char>(garbled[garbled.size() / 2] ^ 0x5a);
        garbled.chop(3);
        QByteArray newer = good;
        newer[4] = 9; // protocol version 9
        QTest::newRow("garbled") << garbled << QByteArray("0") << qint64(10)
                                 << int(ErrorCode::InvalidInput);
        QTest::newRow("not a batch") << QByteArray("<html>hello</html>") << QByteArray("0")
                                     << qint64(10) << int(ErrorCode::InvalidInput);
        QTest::newRow("newer protocol")
            << newer << QByteArray("0") << qint64(10) << int(ErrorCode::ProtocolTooNew);
        QTest::newRow("bad more header")
            << good << QByteArray("yes") << qint64(10) << int(ErrorCode::InvalidInput);
        QTest::newRow("cursor goes back")
            << good << QByteArray("0") << qint64(2) << int(ErrorCode::InvalidInput);
        QTest::newRow("cursor stands still with more")
            << good << QByteArray("1") << qint64(5) << int(ErrorCode::InvalidInput);
    }

    void badPullAnswersAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, more);
        QFETCH(qint64, next);
        QFETCH(int, code);
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([&](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            HttpResponse response = pullPage(body, next, more == "1", 90);
            response.headers[3].second = more;
            return response;
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        Outcome<PullPage> outcome;
        client->pull(5, 100, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(int(outcome.value->error().code), code);
    }

    void expiredAccessTokenIsRefreshedOnceAndTheRequestRepeated()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        int pushes = 0;
        office.setHandler([&pushes](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            if (request.path == "/v1/auth/refresh") {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                if (body.value(QStringLiteral("refreshToken")).toString() !=
                        QStringLiteral("refresh-1") ||
                    body.value(QStringLiteral("deviceId")).toString() != QStringLiteral("device-a"))
                    return HttpResponse::error(401, "refresh_invalid");
                return tokens("access-2", "refresh-2");
            }
            if (request.path == "/v1/sync/push") {
                ++pushes;
                if (request.header("authorization") != "Bearer access-2")
                    return HttpResponse::error(401, "token_expired");
                return pushOk(1);
            }
            return HttpResponse::error(404, "not_found");
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        QByteArray storedRefresh;
        client->setTokenHandler([&storedRefresh](const OfficeTokens &tokens) -> Status {
            storedRefresh = tokens.refreshToken;
            return {};
        });
        const QByteArray encoded = wire::encodeBatch(sampleBatch(1));
        Outcome<PushReply> outcome;
        client->push(encoded, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY2(outcome.value->has_value(), qPrintable(detailOf(*outcome.value)));
        QCOMPARE(pushes, 2);
        QCOMPARE(storedRefresh, QByteArray("refresh-2"));
        QStringList paths;
        for (const HttpRequest &request : office.requests())
            paths << QString::fromLatin1(request.path);
        QCOMPARE(
            paths,
            QStringList({QStringLiteral("/v1/auth/login"), QStringLiteral("/v1/sync/push"),
                         QStringLiteral("/v1/auth/refresh"), QStringLiteral("/v1/sync/push")}));
        QCOMPARE(office.requests().constLast().body, encoded);
    }

    void expiredTokenTwiceIsLoginRequired()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            if (request.path == "/v1/auth/refresh")
                return tokens("access-2", "refresh-2");
            return HttpResponse::error(401, "token_expired");
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        Outcome<PullPage> outcome;
        client->pull(0, 10, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::LoginRequired);
        QCOMPARE(office.requests().size(), 4); // login, pull, refresh, pull: no loop
    }

    void refusedRefreshIsLoginRequired()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler(
            [](const HttpRequest &) { return HttpResponse::error(401, "refresh_invalid"); });
        auto client = makeClient(office.url());
        client->setRefreshToken("old-refresh");
        Outcome<OfficeTokens> outcome;
        client->refresh(outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::LoginRequired);
    }

    void statusesMapToErrorCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("401 unauthenticated")
            << 401 << QByteArray("unauthenticated") << int(ErrorCode::LoginRequired);
        QTest::newRow("403 device_revoked")
            << 403 << QByteArray("device_revoked") << int(ErrorCode::DeviceRevoked);
        QTest::newRow("403 forbidden")
            << 403 << QByteArray("forbidden") << int(ErrorCode::Forbidden);
        QTest::newRow("400 protocol_too_new")
            << 400 << QByteArray("protocol_too_new") << int(ErrorCode::ProtocolTooNew);
        QTest::newRow("400 malformed")
            << 400 << QByteArray("malformed") << int(ErrorCode::InvalidInput);
        QTest::newRow("422 unknown_record")
            << 422 << QByteArray("unknown_record") << int(ErrorCode::InvalidInput);
        QTest::newRow("404") << 404 << QByteArray("not_found") << int(ErrorCode::InvalidInput);
        QTest::newRow("429") << 429 << QByteArray("rate_limited") << int(ErrorCode::ServerBusy);
        QTest::newRow("503") << 503 << QByteArray("busy") << int(ErrorCode::ServerBusy);
        QTest::newRow("500") << 500 << QByteArray("internal") << int(ErrorCode::Network);
        QTest::newRow("302 is not followed") << 302 << QByteArray() << int(ErrorCode::InvalidInput);
    }

    void statusesMapToErrorCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(int, expected);
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([&](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            HttpResponse response = code.isEmpty() ? HttpResponse::json(status, "{}")
                                                   : HttpResponse::error(status, code.constData());
            if (status == 302)
                response.headers << qMakePair(QByteArray("Location"),
                                              QByteArray("http://127.0.0.1:1/steal"));
            return response;
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        Outcome<PushReply> outcome;
        client->push(wire::encodeBatch(sampleBatch(1)), outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(int(outcome.value->error().code), expected);
        QVERIFY(!outcome.value->error().message.isEmpty());
        QCOMPARE(office.requests().size(), 2); // nothing repeated, no redirect followed
    }

    void busyOfficeGivesRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("503 seconds") << 503 << QByteArray("7") << 7;
        QTest::newRow("429 seconds") << 429 << QByteArray("120") << 120;
        QTest::newRow("503 huge is capped") << 503 << QByteArray("999999999") << 86400;
        QTest::newRow("503 without") << 503 << QByteArray() << -1;
        QTest::newRow("503 garbage") << 503 << QByteArray("soon") << -1;
    }

    void busyOfficeGivesRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expected);
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([&](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            HttpResponse response = HttpResponse::error(status, "busy");
            if (!retryAfter.isEmpty())
                response.headers << qMakePair(QByteArray("Retry-After"), retryAfter);
            return response;
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        Outcome<PullPage> outcome;
        client->pull(0, 10, outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::ServerBusy);
        QCOMPARE(client->retryAfter().value_or(-1), expected);
    }

    void hangingOfficeTimesOutWhileTheEventLoopRuns()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &) {
            HttpResponse response;
            response.mode = HttpResponse::Mode::Hang;
            return response;
        });
        OfficeSettings settings;
        settings.timeout = std::chrono::milliseconds(700);
        auto client = makeClient(office.url(), settings);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        QElapsedTimer clock;
        clock.start();
        Outcome<OfficeTokens> outcome;
        client->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                      QStringLiteral("laptop"), outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::Network);
        QVERIFY2(elapsed >= 600, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        // The loop kept turning all along: at least a tick per 100 ms of the wait.
        QVERIFY2(ticks >= elapsed / 100, qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
        QCOMPARE(office.requests().size(), 1);
    }

    void closedConnectionAndRefusedPortAreNetworkErrors()
    {
        ScriptedOffice office;
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &) {
            HttpResponse response;
            response.mode = HttpResponse::Mode::Close;
            return response;
        });
        auto client = makeClient(office.url());
        Outcome<OfficeTokens> outcome;
        client->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                      QStringLiteral("laptop"), outcome.handler());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 10000);
        QVERIFY(!outcome.value->has_value());
        QCOMPARE(outcome.value->error().code, ErrorCode::Network);

        // A port nobody listens on: refused at once, not after the 30 s timeout.
        QUrl closed = office.url();
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        closed.setPort(port);
        auto refusedClient = makeClient(closed);
        Outcome<OfficeTokens> refused;
        QElapsedTimer clock;
        clock.start();
        refusedClient->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                             QStringLiteral("laptop"), refused.handler());
        QTRY_VERIFY_WITH_TIMEOUT(refused.value.has_value(), 10000);
        QVERIFY(!refused.value->has_value());
        QCOMPARE(refused.value->error().code, ErrorCode::Network);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void oversizedAnswersAreRefusedWithoutReadingThem_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::addColumn<bool>("pull");
        QTest::newRow("json, announced length") << true << false;
        QTest::newRow("json, streamed") << false << false;
        QTest::newRow("batch, announced length") << true << true;
        QTest::newRow("batch, streamed") << false << true;
    }

    void oversizedAnswersAreRefusedWithoutReadingThem()
    {
        QFETCH(bool, announced);
        QFETCH(bool, pull);
        ScriptedOffice office;
        QVERIFY(office.listen());
        const qint64 huge = 1024LL * 1024 * 1024; // 1 GiB, never sent in full
        office.setHandler([&](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            HttpResponse response = pull ? pullPage({}, 10, false, 10) : pushOk(1);
            response.mode = HttpResponse::Mode::Stream;
            response.streamBytes = huge;
            if (announced)
                response.headers << qMakePair(QByteArray("Content-Length"),
                                              QByteArray::number(huge));
            return response;
        });
        auto client = makeClient(office.url());
        QVERIFY(loggedIn(*client));
        QElapsedTimer clock;
        clock.start();
        Result<bool> result = true;
        bool done = false;
        if (pull) {
            client->pull(0, 10, [&](Result<PullPage> page) {
                result = page ? Result<bool>(true) : std::unexpected(page.error());
                done = true;
            });
        } else {
            client->push(wire::encodeBatch(sampleBatch(1)), [&](Result<PushReply> reply) {
                result = reply ? Result<bool>(true) : std::unexpected(reply.error());
                done = true;
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!office.streamFinished());
        // Read no further than the cap (plus what sat in socket buffers).
        const qint64 cap = pull ? OfficeClient::MaxBatchBytes : OfficeClient::MaxJsonBytes;
        QVERIFY2(office.streamedBytes() < cap + 16 * 1024 * 1024,
                 qPrintable(QString::number(office.streamedBytes())));
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("office name") << QStringLiteral("http://office.example") << false;
        QTest::newRow("lan address") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("localhost lookalike")
            << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("https office") << QStringLiteral("https://office.example") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://office.example") << false;
        QTest::newRow("user info") << QStringLiteral("https://u:p@office.example") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
    }

    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        OfficeSettings settings;
        settings.server = QUrl(url);
        OfficeClient client(settings);
        const Status prepared = client.prepare();
        QCOMPARE(prepared.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(prepared.error().code, ErrorCode::InvalidInput);
            // Nothing goes out: the call fails with the same error.
            Outcome<OfficeTokens> outcome;
            client.login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                         QStringLiteral("laptop"), outcome.handler());
            QTRY_VERIFY_WITH_TIMEOUT(outcome.value.has_value(), 2000);
            QCOMPARE(outcome.value->error().code, ErrorCode::InvalidInput);
        }
    }

    void pinsAreParsedStrictly()
    {
        QVERIFY(OfficeClient::parsePin(m_certificate.pin));
        QVERIFY(!OfficeClient::parsePin(QStringLiteral("sha256//abc")));
        QVERIFY(!OfficeClient::parsePin(QStringLiteral("sha1//") + m_certificate.pin.mid(8)));
        QVERIFY(!OfficeClient::parsePin(m_certificate.pin.mid(8)));
        QVERIFY(!OfficeClient::parsePin(m_certificate.pin + QStringLiteral("!")));
        // Qt computes the same pin as openssl's SubjectPublicKeyInfo.
        QCOMPARE(OfficeClient::pinOf(QSslCertificate(m_certificate.certificatePem)),
                 m_certificate.pin);
        QVERIFY(m_certificate.pin != m_otherCertificate.pin);
    }

    void tls_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QStringList>("pins");
        QTest::addColumn<bool>("accepted");
        const QString right = m_certificate.pin;
        const QString wrong = m_otherCertificate.pin;
        QTest::newRow("self-signed, no CA file") << false << QStringList() << false;
        QTest::newRow("with the CA file") << true << QStringList() << true;
        QTest::newRow("right pin") << true << QStringList {right} << true;
        QTest::newRow("wrong pin") << true << QStringList {wrong} << false;
        QTest::newRow("backup pin matches") << true << QStringList {wrong, right} << true;
        QTest::newRow("right pin without the CA file") << false << QStringList {right} << false;
    }

    void tls()
    {
        QFETCH(bool, withCa);
        QFETCH(QStringList, pins);
        QFETCH(bool, accepted);
        ScriptedOffice office(serverConfiguration(m_certificate));
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            if (request.path == "/v1/sync/push")
                return pushOk(1);
            return HttpResponse::error(404, "not_found");
        });
        OfficeSettings settings;
        if (withCa)
            settings.caCertificatesPem = m_certificate.certificatePem;
        settings.pins = pins;
        auto client = makeClient(office.url(), settings);
        Outcome<OfficeTokens> login;
        client->login(QStringLiteral("inge"), SecureBytes::fromText(QStringLiteral("pw")),
                      QStringLiteral("laptop"), login.handler());
        QTRY_VERIFY_WITH_TIMEOUT(login.value.has_value(), 10000);
        QCOMPARE(login.value->has_value(), accepted);
        if (!accepted) {
            QCOMPARE(login.value->error().code, ErrorCode::Network);
            QVERIFY(!login.value->error().message.isEmpty());
            // Not a byte of the request (not even its head, nor the password) went out.
            QCOMPARE(office.received().size(), 0);
            QVERIFY(office.requests().isEmpty());
            if (!pins.isEmpty() && withCa)
                QVERIFY2(login.value->error().message.contains(QStringLiteral("pinned")),
                         qPrintable(messageOf(*login.value)));
            else
                QVERIFY2(login.value->error().message.contains(QStringLiteral("certificate")),
                         qPrintable(messageOf(*login.value)));
            return;
        }
        const QByteArray encoded = wire::encodeBatch(sampleBatch(2));
        Outcome<PushReply> push;
        client->push(encoded, push.handler());
        QTRY_VERIFY_WITH_TIMEOUT(push.value.has_value(), 10000);
        QVERIFY2(push.value->has_value(), qPrintable(detailOf(*push.value)));
        QCOMPARE(office.requests().constLast().body, encoded);
    }

    void wrongPinSendsNothingOfAPush()
    {
        // The office presents another key between login and push (every request has a
        // connection of its own, so the push's connection is checked too).
        ScriptedOffice office(serverConfiguration(m_certificate));
        QVERIFY(office.listen());
        office.setHandler([](const HttpRequest &request) {
            if (request.path == "/v1/auth/login")
                return tokens("access-1", "refresh-1");
            return pushOk(1);
        });
        OfficeSettings settings;
        // Both certificates are trusted: only the pin tells them apart.
        settings.caCertificatesPem =
            m_certificate.certificatePem + m_otherCertificate.certificatePem;
        settings.pins = {m_certificate.pin};
        auto client = makeClient(office.url(), settings);
        QVERIFY(loggedIn(*client));
        QCOMPARE(office.requests().size(), 1);

        office.setTlsConfiguration(serverConfiguration(m_otherCertificate));
        office.clearLog();
        const QByteArray encoded = wire::encodeBatch(sampleBatch(3));
        Outcome<PushReply> push;
        client->push(encoded, push.handler());
        QTRY_VERIFY_WITH_TIMEOUT(push.value.has_value(), 10000);
        QVERIFY(!push.value->has_value());
        QCOMPARE(push.value->error().code, ErrorCode::Network);
        QVERIFY(office.connections() >= 2); // the handshake did happen
        QCOMPARE(office.received().size(), 0);
        QVERIFY(office.requests().isEmpty());

        // Back to the pinned key: the same push goes through.
        office.setTlsConfiguration(serverConfiguration(m_certificate));
        Outcome<PushReply> again;
        client->push(encoded, again.handler());
        QTRY_VERIFY_WITH_TIMEOUT(again.value.has_value(), 10000);
        QVERIFY2(again.value->has_value(), qPrintable(detailOf(*again.value)));
        QCOMPARE(office.requests().constLast().body, encoded);
    }
};

QTEST_GUILESS_MAIN(TestOfficeClient)
#include "tst_officeclient.moc"
