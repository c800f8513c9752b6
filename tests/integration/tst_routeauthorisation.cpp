// Every route of the office service against every kind of caller, on a real schouw-server: a
// laptop of Team Noord has pushed a visit, a finding with a marker text and a photo; then an
// inspector of Team Zuid, the administrator, an anonymous caller and a caller with a forged
// token try each route on that work. Each row of the table names the answer it must get, and
// what must (not) be in it: nothing of Noord's work in anyone else's pull, the photo's content
// answered exactly like content that does not exist, no push of another team's work accepted.
// A Noord device is the control: it does see the work, so the probes can see it too.
//
// The last test lists the routes the service really serves (officeRoutes) and fails when one of
// them has no row here: a new route cannot ship without its authorisation being tried.
#include "httpcall.h"
#include "officeserverprocess.h"
#include "syncdriver.h"
#include "testvault.h"

#include "domain/id.h"
#include "domain/records.h"
#include "server/office/officeservice.h"
#include "server/officeroutes.h"
#include "sync/client/syncrun.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "vault/attachmentrepository.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace schouw;
using test::HttpAnswer;
using test::httpCall;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-routes-2026");
// In Noord's finding only: a pull that holds it carries Noord's work.
const QString Marker = QStringLiteral("Markering-Noord-7f3a: valrisico kamer 12 niet beoordeeld");

enum class Caller { Noord, Zuid, Administrator, Anonymous, ForgedToken };

QString callerName(Caller caller)
{
    switch (caller) {
    case Caller::Noord:
        return QStringLiteral("noord");
    case Caller::Zuid:
        return QStringLiteral("zuid");
    case Caller::Administrator:
        return QStringLiteral("beheerder");
    case Caller::Anonymous:
        return QStringLiteral("anoniem");
    case Caller::ForgedToken:
        return QStringLiteral("vals-token");
    }
    return {};
}

// What a row checks beyond the status and error code.
enum class Check {
    None,
    PullHoldsNoordWork, // every page of the pull, together, holds the marker and the photo hash
    PullHoldsNoForeignWork, // no page holds a Noord id, the marker or the photo hash
    PullHoldsNoFieldwork, // only office reference data
    AnswersLikeUnknownContent, // same status and body as the same request for a random hash
    ContentIsThePhoto, // the body is the photo's first bytes
    ContentIsComplete, // the status says the whole photo is at the office
};

QString randomHash()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toHex());
}

wire::WireChange changeOf(const char *entity, const Id &entityId, int op, const QJsonObject &fields,
                          const QString &deviceId, std::uint64_t hlc)
{
    wire::WireChange change;
    change.changeId = sync::toWireUuid(newId());
    change.entity = entity;
    change.entityId = sync::toWireUuid(entityId);
    change.op = std::uint8_t(op);
    change.fieldsJson = QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString();
    change.authorId = sync::toWireUuid(newId());
    change.deviceId = deviceId.toStdString();
    change.hlc = hlc;
    return change;
}

// One call of the table and the answer it must get.
struct Row
{
    QString name;
    QByteArray method;
    QByteArray target;
    Caller caller;
    QByteArray body;
    QByteArray type;
    int status;
    QByteArray error;
    Check check;
};

} // namespace

class TestRouteAuthorisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void route_data();
    void route();
    void refusedCallsChangedNothing();
    void everyServedRouteIsInTheTable();

private:
    void addRow(const QByteArray &method, const QByteArray &target, Caller caller, int status,
                const QByteArray &error, Check check = Check::None, const QByteArray &body = {},
                QByteArrayView type = test::kJsonType, const char *what = "");
    [[nodiscard]] HttpAnswer call(const QByteArray &method, const QByteArray &target, Caller caller,
                                  const QByteArray &body = {},
                                  QByteArrayView type = test::kJsonType);
    // Every page of a pull from the start, or the refusal of the first page.
    [[nodiscard]] HttpAnswer pullAll(Caller caller, QList<wire::WireChange> *changes);
    [[nodiscard]] QString deviceOf(Caller caller) const;
    void buildTable();

    std::unique_ptr<test::OfficeServerProcess> m_server;
    std::unique_ptr<test::TempVault> m_laptop; // Team Noord's inspector
    std::map<Caller, QByteArray> m_tokens;
    std::map<Caller, QString> m_devices;
    QByteArray m_noordRefreshToken;
    Id m_providerId;
    Id m_frameworkId;
    Id m_visitId;
    Id m_findingId;
    Id m_attachmentId;
    QByteArray m_photo;
    QString m_photoHash;
    std::uint64_t m_hlc = 0;
    std::vector<Row> m_rows; // made by buildTable() once Noord's work is at the office
    std::set<std::pair<QByteArray, QByteArray>> m_probed; // (method, path) of every row
};

