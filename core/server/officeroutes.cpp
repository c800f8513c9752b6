#include "officeroutes.h"

#include "office/officeservice.h"
#include "sync/wireformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <limits>

namespace schouw::server {

namespace {

// Login and refresh bodies are a few short strings; anything larger is not a client of ours.
constexpr std::size_t kMaxJsonBodyBytes = 4 * 1024;
constexpr int kMaxJsonStringChars = 512;
constexpr int kDefaultPullLimit = 1000;
constexpr int kMaxPullLimit = 5000;

const std::string kBatchType = "application/x-schouw-batch";

HttpResponse malformed(std::string_view message)
{
    return HttpResponse::error(400, "malformed", message);
}

HttpResponse refusal(const AuthRefusal &refusal)
{
    switch (refusal.failure) {
    case AuthFailure::BadCredentials:
        return HttpResponse::error(401, "login_failed", "Unknown user name or wrong password.");
    case AuthFailure::RateLimited: {
        HttpResponse response =
            HttpResponse::error(429, "rate_limited", "Too many failed logins; try again later.");
        response.headers.emplace_back("Retry-After",
                                      std::to_string(std::max(1, refusal.retryAfterSeconds)));
        return response;
    }
    case AuthFailure::DeviceRevoked:
        return HttpResponse::error(403, "device_revoked", "This device has been revoked.");
    case AuthFailure::TokenExpired:
        return HttpResponse::error(401, "token_expired", "The access token has expired.");
    case AuthFailure::TokenUnknown:
        return HttpResponse::error(401, "unauthenticated", "A valid access token is required.");
    case AuthFailure::RefreshInvalid:
        return HttpResponse::error(401, "refresh_invalid", "The login is no longer valid.");
    }
    return HttpResponse::error(401, "unauthenticated", "A valid access token is required.");
}

HttpResponse refusal(const PushRefusal &refusal)
{
    switch (refusal.failure) {
    case PushFailure::Forbidden: {
        QJsonObject body {{QStringLiteral("error"), QStringLiteral("forbidden")},
                          {QStringLiteral("message"),
                           QStringLiteral("The batch touches records outside your access.")},
                          {QStringLiteral("changeId"), refusal.changeId}};
        return HttpResponse::json(403, body);
    }
    case PushFailure::UnknownRecord: {
        QJsonObject body {
            {QStringLiteral("error"), QStringLiteral("unknown_record")},
            {QStringLiteral("message"),
             QStringLiteral("The batch refers to a record the office does not know.")},
            {QStringLiteral("changeId"), refusal.changeId}};
        return HttpResponse::json(422, body);
    }
    case PushFailure::Invalid:
        return malformed("The batch contains an invalid change.");
    case PushFailure::Busy: {
        HttpResponse response =
            HttpResponse::error(503, "busy", "The office service is busy; try again later.");
        response.headers.emplace_back("Retry-After", "5");
        return response;
    }
    }
    return malformed("The batch was refused.");
}

HttpResponse tokens(const TokenPair &pair)
{
    return HttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("accessToken"), pair.accessToken},
                     {QStringLiteral("refreshToken"), pair.refreshToken},
                     {QStringLiteral("accessExpiresIn"), pair.accessExpiresInSeconds},
                     {QStringLiteral("userId"), pair.userId},
                     {QStringLiteral("teamId"), pair.teamId},
                     {QStringLiteral("role"), roleKey(pair.role)},
                     {QStringLiteral("storeId"), pair.storeId}});
}

