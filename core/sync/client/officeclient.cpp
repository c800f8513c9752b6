#include "officeclient.h"

#include "sync/wireformat.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

namespace schouw::sync {

Q_LOGGING_CATEGORY(lcSyncHttp, "schouw.sync.http", QtInfoMsg)

namespace {

const QByteArray BatchType = QByteArrayLiteral("application/x-schouw-batch");
const QByteArray JsonType = QByteArrayLiteral("application/json");
const QByteArray BlobType = QByteArrayLiteral("application/octet-stream");
const QString PinPrefix = QStringLiteral("sha256//");

// A request body that hands out no byte until release(): a push waits behind it until the TLS
// connection it goes over has passed the pin check, so a connection that fails the check never
// carries any of the batch. QNetworkAccessManager reads an upload on the thread that owns the
// reply, on demand, once the request head is out; a sequential device with a Content-Length and
// buffering switched off is read no earlier.
class GatedBody final : public QIODevice
{
public:
    GatedBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    void release()
    {
        if (m_released)
            return;
        m_released = true;
        Q_EMIT readyRead();
    }
    [[nodiscard]] qint64 length() const { return m_data.size(); }
    // The body may hold a password (login): zero it once the request is over.
    void wipe()
    {
        m_released = false;
        m_data.fill('\0');
        m_data.clear();
    }

    bool isSequential() const override { return true; }
    // QNetworkAccessManager tries to rewind a body to send it again after a dropped connection;
    // a push is never sent twice behind the caller's back, so say no without a warning.
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override
    {
        return (m_released ? m_data.size() - m_position : 0) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_released && m_position >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_released)
            return 0;
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    bool m_released = false;
};

// Integers in JSON arrive as doubles: accept only whole, non-negative ones a double holds exactly.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= 0.0) || number > 9007199254740992.0 || std::floor(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<qint64> headerNumber(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 19)
        return std::nullopt;
    for (const char c : value)
        if (c < '0' || c > '9')
            return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

bool isUuidText(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

// The JSON string for bytes that are UTF-8 text, built without a QString so that a password
// never lands in memory we cannot wipe.
void appendJsonString(QByteArray &out, const unsigned char *data, std::size_t size)
{
    static const char Hex[] = "0123456789abcdef";
    out.append('"');
    for (std::size_t i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(static_cast<char>(c));
        } else if (c < 0x20) {
            out.append("\\u00");
            out.append(Hex[c >> 4]);
            out.append(Hex[c & 0xF]);
        } else {
            out.append(static_cast<char>(c));
        }
    }
    out.append('"');
}

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, reinterpret_cast<const unsigned char *>(utf8.constData()),
                     static_cast<std::size_t>(utf8.size()));
}

// Retry-After: delay-seconds or an HTTP date (RFC 9110).
std::optional<int> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (const auto seconds = headerNumber(trimmed))
        return static_cast<int>(std::min<qint64>(*seconds, OfficeClient::MaxRetryAfterSeconds));
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed).chopped(4),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid() || !trimmed.endsWith(" GMT"))
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 delay = QDateTime::currentDateTimeUtc().secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delay, 0, OfficeClient::MaxRetryAfterSeconds));
}

// The "error" member of an error answer, or empty.
QString officeErrorCode(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject()
        ? document.object().value(QStringLiteral("error")).toString().left(64)
        : QString();
}

QString sslProblem(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return OfficeClient::tr("the certificate was issued for another server name");
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return OfficeClient::tr("the certificate has expired or is not valid yet");
        case QSslError::CertificateRevoked:
            return OfficeClient::tr("the certificate has been revoked");
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return OfficeClient::tr(
                "the certificate is not issued by a trusted authority; the office's "
                "own CA certificate may be needed");
        default:
            break;
        }
    }
    return OfficeClient::tr("the certificate could not be verified");
}

QString sslDetail(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors)
        parts << error.errorString();
    return parts.join(QStringLiteral("; "));
}

} // namespace

struct OfficeClient::Response
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    [[nodiscard]] QByteArray header(const char *name) const
    {
        return headers.value(QByteArray(name));
    }
};