void TestRouteAuthorisation::initTestCase()
{
    m_server = std::make_unique<test::OfficeServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY2(!m_server->seed(DemoPassword).isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));

    // Noord's work, pushed by the inspector's laptop.
    m_laptop = std::make_unique<test::TempVault>();
    Vault &vault = m_laptop->vault();
    auto first = test::syncAndWait(
        vault, test::loginOptions(m_server->url(), QStringLiteral("inspecteur"), DemoPassword));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    m_providerId = Id::fromString(test::firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    m_frameworkId = Id::fromString(
        test::firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
    QVERIFY(!m_providerId.isNull() && !m_frameworkId.isNull());

    Visit visit;
    visit.id = m_visitId = newId();
    visit.providerId = m_providerId;
    visit.frameworkId = m_frameworkId;
    visit.startedAt = QDateTime::currentDateTimeUtc();
    visit.memberIds = {vault.currentUserId()};
    QVERIFY(VisitRepository(vault).add(visit));
    Observation finding;
    finding.id = m_findingId = newId();
    finding.visitId = m_visitId;
    finding.text = Marker;
    finding.authorId = vault.currentUserId();
    finding.observedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ObservationRepository(vault).add(finding));
    m_photo = QByteArray(200'000, Qt::Uninitialized);
    QRandomGenerator(2026).fillRange(reinterpret_cast<quint32 *>(m_photo.data()),
                                     m_photo.size() / 4);
    m_photoHash =
        QString::fromLatin1(QCryptographicHash::hash(m_photo, QCryptographicHash::Sha256).toHex());
    Attachment attachment;
    attachment.id = m_attachmentId = newId();
    attachment.ownerId = m_findingId;
    attachment.fileName = QStringLiteral("kamer12.jpg");
    attachment.mimeType = QStringLiteral("image/jpeg");
    QBuffer buffer(&m_photo);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto added = AttachmentRepository(vault).add(attachment, buffer);
    QVERIFY(added);
    QCOMPARE(QString::fromLatin1(added->sha256.toHex()), m_photoHash);
    auto sent = test::syncAndWait(vault, sync::SyncOptions {});
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().detail));
    QCOMPARE(sent->attachmentsSent, 1);
    m_hlc =
        test::firstValue(vault, QStringLiteral("SELECT MAX(hlc) FROM change_log")).toULongLong() +
        1000;

    // The callers, each on a device of its own.
    const std::map<Caller, QString> users {{Caller::Noord, QStringLiteral("inspecteur")},
                                           {Caller::Zuid, QStringLiteral("inspecteur2")},
                                           {Caller::Administrator, QStringLiteral("beheerder")}};
    for (const auto &[caller, user] : users) {
        m_devices[caller] = idText(newId());
        const HttpAnswer tokens =
            test::login(m_server->url(), user, DemoPassword, m_devices[caller]);
        QVERIFY2(tokens.status == 200, qPrintable(user + u' ' + QString::number(tokens.status)));
        m_tokens[caller] = tokens.json().value(QLatin1String("accessToken")).toString().toLatin1();
        if (caller == Caller::Noord)
            m_noordRefreshToken =
                tokens.json().value(QLatin1String("refreshToken")).toString().toLatin1();
    }
    m_devices[Caller::Anonymous] = m_devices[Caller::ForgedToken] = idText(newId());
    // Shaped like a real token (32 random bytes, base64url), known to no one.
    QByteArray forged(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(forged.data()), 8);
    m_tokens[Caller::ForgedToken] =
        forged.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    buildTable();
}

QString TestRouteAuthorisation::deviceOf(Caller caller) const
{
    return m_devices.at(caller);
}

HttpAnswer TestRouteAuthorisation::call(const QByteArray &method, const QByteArray &target,
                                        Caller caller, const QByteArray &body, QByteArrayView type)
{
    const auto token = m_tokens.find(caller);
    return httpCall(method, m_server->url().resolved(QUrl(QString::fromLatin1(target))),
                    token == m_tokens.end() ? QByteArray() : token->second, body, type);
}