// The JSON object of a login or refresh body with the named string members, each non-empty and
// short; nullopt for anything else.
std::optional<QJsonObject> jsonBody(const std::string &body, std::initializer_list<QString> members)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(body.data(), qsizetype(body.size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject object = document.object();
    for (const QString &member : members) {
        const QJsonValue value = object.value(member);
        if (!value.isString() || value.toString().isEmpty() ||
            value.toString().size() > kMaxJsonStringChars)
            return std::nullopt;
    }
    return object;
}

QString member(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

std::optional<std::uint64_t> unsignedNumber(const std::string &text)
{
    std::uint64_t value = 0;
    const char *end = text.data() + text.size();
    auto [next, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || next != end || text.empty())
        return std::nullopt;
    return value;
}

// Admits a request that carries a valid access token; the principal goes to the handler.
std::optional<HttpResponse> admitBearer(OfficeService &service, const HttpHead &head,
                                        std::any &state)
{
    const std::string token = head.bearerToken();
    if (token.empty())
        return HttpResponse::error(401, "unauthenticated", "A valid access token is required.");
    auto principal = service.authenticate(QString::fromStdString(token));
    if (!principal)
        return refusal(principal.error());
    state = *principal;
    return std::nullopt;
}

HttpResponse push(OfficeService &service, const HttpRequest &request, std::any &state)
{
    const auto &who = std::any_cast<const Principal &>(state);
    if (request.head.header("content-type") != kBatchType)
        return malformed("A push carries a change batch (application/x-schouw-batch).");
    wire::DecodeFailure failure = wire::DecodeFailure::None;
    auto batch = wire::decodeBatch(
        QByteArrayView(request.body.data(), qsizetype(request.body.size())), &failure);
    if (!batch) {
        if (failure == wire::DecodeFailure::NewerProtocol)
            return HttpResponse::error(400, "protocol_too_new",
                                       "The batch uses a newer protocol than this office service.");
        return malformed("The change batch is damaged or breaks a limit.");
    }
    auto receipt = service.push(who, *batch);
    if (!receipt)
        return refusal(receipt.error());
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("accepted"), receipt->accepted},
                                           {QStringLiteral("duplicates"), receipt->duplicates},
                                           {QStringLiteral("lastSeq"), qint64(receipt->lastSeq)}});
}

HttpResponse pull(OfficeService &service, const HttpRequest &request, std::any &state)
{
    const auto &who = std::any_cast<const Principal &>(state);
    std::uint64_t after = 0;
    if (auto text = request.head.queryValue("after")) {
        auto value = unsignedNumber(*text);
        if (!value || *value > std::uint64_t(std::numeric_limits<qint64>::max()))
            return malformed("'after' must be a sequence number.");
        after = *value;
    }
    int limit = kDefaultPullLimit;
    if (auto text = request.head.queryValue("limit")) {
        auto value = unsignedNumber(*text);
        if (!value || *value == 0 || *value > std::uint64_t(kMaxPullLimit))
            return malformed("'limit' must be between 1 and 5000.");
        limit = int(*value);
    }
    auto page = service.pull(who, after, limit);
    if (!page)
        return HttpResponse::error(500, "internal", "The changes could not be read.");
    const QByteArray bytes = wire::encodeBatch(page->batch);
    if (bytes.isEmpty())
        return HttpResponse::error(500, "internal", "The changes could not be encoded.");
    HttpResponse response;
    response.contentType = kBatchType;
    response.body.assign(bytes.constData(), std::size_t(bytes.size()));
    response.headers = {{"Schouw-Next-Cursor", std::to_string(page->nextCursor)},
                        {"Schouw-More", page->more ? "1" : "0"},
                        {"Schouw-Last-Seq", std::to_string(page->lastSeq)},
                        {"Schouw-Scope-Epoch", std::to_string(page->scopeEpoch)}};
    return response;
}

// ---- Attachment content -----------------------------------------------------------------------

const std::string kBlobType = "application/octet-stream";

QJsonObject blobJson(const BlobState &state)
{
    return QJsonObject {{QStringLiteral("sha256"), state.sha256},
                        {QStringLiteral("size"), state.size},
                        {QStringLiteral("received"), state.received},
                        {QStringLiteral("complete"), state.complete}};
}

