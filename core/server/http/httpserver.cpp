#include "server/http/httpserver.h"

#include "server/http/httpsession.h"

#include <QFileInfo>

#include <boost/asio/steady_timer.hpp>

#include <openssl/ssl.h>

#include <condition_variable>
#include <thread>

namespace schouw::server {

namespace detail {

Q_LOGGING_CATEGORY(lcHttp, "schouw.server.http", QtInfoMsg)

HttpResponse internalError()
{
    return HttpResponse::error(500, "internal", "The office service failed to handle the request.");
}

HttpResponse busyResponse()
{
    HttpResponse response =
        HttpResponse::error(503, "busy", "The office service is busy. Try again later.");
    response.headers.emplace_back("Retry-After", "1");
    return response;
}

QString describeRequest(std::string_view method, std::string_view path, int status,
                        std::size_t inBytes, std::size_t outBytes,
                        std::chrono::steady_clock::duration elapsed)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
    return QStringLiteral("%1 %2 %3 in=%4 out=%5 %6ms")
        .arg(QString::fromUtf8(method.data(), static_cast<qsizetype>(method.size())),
             QString::fromUtf8(path.data(), static_cast<qsizetype>(path.size())))
        .arg(status)
        .arg(static_cast<qulonglong>(inBytes))
        .arg(static_cast<qulonglong>(outBytes))
        .arg(static_cast<qlonglong>(ms));
}

namespace {

// Accepts connections and hands each to a session on its own strand.
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(asio::io_context &context, std::shared_ptr<ServerShared> shared)
        : m_context(context)
        , m_shared(std::move(shared))
        , m_acceptor(asio::make_strand(context))
        , m_retry(m_acceptor.get_executor())
    {
    }

    tcp::acceptor &acceptor() { return m_acceptor; }

    void accept()
    {
        m_acceptor.async_accept(asio::make_strand(m_context),
                                beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
    }

    void close()
    {
        asio::post(m_acceptor.get_executor(), [self = shared_from_this()] {
            beast::error_code ignored;
            self->m_acceptor.close(ignored);
            self->m_retry.cancel();
        });
    }

private:
    void onAccept(beast::error_code ec, tcp::socket socket)
    {
        if (ec == asio::error::operation_aborted || !m_acceptor.is_open() || m_shared->stopping)
            return;
        if (ec) {
            // Out of file descriptors and the like: wait a little instead of spinning.
            qCWarning(lcHttp) << "accept failed:" << QString::fromStdString(ec.message());
            m_retry.expires_after(std::chrono::milliseconds(100));
            m_retry.async_wait([self = shared_from_this()](beast::error_code waitError) {
                if (!waitError)
                    self->accept();
            });
            return;
        }
        const int limit = m_shared->options.maxConnections;
        const bool busy = m_shared->connections.load() >= limit;
        if (busy && m_shared->busyConnections.load() >= limit) {
            // A flood: even the 503 answers are at their limit. Close without a word.
            beast::error_code ignored;
            socket.close(ignored);
            return accept();
        }
        if (m_shared->tls)
            std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(std::move(socket),
                                                                            m_shared, busy)
                ->run();
        else
            std::make_shared<Session<beast::tcp_stream>>(std::move(socket), m_shared, busy)->run();
        accept();
    }

    asio::io_context &m_context;
    std::shared_ptr<ServerShared> m_shared;
    tcp::acceptor m_acceptor;
    asio::steady_timer m_retry;
};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace
} // namespace detail

using namespace detail;

Status checkListenAddress(const std::string &address, bool tls)
{
    beast::error_code ec;
    const asio::ip::address ip = asio::ip::make_address(address, ec);
    if (ec)
        return fail(
            ErrorCode::InvalidInput,
            HttpServer::tr("The listen address %1 is not an IP address.").arg(fromStd(address)),
            QStringLiteral("listen address is not an IP address"));
    if (!tls && !ip.is_loopback())
        return fail(
            ErrorCode::InvalidInput,
            HttpServer::tr("Without TLS the office service only listens on a loopback "
                           "address (127.0.0.1 or ::1). Configure a TLS certificate and key "
                           "to listen on %1.")
                .arg(fromStd(address)),
            QStringLiteral("plain HTTP on a non-loopback address"));
    return {};
}

struct HttpServer::Private
{
    // Declaration order is destruction order reversed: sessions queued on the pool or the
    // context hold sockets of the context, so the context goes last.
    std::shared_ptr<ServerShared> shared = std::make_shared<ServerShared>();
    asio::io_context context;
    std::optional<asio::thread_pool> workers;
    std::shared_ptr<Listener> listener;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::vector<std::thread> ioThreads;
    std::uint16_t port = 0;