HttpAnswer TestRouteAuthorisation::pullAll(Caller caller, QList<wire::WireChange> *changes)
{
    qint64 cursor = 0;
    for (;;) {
        HttpAnswer page = call(
            "GET", "/v1/sync/pull?after=" + QByteArray::number(cursor) + "&limit=5000", caller);
        if (page.status != 200)
            return page;
        auto batch = wire::decodeBatch(page.body);
        if (!batch) {
            page.status = -1;
            return page;
        }
        changes->append(QList<wire::WireChange>(batch->changes.begin(), batch->changes.end()));
        cursor = page.header("Schouw-Next-Cursor").toLongLong();
        if (page.header("Schouw-More") != "1")
            return page;
    }
}

void TestRouteAuthorisation::addRow(const QByteArray &method, const QByteArray &target,
                                    Caller caller, int status, const QByteArray &error, Check check,
                                    const QByteArray &body, QByteArrayView type, const char *what)
{
    const qsizetype query = target.indexOf('?');
    const QByteArray path = query < 0 ? target : target.left(query);
    m_probed.insert({method, path});
    const QString name = QStringLiteral("%1 %2 %3 %4")
                             .arg(QString::fromLatin1(method), QString::fromLatin1(path),
                                  callerName(caller), QString::fromUtf8(what))
                             .trimmed();
    m_rows.push_back(
        Row {name, method, target, caller, body, type.toByteArray(), status, error, check});
}

void TestRouteAuthorisation::buildTable()
{

    const std::vector<Caller> everyone {Caller::Noord, Caller::Zuid, Caller::Administrator,
                                        Caller::Anonymous, Caller::ForgedToken};
    for (Caller caller : everyone)
        addRow("GET", "/v1/health", caller, 200, {});

    // Logging in and refreshing go by what the body says; a token beside it grants nothing.
    for (Caller caller : everyone) {
        const QJsonObject wrongPassword {
            {QStringLiteral("user"), QString(QStringLiteral("onbekend-") + callerName(caller))},
            {QStringLiteral("password"), DemoPassword},
            {QStringLiteral("deviceId"), deviceOf(caller)},
            {QStringLiteral("deviceName"), QStringLiteral("probe")}};
        addRow("POST", "/v1/auth/login", caller, 401, "login_failed", Check::None,
               QJsonDocument(wrongPassword).toJson(QJsonDocument::Compact));
        // Noord's refresh token from a device it was not given to.
        const QJsonObject stolenRefresh {
            {QStringLiteral("refreshToken"), QString::fromLatin1(m_noordRefreshToken)},
            {QStringLiteral("deviceId"), idText(newId())}};
        addRow("POST", "/v1/auth/refresh", caller, 401, "refresh_invalid", Check::None,
               QJsonDocument(stolenRefresh).toJson(QJsonDocument::Compact));
    }

    // Pushes that touch Noord's work, each made on the caller's own device. Noord is left out:
    // its pushes are the sync tests' subject and would change the work under the probes.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (Caller caller :
         {Caller::Zuid, Caller::Administrator, Caller::Anonymous, Caller::ForgedToken}) {
        const QString device = deviceOf(caller);
        const std::vector<std::pair<const char *, wire::WireChange>> pushes {
            {"finding rewritten",
             changeOf("observation", m_findingId, 1,
                      {{QStringLiteral("text"), QStringLiteral("overschreven door Zuid")}}, device,
                      m_hlc)},
            {"finding added to the visit",
             changeOf("observation", newId(), 0,
                      {{QStringLiteral("visit_id"), idText(m_visitId)},
                       {QStringLiteral("text"), QStringLiteral("toegevoegd door Zuid")},
                       {QStringLiteral("source"), QStringLiteral("observed")},
                       {QStringLiteral("observed_at"), now}},
                      device, m_hlc)},
            {"visit at Noord's provider",
             changeOf("visit", newId(), 0,
                      {{QStringLiteral("provider_id"), idText(m_providerId)},
                       {QStringLiteral("framework_id"), idText(m_frameworkId)},
                       {QStringLiteral("started_at"), now}},
                      device, m_hlc)},
            {"visit deleted", changeOf("visit", m_visitId, 2, {}, device, m_hlc)},
        };
        const bool signedIn = caller == Caller::Zuid || caller == Caller::Administrator;
        for (const auto &[what, change] : pushes)
            addRow("POST", "/v1/sync/push", caller, signedIn ? 403 : 401,
                   signedIn ? "forbidden" : "unauthenticated", Check::None,
                   wire::encodeBatch(wire::ChangeBatch {{change}}), test::kBatchType, what);
    }

    addRow("GET", "/v1/sync/pull", Caller::Noord, 200, {}, Check::PullHoldsNoordWork);
    addRow("GET", "/v1/sync/pull", Caller::Zuid, 200, {}, Check::PullHoldsNoForeignWork);
    addRow("GET", "/v1/sync/pull", Caller::Administrator, 200, {}, Check::PullHoldsNoFieldwork);
    addRow("GET", "/v1/sync/pull", Caller::Anonymous, 401, "unauthenticated");
    addRow("GET", "/v1/sync/pull", Caller::ForgedToken, 401, "unauthenticated");

    // The photo's content: the team reads it; for Zuid it does not exist; the administrator is
    // refused outright (administrators never read fieldwork content).
    const QByteArray hash = m_photoHash.toLatin1();
    const QByteArray status = "/v1/blobs/status?sha256=" + hash;
    const QByteArray download = "/v1/blobs?sha256=" + hash + "&offset=0&length=4096";
    const QByteArray upload =
        "/v1/blobs?sha256=" + hash + "&offset=0&size=" + QByteArray::number(m_photo.size());
    const QByteArray garbage(int(m_photo.size()), 'z');
    addRow("GET", status, Caller::Noord, 200, {}, Check::ContentIsComplete);
    addRow("GET", download, Caller::Noord, 200, {}, Check::ContentIsThePhoto);
    addRow("PUT", upload, Caller::Noord, 200, {}, Check::None, garbage, "application/octet-stream");
    for (Caller caller :
         {Caller::Zuid, Caller::Administrator, Caller::Anonymous, Caller::ForgedToken}) {
        const int refused = caller == Caller::Zuid ? 404
            : caller == Caller::Administrator      ? 403
                                                   : 401;
        const QByteArray error = caller == Caller::Zuid ? "not_found"
            : caller == Caller::Administrator           ? "forbidden"
                                                        : "unauthenticated";
        const Check check = caller == Caller::Zuid ? Check::AnswersLikeUnknownContent : Check::None;
        addRow("GET", status, caller, refused, error, check);
        addRow("GET", download, caller, refused, error, check);
        addRow("PUT", upload, caller, refused, error, check, garbage, "application/octet-stream");
    }
}