HttpResponse refusal(const BlobRefusal &refusal)
{
    const auto positioned = [&refusal](const char *code, const char *message) {
        return HttpResponse::json(409,
                                  QJsonObject {{QStringLiteral("error"), QLatin1String(code)},
                                               {QStringLiteral("message"), QLatin1String(message)},
                                               {QStringLiteral("received"), refusal.received},
                                               {QStringLiteral("size"), refusal.size}});
    };
    switch (refusal.failure) {
    case BlobFailure::Forbidden:
        return HttpResponse::error(403, "forbidden",
                                   "Administrators do not read or write fieldwork content.");
    case BlobFailure::NotFound:
        return HttpResponse::error(404, "not_found",
                                   "No attachment content of yours has this hash.");
    case BlobFailure::Invalid:
        return malformed("A bad hash, offset, length or size.");
    case BlobFailure::TooLarge:
        return HttpResponse::error(413, "too_large",
                                   "The attachment is larger than the office accepts.");
    case BlobFailure::OffsetMismatch:
        return positioned("offset_mismatch", "The upload continues at the received count.");
    case BlobFailure::SizeMismatch:
        return positioned("size_mismatch", "Another size was declared for this content.");
    case BlobFailure::HashMismatch:
        return HttpResponse::error(422, "hash_mismatch",
                                   "The content does not match its hash; nothing was kept.");
    case BlobFailure::Incomplete:
        return HttpResponse::error(409, "incomplete", "The content is not complete at the office.");
    case BlobFailure::Busy: {
        HttpResponse response =
            HttpResponse::error(503, "busy", "The office service is busy; try again later.");
        response.headers.emplace_back("Retry-After", "5");
        return response;
    }
    }
    return malformed("The request was refused.");
}

// A query number within [0, max]; nullopt when absent or not one.
std::optional<qint64> queryNumber(const HttpHead &head, std::string_view key, qint64 max)
{
    auto text = head.queryValue(key);
    if (!text)
        return std::nullopt;
    auto value = unsignedNumber(*text);
    if (!value || *value > std::uint64_t(max))
        return std::nullopt;
    return qint64(*value);
}

QString queryHash(const HttpHead &head)
{
    auto text = head.queryValue("sha256");
    return text && text->size() == 64 ? QString::fromStdString(*text) : QString();
}

// The upload parameters of PUT /v1/blobs, from the head; an answer when the head alone decides.
struct BlobUpload
{
    Principal who;
    QString sha256;
    qint64 offset = 0;
    qint64 size = 0;
};

std::optional<HttpResponse> admitBlobUpload(OfficeService &service, const HttpHead &head,
                                            std::any &state)
{
    if (auto refused = admitBearer(service, head, state))
        return refused;
    BlobUpload upload;
    upload.who = std::any_cast<const Principal &>(state);
    upload.sha256 = queryHash(head);
    // The size is checked against the maximum before anything else, so an oversized
    // attachment is refused however its other parameters look.
    constexpr qint64 kAnyNumber = std::numeric_limits<qint64>::max() / 2;
    const auto size = queryNumber(head, "size", kAnyNumber);
    if (size && *size > OfficeService::maxBlobBytes())
        return refusal(BlobRefusal {BlobFailure::TooLarge, 0, 0, {}});
    const auto offset = queryNumber(head, "offset", kAnyNumber);
    if (upload.sha256.isEmpty() || !size || !offset)
        return malformed("An upload needs sha256, offset and size.");
    upload.offset = *offset;
    upload.size = *size;
    std::optional<qint64> chunk;
    if (head.contentLength)
        chunk = qint64(std::min<std::uint64_t>(*head.contentLength, std::uint64_t(kAnyNumber)));
    auto checked =
        service.checkBlobUpload(upload.who, upload.sha256, upload.offset, upload.size, chunk);
    if (!checked)
        return refusal(checked.error());
    if (checked->complete) // a second device's upload of the same content: nothing to send
        return HttpResponse::json(200, blobJson(*checked));
    state = std::move(upload);
    return std::nullopt;
}

HttpResponse putBlob(OfficeService &service, const HttpRequest &request, std::any &state)
{
    const auto &upload = std::any_cast<const BlobUpload &>(state);
    auto stored =
        service.putBlobChunk(upload.who, upload.sha256, upload.offset, upload.size,
                             QByteArray(request.body.data(), qsizetype(request.body.size())));
    if (!stored)
        return refusal(stored.error());
    return HttpResponse::json(200, blobJson(*stored));
}

HttpResponse blobStatus(OfficeService &service, const HttpRequest &request, std::any &state)
{
    const auto &who = std::any_cast<const Principal &>(state);
    const QString sha256 = queryHash(request.head);
    if (sha256.isEmpty())
        return malformed("A status request needs sha256.");
    auto status = service.blobStatus(who, sha256);
    if (!status)
        return refusal(status.error());
    return HttpResponse::json(200, blobJson(*status));
}