    std::mutex mutex;
    std::condition_variable changed;
    bool started = false;
    bool stopped = false;
    int runningIoThreads = 0;
};

HttpServer::HttpServer(HttpServerOptions options, std::vector<Route> routes)
    : d(std::make_unique<Private>())
{
    d->shared->options = std::move(options);
    d->shared->routes = std::move(routes);
}

HttpServer::~HttpServer()
{
    stop();
}

void HttpServer::setCommonHeader(std::string name, std::string value)
{
    auto &headers = d->shared->options.commonHeaders;
    for (auto &[existing, existingValue] : headers) {
        if (beast::iequals(existing, name)) {
            existingValue = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

namespace {

Result<asio::ssl::context> makeTlsContext(const TlsFiles &files)
{
    const QString certificate = QString::fromStdString(files.certificateChainFile);
    const QString key = QString::fromStdString(files.privateKeyFile);
    if (!QFileInfo(certificate).isFile() || !QFileInfo(certificate).isReadable())
        return fail(ErrorCode::InvalidInput,
                    HttpServer::tr("The TLS certificate file %1 does not exist or cannot be read.")
                        .arg(certificate),
                    QStringLiteral("TLS certificate file missing or unreadable"));
    if (!QFileInfo(key).isFile() || !QFileInfo(key).isReadable())
        return fail(
            ErrorCode::InvalidInput,
            HttpServer::tr("The TLS key file %1 does not exist or cannot be read.").arg(key),
            QStringLiteral("TLS key file missing or unreadable"));

    asio::ssl::context context(asio::ssl::context::tls_server);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                        asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
    // An encrypted key would otherwise make OpenSSL prompt on the terminal and block.
    context.set_password_callback(
        [](std::size_t, asio::ssl::context::password_purpose) { return std::string(); });

    beast::error_code ec;
    context.use_certificate_chain_file(files.certificateChainFile, ec);
    if (ec)
        return fail(ErrorCode::InvalidInput,
                    HttpServer::tr("The TLS certificate file %1 does not hold a PEM certificate.")
                        .arg(certificate),
                    QStringLiteral("TLS certificate: ") + fromStd(ec.message()));
    context.use_private_key_file(files.privateKeyFile, asio::ssl::context::pem, ec);
    if (ec)
        return fail(ErrorCode::InvalidInput,
                    HttpServer::tr("The TLS key file %1 does not hold an unencrypted PEM private "
                                   "key.")
                        .arg(key),
                    QStringLiteral("TLS key: ") + fromStd(ec.message()));
    if (SSL_CTX_check_private_key(context.native_handle()) != 1)
        return fail(ErrorCode::InvalidInput,
                    HttpServer::tr("The TLS private key does not belong to the certificate."),
                    QStringLiteral("TLS key does not match the certificate"));
    return context;
}

} // namespace

Status HttpServer::start()
{
    {
        const std::lock_guard lock(d->mutex);
        if (d->started)
            return fail(ErrorCode::InvalidInput, tr("The office service was already started."),
                        QStringLiteral("HttpServer::start called twice"));
    }
    const HttpServerOptions &options = d->shared->options;
    if (auto status = checkListenAddress(options.address, options.tls.has_value()); !status)
        return status;
    if (options.tls) {
        auto context = makeTlsContext(*options.tls);
        if (!context)
            return std::unexpected(context.error());
        d->shared->tls.emplace(std::move(*context));
    }

    const tcp::endpoint endpoint(asio::ip::make_address(options.address), options.port);
    auto listener = std::make_shared<Listener>(d->context, d->shared);
    tcp::acceptor &acceptor = listener->acceptor();
    beast::error_code ec;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(ErrorCode::Io,
                    tr("The office service cannot listen on address %1, port %2. Is another "
                       "program using it?")
                        .arg(fromStd(options.address))
                        .arg(options.port),
                    QStringLiteral("listen: ") + fromStd(ec.message()));
    d->port = acceptor.local_endpoint(ec).port();
    d->listener = std::move(listener);

    d->workers.emplace(static_cast<std::size_t>(std::max(1, options.threads)));
    d->shared->workers = &*d->workers;
    d->work.emplace(asio::make_work_guard(d->context));
    // Socket I/O is light; routes run on the workers.
    const int ioThreads = std::clamp(options.threads / 2, 1, 4);
    {
        const std::lock_guard lock(d->mutex);
        d->started = true;
        d->runningIoThreads = ioThreads;
    }
    d->listener->accept();
    for (int i = 0; i < ioThreads; ++i) {
        d->ioThreads.emplace_back([this] {
            d->context.run();
            const std::lock_guard lock(d->mutex);
            --d->runningIoThreads;
            d->changed.notify_all();
        });
    }
    qCInfo(lcHttp).noquote() << QStringLiteral("listening on %1 port %2 (%3)")
                                    .arg(fromStd(options.address))
                                    .arg(d->port)
                                    .arg(options.tls ? QStringLiteral("TLS")
                                                     : QStringLiteral("plain HTTP, loopback"));
    return {};
}

std::uint16_t HttpServer::port() const
{
    return d->port;
}

void HttpServer::stop()
{
    {
        const std::lock_guard lock(d->mutex);
        if (!d->started) {
            // Never started: nothing runs, but wait() must return.
            d->stopped = true;
            d->changed.notify_all();
            return;
        }
        if (d->stopped || d->shared->stopping)
            return;
        d->shared->stopping = true;
    }
    d->listener->close();
    std::vector<std::shared_ptr<SessionBase>> open;
    {
        // Collected first and closed outside the lock: dropping the last reference to a session
        // runs its destructor, which takes the lock itself.
        const std::lock_guard lock(d->shared->sessionsMutex);
        for (const auto &[session, weak] : d->shared->sessions) {
            if (auto alive = weak.lock())
                open.push_back(std::move(alive));
        }
    }
    for (const auto &session : open)
        session->closeFromServer();
    open.clear();
    d->workers->join(); // the routes still running finish; their responses meet closed sockets
    d->work.reset();
    {
        // The closed sessions wind down on their own; a lingering one is cut short.
        std::unique_lock lock(d->mutex);
        d->changed.wait_for(lock, std::chrono::seconds(2),
                            [this] { return d->runningIoThreads == 0; });
    }
    d->context.stop();
    for (std::thread &thread : d->ioThreads)
        thread.join();
    d->ioThreads.clear();
    {
        const std::lock_guard lock(d->mutex);
        d->stopped = true;
    }
    d->changed.notify_all();
}

void HttpServer::wait()
{
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [this] { return d->stopped; });
}

} // namespace schouw::server