void TestRouteAuthorisation::route_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("check");
    for (const Row &row : m_rows)
        QTest::newRow(qPrintable(row.name))
            << row.method << row.target << int(row.caller) << row.body << row.type << row.status
            << row.error << int(row.check);
}

void TestRouteAuthorisation::route()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, caller);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QByteArray, error);
    QFETCH(int, check);
    const auto who = Caller(caller);

    QList<wire::WireChange> pulled;
    const bool wholePull = target.startsWith("/v1/sync/pull") && status == 200;
    const HttpAnswer answer =
        wholePull ? pullAll(who, &pulled) : call(method, target, who, body, type);
    QVERIFY2(answer.status == status,
             qPrintable(QStringLiteral("HTTP %1: %2")
                            .arg(answer.status)
                            .arg(QString::fromUtf8(answer.body.left(300)))));
    QCOMPARE(answer.error, error);
    // No refusal names what it refused: not the marker, not a Noord id, not the hash.
    if (status >= 400)
        for (const QString &secret : {Marker, idText(m_visitId), idText(m_findingId)})
            QVERIFY(!answer.body.contains(secret.toUtf8()));

    const auto holds = [&pulled](const QByteArray &text) {
        return std::any_of(pulled.cbegin(), pulled.cend(), [&text](const wire::WireChange &c) {
            return c.fieldsJson.find(text.toStdString()) != std::string::npos;
        });
    };
    const std::set<Id> noordIds {m_visitId, m_findingId, m_attachmentId};
    switch (Check(check)) {
    case Check::None:
        break;
    case Check::PullHoldsNoordWork:
        QVERIFY(holds(Marker.toUtf8()));
        QVERIFY(holds(m_photoHash.toLatin1()));
        break;
    case Check::PullHoldsNoForeignWork:
        QVERIFY(!pulled.isEmpty()); // Zuid's own reference data did come
        QVERIFY(!holds(Marker.toUtf8()));
        QVERIFY(!holds(m_photoHash.toLatin1()));
        QVERIFY(!holds(idText(m_visitId).toUtf8()));
        for (const wire::WireChange &change : std::as_const(pulled))
            QVERIFY2(!noordIds.contains(sync::fromWireUuid(change.entityId)),
                     change.entity.c_str());
        break;
    case Check::PullHoldsNoFieldwork: {
        QVERIFY(!pulled.isEmpty());
        const std::set<std::string> reference {"framework", "team", "user"};
        for (const wire::WireChange &change : std::as_const(pulled))
            QVERIFY2(reference.contains(change.entity), change.entity.c_str());
        break;
    }
    case Check::AnswersLikeUnknownContent: {
        QByteArray unknownTarget = target;
        unknownTarget.replace(m_photoHash.toLatin1(), randomHash().toLatin1());
        const HttpAnswer unknown = call(method, unknownTarget, who, body, type);
        QCOMPARE(answer.status, unknown.status);
        QCOMPARE(answer.body, unknown.body);
        break;
    }
    case Check::ContentIsThePhoto:
        QCOMPARE(answer.body, m_photo.left(4096));
        QCOMPARE(answer.header("Schouw-Blob-Size"), QByteArray::number(m_photo.size()));
        break;
    case Check::ContentIsComplete:
        QCOMPARE(answer.json().value(QLatin1String("complete")).toBool(), true);
        QCOMPARE(answer.json().value(QLatin1String("size")).toInteger(), m_photo.size());
        break;
    }
}

