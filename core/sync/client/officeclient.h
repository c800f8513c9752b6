#pragma once

#include "domain/error.h"
#include "sync/changebatch.h"
#include "vault/securebytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace schouw::sync {

// How to reach the office service.
struct OfficeSettings
{
    QUrl server; // https://host[:port][/base]; http:// only to a loopback host
    // Certificates (PEM) trusted besides the system's, e.g. a private office CA. Empty: only the
    // system's trust store.
    QByteArray caCertificatesPem;
    // "sha256//<base64>" of the SubjectPublicKeyInfo of the office's certificate. Empty: no
    // pinning. More than one: any of them matches (a backup pin for the next key).
    QStringList pins;
    // No byte moving in either direction for this long ends the request (QNetworkRequest's
    // transfer timeout): a hanging office ends the sync instead of hanging it.
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
};

// What login and refresh give. The two tokens are secrets: never log or print them.
struct OfficeTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 accessExpiresIn = 0; // seconds
    QString userId;
    QString teamId; // empty for a user without a team (an administrator)
    QString role;
    QString storeId;
};

struct PushReply
{
    qint64 accepted = 0;
    qint64 duplicates = 0;
    qint64 lastSeq = 0;
    QString storeId;
};

struct PullPage
{
    wire::ChangeBatch batch;
    qint64 nextCursor = 0;
    bool more = false;
    qint64 lastSeq = 0;
    // Goes up when the office widens the caller's scope (a provider assigned to the team): the
    // client then pulls again from 0 to receive the provider's older changes.
    qint64 scopeEpoch = 0;
    QString storeId;
    qint64 bytes = 0; // size of the message as received
};

// Attachment content at the office (docs/sync-protocol.md, "Attachments").
struct BlobStatus
{
    QString sha256; // lower-case hex
    qint64 size = 0; // declared by the first upload; 0 while nothing was uploaded
    qint64 received = 0; // bytes the office holds, from the start
    bool complete = false; // all there and verified: downloadable
};

struct BlobChunk
{
    QByteArray bytes;
    qint64 size = 0; // the content's whole size (Schouw-Blob-Size)
};

