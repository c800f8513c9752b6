#include "fakeoffice.h"

#include "sync/wireformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace schouw::test {

namespace {

QByteArray idKey(const wire::WireUuid &id)
{
    return QByteArray(reinterpret_cast<const char *>(id.bytes.data()),
                      static_cast<qsizetype>(id.bytes.size()));
}

} // namespace

FakeOffice::FakeOffice()
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

void FakeOffice::addChanges(const wire::ChangeBatch &batch)
{
    for (const wire::WireChange &change : batch.changes) {
        if (m_known.contains(idKey(change.changeId)))
            continue;
        m_known.insert(idKey(change.changeId));
        m_changes << change;
    }
}

QString FakeOffice::deviceFor(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return {};
    return m_accessTokens.value(authorization.mid(7));
}

HttpResponse FakeOffice::tokens(const QString &deviceId)
{
    ++m_issued;
    const QByteArray access = "access-" + QByteArray::number(m_issued);
    const QByteArray refresh = "refresh-" + QByteArray::number(m_issued);
    m_accessTokens.insert(access, deviceId);
    m_refreshTokens.insert(refresh, deviceId);
    HttpResponse response = HttpResponse::json(
        200,
        "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh +
            "\",\"accessExpiresIn\":900,\"userId\":\"" + UserId +
            "\",\"teamId\":null,\"role\":\"inspector\",\"storeId\":\"" + storeId + "\"}");
    response.headers << qMakePair(QByteArray("Schouw-Store-Id"), storeId);
    return response;
}

HttpResponse FakeOffice::handle(const HttpRequest &request)
{
    const auto withStore = [this](HttpResponse response) {
        response.headers << qMakePair(QByteArray("Schouw-Store-Id"), storeId);
        return response;
    };
    const QJsonObject json = QJsonDocument::fromJson(request.body).object();
    if (request.path == "/v1/auth/login") {
        if (revoked)
            return withStore(HttpResponse::error(403, "device_revoked"));
        if (json.value(QStringLiteral("password")).toString() != password)
            return withStore(HttpResponse::error(401, "login_failed"));
        return tokens(json.value(QStringLiteral("deviceId")).toString());
    }
    if (request.path == "/v1/auth/refresh") {
        if (revoked)
            return withStore(HttpResponse::error(403, "device_revoked"));
        const QByteArray token = json.value(QStringLiteral("refreshToken")).toString().toLatin1();
        const QString device = json.value(QStringLiteral("deviceId")).toString();
        if (refreshRefused || m_refreshTokens.value(token) != device || device.isEmpty())
            return withStore(HttpResponse::error(401, "refresh_invalid"));
        m_refreshTokens.remove(token); // rotated
        return tokens(device);
    }
    const QString device = deviceFor(request);
    if (device.isEmpty())
        return withStore(HttpResponse::error(401, "unauthenticated"));
    if (revoked)
        return withStore(HttpResponse::error(403, "device_revoked"));
    if (fault)
        if (auto answer = fault(request))
            return *answer;
    if (request.path == "/v1/sync/push") {
        auto batch = wire::decodeBatch(request.body);
        if (!batch)
            return withStore(HttpResponse::error(400, "malformed"));
        ++m_pushes;
        qint64 accepted = 0;
        qint64 duplicates = 0;
        for (const wire::WireChange &change : batch->changes) {
            if (m_known.contains(idKey(change.changeId))) {
                ++duplicates;
                continue;
            }
            m_known.insert(idKey(change.changeId));
            m_changes << change;
            ++accepted;
        }
        m_duplicates += duplicates;
        return withStore(
            HttpResponse::json(200,
                               "{\"accepted\":" + QByteArray::number(accepted) +
                                   ",\"duplicates\":" + QByteArray::number(duplicates) +
                                   ",\"lastSeq\":" + QByteArray::number(lastSeq()) + "}"));
    }
    if (request.path == "/v1/sync/pull") {
        const qint64 after = request.query.queryItemValue(QStringLiteral("after")).toLongLong();
        const qint64 limit = request.query.queryItemValue(QStringLiteral("limit")).toLongLong();
        wire::ChangeBatch page;
        qint64 cursor = after;
        for (qint64 seq = after + 1; seq <= lastSeq(); ++seq) {
            if (static_cast<qint64>(page.changes.size()) >= limit)
                break;
            cursor = seq;
            const wire::WireChange &change = m_changes.at(seq - 1);
            if (QString::fromStdString(change.deviceId) != device)
                page.changes.push_back(change);
        }
        HttpResponse response;
        response.body = wire::encodeBatch(page);
        response.headers << qMakePair(QByteArray("Schouw-Next-Cursor"), QByteArray::number(cursor))
                         << qMakePair(QByteArray("Schouw-More"),
                                      QByteArray(cursor < lastSeq() ? "1" : "0"))
                         << qMakePair(QByteArray("Schouw-Last-Seq"),
                                      QByteArray::number(reportedLastSeq.value_or(lastSeq())));
        return withStore(response);
    }
    return withStore(HttpResponse::error(404, "not_found"));
}

} // namespace schouw::test