struct OfficeClient::Call
{
    enum class Kind { Login, Refresh, Push, Pull, BlobStatus, BlobUpload, BlobDownload };
    Kind kind = Kind::Pull;
    QString path;
    QUrlQuery query;
    QByteArray body; // POST when not empty
    QByteArray contentType;
    bool authorized = false;
    bool retriedAfterRefresh = false;
    // Non-2xx statuses handed to `done` as answers rather than errors (an upload's 409).
    QList<int> answerStatuses;
    qint64 downloadCap = 0; // BlobDownload: the most a 200 answer may carry
    std::function<void(Result<Response>)> done;

    // In flight.
    QNetworkAccessManager *manager = nullptr;
    QPointer<QNetworkReply> reply;
    GatedBody *upload = nullptr;
    Response response;
    qint64 cap = MaxJsonBytes;
    std::optional<Error> ownAbort;
    QList<QSslError> sslErrors;
    bool pinChecked = false;
    bool completed = false;

    [[nodiscard]] bool hasBody() const
    {
        return kind == Kind::Login || kind == Kind::Refresh || kind == Kind::Push ||
            kind == Kind::BlobUpload;
    }
    [[nodiscard]] bool isBlob() const
    {
        return kind == Kind::BlobStatus || kind == Kind::BlobUpload || kind == Kind::BlobDownload;
    }
};