// The HTTP calls of docs/sync-protocol.md, over QNetworkAccessManager. Asynchronous: each call
// returns at once and calls its handler exactly once, later, from the event loop of the thread
// that owns this object (never from inside the call). One call at a time.
//
// The office's answers are untrusted: bodies are capped while they arrive (32 MiB for a batch,
// 64 KiB for JSON), batches go through wire::decodeBatch, JSON through type checks. HTTPS always
// verifies the certificate (there is no way to ignore errors); pins are checked once the TLS
// handshake is done and before a byte of the request is sent. Every request has a connection of
// its own, so every request's connection is checked.
//
// Errors (Error::code): Network (unreachable, timed out, TLS refused, a pin mismatch), ServerBusy
// (429, 503; retryAfter() says how long), LoginRequired, DeviceRevoked, Forbidden, ProtocolTooNew,
// InvalidInput (an answer that breaks the protocol, or the office refused the request as
// malformed). A 401 token_expired on push or pull refreshes the access token once and repeats
// the request; the new tokens go to the token handler first.
class OfficeClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Handler = std::function<void(Result<T>)>;

    static constexpr qint64 MaxJsonBytes = 64 * 1024;
    static constexpr qint64 MaxBatchBytes = wire::kMaxMessageBytes;
    static constexpr int MaxRetryAfterSeconds = 24 * 60 * 60;
    // The office takes and gives attachment content in chunks of at most this size.
    static constexpr qint64 MaxBlobChunkBytes = 1024 * 1024;

    explicit OfficeClient(OfficeSettings settings, QObject *parent = nullptr);
    ~OfficeClient() override;

    // Checks the settings before anything goes out: a URL of the right form, plain HTTP only to a
    // loopback host, readable CA certificates, well-formed pins. Every call below fails with the
    // same error until this has succeeded.
    [[nodiscard]] Status prepare();

    // Parses "sha256//<base64 of 32 bytes>"; InvalidInput otherwise.
    [[nodiscard]] static Result<QByteArray> parsePin(const QString &pin);
    // The pin of a certificate, in the form above.
    [[nodiscard]] static QString pinOf(const QSslCertificate &certificate);
    // True for localhost and the loopback addresses (127.0.0.0/8, ::1).
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    // The refresh token to use (the stored one); refresh() and login() replace it.
    void setRefreshToken(QByteArray token) { m_refreshToken = std::move(token); }
    [[nodiscard]] bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    [[nodiscard]] bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    // Called with every new pair of tokens before the call that got them goes on; it must store the
    // refresh token (it is rotated: the old one stops working). An error it returns ends the call.
    void setTokenHandler(std::function<Status(const OfficeTokens &)> handler)
    {
        m_tokenHandler = std::move(handler);
    }
    // Retry-After of the last ServerBusy answer, in seconds; nullopt when it had none.
    [[nodiscard]] std::optional<int> retryAfter() const { return m_retryAfter; }

    // POST /v1/auth/login. The password is only read during the call (not kept).
    void login(const QString &user, const SecureBytes &password, const QString &deviceName,
               Handler<OfficeTokens> handler);
    // POST /v1/auth/refresh with the refresh token; LoginRequired when there is none or the
    // office refuses it.
    void refresh(Handler<OfficeTokens> handler);
    // POST /v1/sync/push of an encoded batch (encodeBatch's result).
    void push(QByteArray encodedBatch, Handler<PushReply> handler);
    // GET /v1/sync/pull?after=&limit=.
    void pull(qint64 after, int limit, Handler<PullPage> handler);
    // GET /v1/blobs/status?sha256=. NotFound when no attachment of the user's team names this
    // content (the office does not say whether it exists), Forbidden for an administrator.
    void blobStatus(const QString &sha256, Handler<BlobStatus> handler);
    // PUT /v1/blobs?sha256=&offset=&size= with `chunk` (at most MaxBlobChunkBytes) as the body.
    // Gives the office's state after it. When the office holds another count than `offset`
    // (409 offset_mismatch or size_mismatch) that is no error: the state it gives says where the
    // upload continues (received, and the size declared there). InvalidInput when the office
    // found the finished content does not match its hash (422: it kept nothing of it).
    void uploadBlobChunk(const QString &sha256, qint64 offset, qint64 size, QByteArray chunk,
                         Handler<BlobStatus> handler);
    // GET /v1/blobs?sha256=&offset=&length= (length 1 .. MaxBlobChunkBytes). An answer larger
    // than length is refused while it arrives (InvalidInput); the caller checks that it got
    // exactly what it expected. NotFound as for blobStatus, and when the content is not
    // complete at the office (409 incomplete).
    void downloadBlobChunk(const QString &sha256, qint64 offset, qint64 length,
                           Handler<BlobChunk> handler);
    // Ends the call in flight; its handler gets a Network error.
    void abort();

Q_SIGNALS:
    // Bytes of bodies moved so far by this client, both directions.
    void bytesTransferred(qint64 sent, qint64 received);

private:
    struct Call;
    struct Response;
    void send(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call);
    void sendAuthorized(std::shared_ptr<Call> call, std::function<void(Result<Response>)> done);
    void failCall(std::shared_ptr<Call> call, Error error);
    [[nodiscard]] Error errorFor(const Response &response, const Call &call);
    [[nodiscard]] Result<OfficeTokens> takeTokens(const Response &response);

    OfficeSettings m_settings;
    std::optional<Error> m_invalid; // set until prepare() succeeds
    QList<QSslCertificate> m_caCertificates;
    QList<QByteArray> m_pins; // raw SHA-256 digests
    QString m_deviceId;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    std::function<Status(const OfficeTokens &)> m_tokenHandler;
    std::optional<int> m_retryAfter;
    std::shared_ptr<Call> m_current;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace schouw::sync