void TestRouteAuthorisation::refusedCallsChangedNothing()
{
    // A second Noord laptop sees the work exactly as the first one pushed it, and the photo as
    // it was uploaded, after every push and upload above was refused.
    test::TempVault colleague;
    auto synced = test::syncAndWait(
        colleague.vault(),
        test::loginOptions(m_server->url(), QStringLiteral("teamleider"), DemoPassword));
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().detail));
    Vault &vault = colleague.vault();
    QCOMPARE(test::firstValue(vault,
                              QStringLiteral("SELECT text FROM observation WHERE id = '%1'")
                                  .arg(idText(m_findingId))),
             Marker);
    QCOMPARE(test::firstValue(vault,
                              QStringLiteral("SELECT COUNT(*) FROM observation o JOIN "
                                             "visit v ON v.id = o.visit_id WHERE v.id = "
                                             "'%1'")
                                  .arg(idText(m_visitId))),
             QStringLiteral("1"));
    QCOMPARE(
        test::firstValue(
            vault,
            QStringLiteral("SELECT deleted FROM visit WHERE id = '%1'").arg(idText(m_visitId))),
        QStringLiteral("0"));
    QCOMPARE(test::firstValue(vault,
                              QStringLiteral("SELECT COUNT(*) FROM visit WHERE "
                                             "provider_id = '%1'")
                                  .arg(idText(m_providerId))),
             QStringLiteral("1"));
    QBuffer photo;
    QVERIFY(photo.open(QIODevice::WriteOnly));
    QVERIFY(AttachmentRepository(vault).read(m_attachmentId, photo));
    QVERIFY(photo.data() == m_photo);
}

void TestRouteAuthorisation::everyServedRouteIsInTheTable()
{
    QVERIFY2(!m_probed.empty(), "initTestCase failed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    server::OfficeOptions options;
    options.dataDirectory = dir.path();
    options.passwordCost = server::PasswordCost::Interactive;
    auto service = server::OfficeService::open(options);
    QVERIFY2(service, qPrintable(service ? QString() : service.error().detail));
    int served = 0;
    for (const server::Route &route : server::officeRoutes(**service)) {
        ++served;
        const std::pair key {QByteArray::fromStdString(route.method),
                             QByteArray::fromStdString(route.path)};
        QVERIFY2(
            m_probed.contains(key),
            qPrintable(QStringLiteral("%1 %2 has no row in the authorisation table")
                           .arg(QString::fromLatin1(key.first), QString::fromLatin1(key.second))));
    }
    QCOMPARE(std::size_t(served), m_probed.size());
}

QTEST_GUILESS_MAIN(TestRouteAuthorisation)
#include "tst_routeauthorisation.moc"