HttpResponse getBlob(OfficeService &service, const HttpRequest &request, std::any &state)
{
    const auto &who = std::any_cast<const Principal &>(state);
    const QString sha256 = queryHash(request.head);
    const auto offset = queryNumber(request.head, "offset", OfficeService::maxBlobBytes());
    const auto length = queryNumber(request.head, "length", OfficeService::MaxBlobChunkBytes);
    if (sha256.isEmpty() || !offset || !length || *length == 0)
        return malformed("A download needs sha256, offset and a length of 1 to 1048576.");
    BlobState blob;
    auto bytes = service.readBlobChunk(who, sha256, *offset, *length, &blob);
    if (!bytes)
        return refusal(bytes.error());
    HttpResponse response;
    response.contentType = kBlobType;
    response.body.assign(bytes->constData(), std::size_t(bytes->size()));
    response.headers = {{"Schouw-Blob-Size", std::to_string(blob.size)}};
    return response;
}

} // namespace

std::vector<Route> officeRoutes(OfficeService &service)
{
    auto open = [](const HttpHead &, std::any &) -> std::optional<HttpResponse> {
        return std::nullopt;
    };
    auto bearer = [&service](const HttpHead &head, std::any &state) {
        return admitBearer(service, head, state);
    };
    std::vector<Route> routes;
    routes.push_back({"GET", "/v1/health", 0, open, [](const HttpRequest &, std::any &) {
                          return HttpResponse::json(
                              200, QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}});
                      }});
    routes.back().withCommonHeaders = false; // no authentication, no data, no fingerprint
    routes.push_back({"POST", "/v1/auth/login", kMaxJsonBodyBytes, open,
                      [&service](const HttpRequest &request, std::any &) {
                          auto body =
                              jsonBody(request.body,
                                       {QStringLiteral("user"), QStringLiteral("password"),
                                        QStringLiteral("deviceId"), QStringLiteral("deviceName")});
                          if (!body)
                              return malformed("A login needs user, password, deviceId and "
                                               "deviceName.");
                          auto pair =
                              service.login(member(*body, "user"), member(*body, "password"),
                                            member(*body, "deviceId"), member(*body, "deviceName"),
                                            QString::fromStdString(request.head.remoteAddress));
                          return pair ? tokens(*pair) : refusal(pair.error());
                      }});
    routes.push_back(
        {"POST", "/v1/auth/refresh", kMaxJsonBodyBytes, open,
         [&service](const HttpRequest &request, std::any &) {
             auto body = jsonBody(request.body,
                                  {QStringLiteral("refreshToken"), QStringLiteral("deviceId")});
             if (!body)
                 return malformed("A refresh needs refreshToken and deviceId.");
             auto pair = service.refresh(member(*body, "refreshToken"), member(*body, "deviceId"),
                                         QString::fromStdString(request.head.remoteAddress));
             return pair ? tokens(*pair) : refusal(pair.error());
         }});
    routes.push_back({"POST", "/v1/sync/push", wire::kMaxMessageBytes, bearer,
                      [&service](const HttpRequest &request, std::any &state) {
                          return push(service, request, state);
                      }});
    routes.push_back({"GET", "/v1/sync/pull", 0, bearer,
                      [&service](const HttpRequest &request, std::any &state) {
                          return pull(service, request, state);
                      }});
    // Attachment content; the route matches the path exactly, so the rest is in the query.
    routes.push_back({"PUT", "/v1/blobs", std::size_t(OfficeService::MaxBlobChunkBytes),
                      [&service](const HttpHead &head, std::any &state) {
                          return admitBlobUpload(service, head, state);
                      },
                      [&service](const HttpRequest &request, std::any &state) {
                          return putBlob(service, request, state);
                      }});
    routes.push_back(
        {"GET", "/v1/blobs", 0, bearer, [&service](const HttpRequest &request, std::any &state) {
             return getBlob(service, request, state);
         }});
    routes.push_back({"GET", "/v1/blobs/status", 0, bearer,
                      [&service](const HttpRequest &request, std::any &state) {
                          return blobStatus(service, request, state);
                      }});
    return routes;
}

} // namespace schouw::server