OfficeClient::OfficeClient(OfficeSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_invalid(Error {ErrorCode::InvalidInput,
                       OfficeClient::tr("The office connection is not set up."),
                       QStringLiteral("OfficeClient::prepare() not called")})
{
}

OfficeClient::~OfficeClient()
{
    if (m_current && m_current->reply) {
        m_current->done = nullptr;
        m_current->reply->abort();
    }
}

bool OfficeClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QByteArray> OfficeClient::parsePin(const QString &pin)
{
    const auto bad = [&pin] {
        return fail(ErrorCode::InvalidInput,
                    OfficeClient::tr("A pin must have the form sha256//<base64 of 32 bytes>."),
                    QStringLiteral("bad pin of %1 characters").arg(pin.size()));
    };
    if (!pin.startsWith(PinPrefix))
        return bad();
    const auto decoded = QByteArray::fromBase64Encoding(pin.mid(PinPrefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return bad();
    return decoded.decoded;
}

QString OfficeClient::pinOf(const QSslCertificate &certificate)
{
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo, the same bytes that
    // `openssl pkey -pubin -outform der` gives, so pins made with openssl match.
    const QByteArray spki = certificate.publicKey().toDer();
    return PinPrefix +
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

Status OfficeClient::prepare()
{
    const QUrl &url = m_settings.server;
    const auto bad = [](const QString &message, const QString &detail) {
        return fail(ErrorCode::InvalidInput, message, detail);
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")))
        return bad(
            OfficeClient::tr("The office address must be an https:// address with a server name."),
            QStringLiteral("server URL rejected"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad(OfficeClient::tr("The office address may not contain a user name, a query or a "
                                    "fragment."),
                   QStringLiteral("server URL has user info, query or fragment"));
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host()))
        return bad(
            OfficeClient::tr("Plain http:// is only allowed to this computer itself (localhost); "
                             "use https:// for the office."),
            QStringLiteral("http to non-loopback host %1").arg(url.host()));
    if (m_settings.timeout.count() <= 0)
        return bad(OfficeClient::tr("The timeout must be more than zero."),
                   QStringLiteral("timeout <= 0"));

    m_caCertificates.clear();
    if (!m_settings.caCertificatesPem.isEmpty()) {
        m_caCertificates = QSslCertificate::fromData(m_settings.caCertificatesPem, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            return bad(OfficeClient::tr("The CA file holds no certificate in PEM form."),
                       QStringLiteral("no PEM certificate in CA data"));
    }
    m_pins.clear();
    for (const QString &pin : m_settings.pins) {
        auto digest = parsePin(pin);
        if (!digest)
            return std::unexpected(digest.error());
        m_pins << *digest;
    }
    if (!m_pins.isEmpty() && scheme != QStringLiteral("https"))
        qCInfo(lcSyncHttp) << "pins are not checked on a plain loopback connection";
    m_invalid.reset();
    return {};
}

void OfficeClient::login(const QString &user, const SecureBytes &password,
                         const QString &deviceName, Handler<OfficeTokens> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::Login;
    call->path = QStringLiteral("/v1/auth/login");
    call->contentType = JsonType;
    // {"user","password","deviceId","deviceName"} written by hand: the password goes straight
    // from guarded memory into the one buffer that is wiped after the call.
    QByteArray &body = call->body;
    body.reserve(static_cast<qsizetype>(password.size()) * 6 + user.size() * 6 + 256);
    body.append("{\"user\":");
    appendJsonString(body, user);
    body.append(",\"password\":");
    appendJsonString(body, password.data(), password.size());
    body.append(",\"deviceId\":");
    appendJsonString(body, m_deviceId);
    body.append(",\"deviceName\":");
    appendJsonString(body, deviceName);
    body.append('}');
    call->done = [this, handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        handler(takeTokens(*response));
    };
    send(call);
}

void OfficeClient::refresh(Handler<OfficeTokens> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::Refresh;
    call->path = QStringLiteral("/v1/auth/refresh");
    call->contentType = JsonType;
    QByteArray &body = call->body;
    body.append("{\"refreshToken\":");
    appendJsonString(body, reinterpret_cast<const unsigned char *>(m_refreshToken.constData()),
                     static_cast<std::size_t>(m_refreshToken.size()));
    body.append(",\"deviceId\":");
    appendJsonString(body, m_deviceId);
    body.append('}');
    if (m_refreshToken.isEmpty() && !m_invalid) {
        QMetaObject::invokeMethod(
            this,
            [handler = std::move(handler)] {
                handler(
                    fail(ErrorCode::LoginRequired,
                         OfficeClient::tr("Log in to the office with your user name and password."),
                         QStringLiteral("no refresh token")));
            },
            Qt::QueuedConnection);
        return;
    }
    call->done = [this, handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        handler(takeTokens(*response));
    };
    send(call);
}

void OfficeClient::push(QByteArray encodedBatch, Handler<PushReply> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::Push;
    call->path = QStringLiteral("/v1/sync/push");
    call->contentType = BatchType;
    call->body = std::move(encodedBatch);
    call->authorized = true;
    sendAuthorized(call, [handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        const auto malformed = [](const QString &detail) {
            return fail(ErrorCode::InvalidInput,
                        OfficeClient::tr("The office sent an answer Schouw does not understand."),
                        detail);
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
        if (!document.isObject())
            return handler(malformed(QStringLiteral("push reply is not a JSON object")));
        const QJsonObject object = document.object();
        const auto accepted = wholeNumber(object.value(QStringLiteral("accepted")));
        const auto duplicates = wholeNumber(object.value(QStringLiteral("duplicates")));
        const auto lastSeq = wholeNumber(object.value(QStringLiteral("lastSeq")));
        if (!accepted || !duplicates || !lastSeq)
            return handler(
                malformed(QStringLiteral("push reply lacks accepted/duplicates/lastSeq")));
        const QString storeId = QString::fromLatin1(response->header("schouw-store-id"));
        if (!isUuidText(storeId))
            return handler(malformed(QStringLiteral("push reply without a valid Schouw-Store-Id")));
        handler(PushReply {*accepted, *duplicates, *lastSeq, storeId});
    });
}

void OfficeClient::pull(qint64 after, int limit, Handler<PullPage> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::Pull;
    call->path = QStringLiteral("/v1/sync/pull");
    call->query.addQueryItem(QStringLiteral("after"), QString::number(after));
    call->query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    call->authorized = true;
    sendAuthorized(call, [after, handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        const auto malformed = [](const QString &detail) {
            return fail(
                ErrorCode::InvalidInput,
                OfficeClient::tr("The office sent an answer Schouw does not understand; nothing of "
                                 "it was applied."),
                detail);
        };
        PullPage page;
        const auto next = headerNumber(response->header("schouw-next-cursor"));
        const auto lastSeq = headerNumber(response->header("schouw-last-seq"));
        const QByteArray more = response->header("schouw-more");
        page.storeId = QString::fromLatin1(response->header("schouw-store-id"));
        if (!next || !lastSeq || (more != "0" && more != "1") || !isUuidText(page.storeId))
            return handler(malformed(QStringLiteral("pull reply with missing or bad headers")));
        page.nextCursor = *next;
        page.lastSeq = *lastSeq;
        // Optional: an office without scope epochs never widens a scope in flight.
        if (const QByteArray epoch = response->header("schouw-scope-epoch"); !epoch.isEmpty()) {
            const auto value = headerNumber(epoch);
            if (!value)
                return handler(malformed(QStringLiteral("pull reply with a bad scope epoch")));
            page.scopeEpoch = *value;
        }
        page.more = more == "1";
        // A cursor that goes back, or stands still while more is promised, would loop for ever.
        if (page.nextCursor < after || (page.more && page.nextCursor == after))
            return handler(malformed(QStringLiteral("pull cursor %1 after %2 (more=%3)")
                                         .arg(page.nextCursor)
                                         .arg(after)
                                         .arg(page.more)));
        wire::DecodeFailure failure = wire::DecodeFailure::None;
        auto batch = wire::decodeBatch(response->body, &failure);
        if (!batch) {
            if (failure == wire::DecodeFailure::NewerProtocol)
                return handler(
                    fail(ErrorCode::ProtocolTooNew,
                         OfficeClient::tr("The office sends data of a newer Schouw. Update "
                                          "Schouw to sync."),
                         batch.error().detail));
            return handler(malformed(QStringLiteral("pull batch: ") + batch.error().detail));
        }
        page.batch = std::move(*batch);
        page.bytes = response->body.size();
        handler(std::move(page));
    });
}

namespace {

Error blobAnswerError(const QString &detail)
{
    return Error {ErrorCode::InvalidInput,
                  OfficeClient::tr("The office sent an answer Schouw does not understand."),
                  detail};
}

// A blob state in JSON, checked: the address asked about, whole numbers within the attachment
// maximum, received not beyond size, complete only when everything arrived.
Result<BlobStatus> blobStateFrom(const QJsonObject &object, const QString &sha256)
{
    constexpr qint64 MaxContent = 50 * 1024 * 1024;
    const QJsonValue complete = object.value(QStringLiteral("complete"));
    const auto size = wholeNumber(object.value(QStringLiteral("size")));
    const auto received = wholeNumber(object.value(QStringLiteral("received")));
    if (!size || !received || *size > MaxContent || *received > *size)
        return std::unexpected(blobAnswerError(QStringLiteral("blob state with bad numbers")));
    BlobStatus state;
    state.sha256 = sha256;
    state.size = *size;
    state.received = *received;
    if (complete.isBool())
        state.complete = complete.toBool();
    else if (!complete.isUndefined())
        return std::unexpected(blobAnswerError(QStringLiteral("blob state with bad complete")));
    if (state.complete && state.received != state.size)
        return std::unexpected(blobAnswerError(QStringLiteral("complete blob not all received")));
    const QJsonValue named = object.value(QStringLiteral("sha256"));
    if (!named.isUndefined() && named.toString() != sha256)
        return std::unexpected(blobAnswerError(QStringLiteral("blob state for another hash")));
    return state;
}

} // namespace

void OfficeClient::blobStatus(const QString &sha256, Handler<BlobStatus> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::BlobStatus;
    call->path = QStringLiteral("/v1/blobs/status");
    call->query.addQueryItem(QStringLiteral("sha256"), sha256);
    call->authorized = true;
    sendAuthorized(call, [sha256, handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        const QJsonDocument document = QJsonDocument::fromJson(response->body);
        if (!document.isObject())
            return handler(
                std::unexpected(blobAnswerError(QStringLiteral("status is not a JSON object"))));
        handler(blobStateFrom(document.object(), sha256));
    });
}

void OfficeClient::uploadBlobChunk(const QString &sha256, qint64 offset, qint64 size,
                                   QByteArray chunk, Handler<BlobStatus> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::BlobUpload;
    call->path = QStringLiteral("/v1/blobs");
    call->query.addQueryItem(QStringLiteral("sha256"), sha256);
    call->query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    call->query.addQueryItem(QStringLiteral("size"), QString::number(size));
    call->contentType = BlobType;
    call->body = std::move(chunk);
    call->authorized = true;
    call->answerStatuses = {409};
    Q_ASSERT(call->body.size() <= MaxBlobChunkBytes);
    sendAuthorized(call, [sha256, handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        const QJsonDocument document = QJsonDocument::fromJson(response->body);
        if (!document.isObject())
            return handler(
                std::unexpected(blobAnswerError(QStringLiteral("upload reply not JSON"))));
        const QJsonObject object = document.object();
        if (response->status == 409) {
            const QString code = object.value(QStringLiteral("error")).toString();
            if (code != QStringLiteral("offset_mismatch") &&
                code != QStringLiteral("size_mismatch"))
                return handler(fail(ErrorCode::NotFound,
                                    OfficeClient::tr("The office does not hold this "
                                                     "attachment's content for you (yet)."),
                                    QStringLiteral("409 %1 on upload").arg(code.left(64))));
        }
        auto state = blobStateFrom(object, sha256);
        if (state && response->status == 409)
            state->complete = false;
        handler(std::move(state));
    });
}

void OfficeClient::downloadBlobChunk(const QString &sha256, qint64 offset, qint64 length,
                                     Handler<BlobChunk> handler)
{
    auto call = std::make_shared<Call>();
    call->kind = Call::Kind::BlobDownload;
    call->path = QStringLiteral("/v1/blobs");
    call->query.addQueryItem(QStringLiteral("sha256"), sha256);
    call->query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    call->query.addQueryItem(QStringLiteral("length"), QString::number(length));
    call->authorized = true;
    call->downloadCap = std::clamp<qint64>(length, 0, MaxBlobChunkBytes);
    sendAuthorized(call, [handler = std::move(handler)](Result<Response> response) {
        if (!response)
            return handler(std::unexpected(response.error()));
        const auto size = headerNumber(response->header("schouw-blob-size"));
        if (!size)
            return handler(
                std::unexpected(blobAnswerError(QStringLiteral("download without a blob size"))));
        handler(BlobChunk {std::move(response->body), *size});
    });
}

void OfficeClient::abort()
{
    if (!m_current || !m_current->reply)
        return;
    m_current->ownAbort = Error {ErrorCode::Network, OfficeClient::tr("The sync was cancelled."),
                                 QStringLiteral("aborted")};
    m_current->reply->abort();
}

void OfficeClient::sendAuthorized(std::shared_ptr<Call> call,
                                  std::function<void(Result<Response>)> done)
{
    call->done = std::move(done);
    send(call);
}

void OfficeClient::failCall(std::shared_ptr<Call> call, Error error)
{
    QMetaObject::invokeMethod(
        this,
        [call, error = std::move(error)] {
            if (call->done)
                call->done(std::unexpected(error));
        },
        Qt::QueuedConnection);
}

void OfficeClient::send(std::shared_ptr<Call> call)
{
    if (m_invalid)
        return failCall(call, *m_invalid);
    if (call->authorized && m_accessToken.isEmpty())
        return failCall(call,
                        Error {ErrorCode::LoginRequired,
                               OfficeClient::tr("Log in to the office with your user name and "
                                                "password."),
                               QStringLiteral("no access token")});

    QUrl url = m_settings.server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + call->path);
    if (!call->query.isEmpty())
        url.setQuery(call->query);
    const bool encrypted = url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0;

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(
        std::min<std::chrono::milliseconds::rep>(m_settings.timeout.count(), INT_MAX)));
    // The office speaks HTTP/1.1; one protocol keeps the pin check on the one code path below.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect could carry the token to another server: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("schouw/%1").arg(QStringLiteral(SCHOUW_VERSION)));
    request.setRawHeader("Accept",
                         call->kind == Call::Kind::Pull               ? BatchType
                             : call->kind == Call::Kind::BlobDownload ? BlobType
                                                                      : JsonType);
    if (call->authorized)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_accessToken);
    if (encrypted) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }

    // One manager, hence one connection, per request: QNetworkReply::encrypted() comes only
    // when a connection is set up, and the pin check hangs on it.
    call->manager = new QNetworkAccessManager(this);
    call->manager->setStrictTransportSecurityEnabled(false);
    call->manager->setAutoDeleteReplies(false);
    call->response = {};
    call->ownAbort.reset();
    call->sslErrors.clear();
    call->pinChecked = false;
    call->completed = false;
    call->cap = MaxJsonBytes;

    QNetworkReply *reply = nullptr;
    if (call->hasBody()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        call->upload = new GatedBody(call->body, call->manager);
        if (!encrypted || m_pins.isEmpty())
            call->upload->release();
        reply = call->kind == Call::Kind::BlobUpload ? call->manager->put(request, call->upload)
                                                     : call->manager->post(request, call->upload);
    } else {
        call->upload = nullptr;
        reply = call->manager->get(request);
    }
    call->reply = reply;
    m_current = call;
    // Bound what the office can make us buffer ahead of the size checks below.
    reply->setReadBufferSize(256 * 1024);

    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError> &errors) { call->sslErrors << errors; });
    connect(reply, &QNetworkReply::encrypted, this, [this, call] {
        if (m_pins.isEmpty() || call->completed)
            return;
        const QSslCertificate peer = call->reply->sslConfiguration().peerCertificate();
        const QByteArray digest = peer.isNull()
            ? QByteArray()
            : QCryptographicHash::hash(peer.publicKey().toDer(), QCryptographicHash::Sha256);
        if (!digest.isEmpty() && m_pins.contains(digest)) {
            call->pinChecked = true;
            if (call->upload)
                call->upload->release();
            return;
        }
        qCWarning(lcSyncHttp) << "office certificate does not match any pin; request aborted";
        call->ownAbort = Error {
            ErrorCode::Network,
            OfficeClient::tr(
                "The office's certificate does not match the pinned key. Nothing was sent: "
                "someone may be intercepting the connection, or the office changed its key."),
            QStringLiteral("SPKI pin mismatch (%1 pins)").arg(m_pins.size())};
        call->reply->abort();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [call] {
        const QVariant status = call->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            call->response.status = status.toInt();
        call->cap = MaxJsonBytes;
        if (call->response.status == 200 && call->kind == Call::Kind::Pull)
            call->cap = MaxBatchBytes;
        else if (call->response.status == 200 && call->kind == Call::Kind::BlobDownload)
            call->cap = call->downloadCap; // never more than was asked for
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > call->cap) {
            call->ownAbort =
                Error {ErrorCode::InvalidInput,
                       OfficeClient::tr("The office's answer is larger than Schouw accepts; it was "
                                        "refused."),
                       QStringLiteral("announced body of %1 bytes over the cap of %2")
                           .arg(length.toLongLong())
                           .arg(call->cap)};
            call->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call] {
        if (!call->reply || call->ownAbort)
            return;
        const QByteArray chunk = call->reply->read(call->cap - call->response.body.size() + 1);
        call->response.body += chunk;
        m_bytesReceived += chunk.size();
        Q_EMIT bytesTransferred(m_bytesSent, m_bytesReceived);
        if (call->response.body.size() > call->cap) {
            call->ownAbort =
                Error {ErrorCode::InvalidInput,
                       OfficeClient::tr("The office's answer is larger than Schouw accepts; it was "
                                        "refused."),
                       QStringLiteral("body over the cap of %1 bytes").arg(call->cap)};
            call->response.body.clear();
            call->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, call, counted = qint64(0)](qint64 sent, qint64) mutable {
                if (sent > counted) {
                    m_bytesSent += sent - counted;
                    counted = sent;
                    Q_EMIT bytesTransferred(m_bytesSent, m_bytesReceived);
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, call] { finish(call); });
}

namespace {

// A status line alone is not an answer: when the connection broke (QNetworkReply's connection
// errors are 1 to 99) the body counts only if all the bytes its Content-Length announced came.
// A cut answer is then a network failure to retry, not an office answer that makes no sense.
bool answerArrivedWhole(const QNetworkReply &reply, qint64 bodyBytes)
{
    const int error = reply.error();
    if (error < 1 || error > 99)
        return true;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() && bodyBytes >= length.toLongLong();
}

} // namespace

void OfficeClient::finish(std::shared_ptr<Call> call)
{
    if (call->completed)
        return;
    call->completed = true;
    QNetworkReply *reply = call->reply;
    if (call->kind == Call::Kind::Login || call->kind == Call::Kind::Refresh) {
        if (call->upload)
            call->upload->wipe();
        call->body.fill('\0');
    }

    Result<Response> result = std::unexpected(Error {});
    if (call->ownAbort) {
        result = std::unexpected(*call->ownAbort);
    } else {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && reply->bytesAvailable() > 0) {
            const QByteArray rest = reply->read(call->cap - call->response.body.size() + 1);
            call->response.body += rest;
            m_bytesReceived += rest.size();
        }
        if (status.isValid() && answerArrivedWhole(*reply, call->response.body.size())) {
            call->response.status = status.toInt();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                call->response.headers.insert(name.toLower(), value);
            if (call->response.body.size() > call->cap)
                result = fail(
                    ErrorCode::InvalidInput,
                    OfficeClient::tr("The office's answer is larger than Schouw accepts; it was "
                                     "refused."),
                    QStringLiteral("body over the cap of %1 bytes").arg(call->cap));
            else if ((call->response.status >= 200 && call->response.status < 300) ||
                     call->answerStatuses.contains(call->response.status))
                result = std::move(call->response);
            else
                result = std::unexpected(errorFor(call->response, *call));
        } else {
            const auto error = reply->error();
            const QString detail = QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(error);
            const int seconds = static_cast<int>((m_settings.timeout.count() + 999) / 1000);
            switch (error) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                result = fail(ErrorCode::Network,
                              OfficeClient::tr("The office did not answer within %n second(s).",
                                               nullptr, seconds),
                              detail);
                break;
            case QNetworkReply::SslHandshakeFailedError:
                result = fail(
                    ErrorCode::Network,
                    call->sslErrors.isEmpty()
                        ? OfficeClient::tr("No secure connection to the office could be made. "
                                           "Nothing was sent.")
                        : OfficeClient::tr("The office's certificate was refused: %1. Nothing was "
                                           "sent.")
                              .arg(sslProblem(call->sslErrors)),
                    call->sslErrors.isEmpty()
                        ? detail
                        : detail + QStringLiteral(": ") + sslDetail(call->sslErrors));
                break;
            default:
                result = fail(ErrorCode::Network,
                              OfficeClient::tr("The office cannot be reached. Check the network "
                                               "connection and the office address."),
                              detail);
                break;
            }
        }
    }
    if (m_current == call)
        m_current.reset();
    call->manager->deleteLater();
    call->manager = nullptr;
    call->upload = nullptr;

    // An expired access token: refresh once, then send the same request again.
    if (!result && call->authorized && !call->retriedAfterRefresh && call->response.status == 401 &&
        officeErrorCode(call->response.body) == QStringLiteral("token_expired")) {
        call->retriedAfterRefresh = true;
        m_accessToken.clear();
        refresh([this, call](Result<OfficeTokens> tokens) {
            if (!tokens) {
                if (call->done)
                    call->done(std::unexpected(tokens.error()));
                return;
            }
            send(call);
        });
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [call, result = std::move(result)]() mutable {
            if (call->done)
                call->done(std::move(result));
        },
        Qt::QueuedConnection);
}

Error OfficeClient::errorFor(const Response &response, const Call &call)
{
    const QString code = officeErrorCode(response.body);
    QString serverMessage;
    QString changeId;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        serverMessage = object.value(QStringLiteral("message")).toString().left(300);
        const QString id = object.value(QStringLiteral("changeId")).toString();
        if (isUuidText(id))
            changeId = id;
    }
    const int status = response.status;
    QString detail = QStringLiteral("%1 HTTP %2 %3 %4")
                         .arg(code.isEmpty() ? QStringLiteral("-") : code)
                         .arg(status)
                         .arg(call.path, serverMessage)
                         .trimmed();
    if (!changeId.isEmpty())
        detail += QStringLiteral(" change ") + changeId;

    if (status == 429 || status == 503) {
        m_retryAfter = parseRetryAfter(response.header("retry-after"));
        return {ErrorCode::ServerBusy,
                m_retryAfter ? OfficeClient::tr("The office is busy. Try again in %n second(s).",
                                                nullptr, *m_retryAfter)
                             : OfficeClient::tr("The office is busy. Try again later."),
                detail};
    }
    if (call.isBlob()) {
        // The office says no more than "not yours" about content: whether it exists elsewhere
        // is none of the caller's business.
        if (status == 404 || (status == 409 && code == QStringLiteral("incomplete")))
            return {ErrorCode::NotFound,
                    OfficeClient::tr("The office does not hold this attachment's content for you "
                                     "(yet)."),
                    detail};
        if (status == 403 && code != QStringLiteral("device_revoked"))
            return {ErrorCode::Forbidden,
                    OfficeClient::tr("The office refused: attachments are outside your access."),
                    detail};
        if (status == 422)
            return {ErrorCode::InvalidInput,
                    OfficeClient::tr("The office found the uploaded attachment damaged and kept "
                                     "nothing of it."),
                    detail};
    }
    switch (status) {
    case 400:
        if (code == QStringLiteral("protocol_too_new"))
            return {
                ErrorCode::ProtocolTooNew,
                OfficeClient::tr("The office uses a newer sync protocol than this Schouw. Update "
                                 "Schouw to sync."),
                detail};
        return {ErrorCode::InvalidInput,
                OfficeClient::tr("The office refused the request as malformed."), detail};
    case 401:
        if (call.kind == Call::Kind::Login)
            return {ErrorCode::LoginRequired,
                    OfficeClient::tr("The office did not accept the user name and password."),
                    detail};
        return {ErrorCode::LoginRequired,
                OfficeClient::tr(
                    "The login to the office has expired. Log in again with your user name "
                    "and password; no change is lost."),
                detail};
    case 403:
        if (code == QStringLiteral("device_revoked"))
            return {ErrorCode::DeviceRevoked,
                    OfficeClient::tr("The office has revoked this device's access."), detail};
        return {ErrorCode::Forbidden,
                OfficeClient::tr(
                    "The office refused: this is outside your access. Nothing of the batch "
                    "was stored."),
                detail};
    case 408:
        return {ErrorCode::Network,
                OfficeClient::tr("The office ended the request: it took too long."), detail};
    case 413:
        return {ErrorCode::InvalidInput,
                OfficeClient::tr("The office refused the data as too large."), detail};
    case 422:
        return {
            ErrorCode::InvalidInput,
            OfficeClient::tr("The office does not know a record these changes refer to. Nothing of "
                             "the batch was stored."),
            detail};
    case 404:
    case 405:
        return {ErrorCode::InvalidInput,
                OfficeClient::tr("The address does not lead to a Schouw office service."), detail};
    default:
        break;
    }
    if (status >= 500)
        return {ErrorCode::Network,
                OfficeClient::tr("The office service ran into an error. Try again later."), detail};
    return {ErrorCode::InvalidInput,
            OfficeClient::tr("The office sent an answer Schouw does not understand (HTTP %1).")
                .arg(status),
            detail};
}

Result<OfficeTokens> OfficeClient::takeTokens(const Response &response)
{
    const auto malformed = [](const QString &detail) {
        return fail(ErrorCode::InvalidInput,
                    OfficeClient::tr("The office sent an answer Schouw does not understand."),
                    detail);
    };
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isObject())
        return malformed(QStringLiteral("tokens reply is not a JSON object"));
    const QJsonObject object = document.object();
    const auto text = [&object](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
    };
    const auto access = text("accessToken");
    const auto refreshToken = text("refreshToken");
    const auto expires = wholeNumber(object.value(QStringLiteral("accessExpiresIn")));
    const auto userId = text("userId");
    const auto role = text("role");
    const auto storeId = text("storeId");
    const QJsonValue team = object.value(QStringLiteral("teamId"));
    const bool tokensOk = access && refreshToken && !access->isEmpty() &&
        !refreshToken->isEmpty() && access->size() <= 512 && refreshToken->size() <= 512;
    if (!tokensOk || !expires || !userId || !isUuidText(*userId) || !role || !storeId ||
        !isUuidText(*storeId) || !(team.isString() || team.isNull() || team.isUndefined()))
        return malformed(QStringLiteral("tokens reply lacks or mistypes a field"));
    static const QStringList Roles = {QStringLiteral("inspector"),
                                      QStringLiteral("family_inspector"),
                                      QStringLiteral("team_lead"), QStringLiteral("administrator")};
    if (!Roles.contains(*role))
        return malformed(QStringLiteral("unknown role"));
    const QString teamId = team.toString();
    if (!teamId.isEmpty() && !isUuidText(teamId))
        return malformed(QStringLiteral("teamId is not a UUID"));

    OfficeTokens tokens;
    tokens.accessToken = access->toLatin1();
    tokens.refreshToken = refreshToken->toLatin1();
    tokens.accessExpiresIn = *expires;
    tokens.userId = *userId;
    tokens.teamId = teamId;
    tokens.role = *role;
    tokens.storeId = *storeId;
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    if (m_tokenHandler) {
        if (auto stored = m_tokenHandler(tokens); !stored)
            return std::unexpected(stored.error());
    }
    return tokens;
}

} // namespace schouw::sync
