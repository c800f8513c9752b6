#pragma once

// Internal to httpserver.cpp: the per-connection state machine and the state the server shares
// with its connections. Not part of the public API.

#include "server/http/httpserver.h"

#include <QLoggingCategory>
#include <QString>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>
#include <any>
#include <array>
#include <atomic>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>

namespace schouw::server::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// After a response that closes a connection whose request body was not read, the server stops
// sending and discards what still arrives for at most this long and this much, so the client
// reads the response instead of a connection reset (the way nginx's lingering close works).
inline constexpr std::chrono::milliseconds kLingerTime {1000};
inline constexpr std::size_t kLingerBytes = 1024 * 1024;
// Bytes a connection buffers beyond the header limit while reading a body.
inline constexpr std::size_t kReadBufferBytes = 64 * 1024;

class SessionBase
{
public:
    virtual ~SessionBase() = default;
    // Closes the connection from any thread (server stop).
    virtual void closeFromServer() = 0;
};

struct ServerShared
{
    HttpServerOptions options;
    std::vector<Route> routes;
    std::optional<asio::ssl::context> tls;
    asio::thread_pool *workers = nullptr; // owned by the server, outlives every session
    std::atomic<int> connections {0}; // sessions counted against maxConnections
    std::atomic<int> busyConnections {0}; // sessions only answering 503, bounded the same way
    std::atomic<bool> stopping {false};

    std::mutex sessionsMutex;
    std::unordered_map<SessionBase *, std::weak_ptr<SessionBase>> sessions;

    void add(SessionBase *session, std::weak_ptr<SessionBase> weak)
    {
        const std::lock_guard lock(sessionsMutex);
        sessions.emplace(session, std::move(weak));
    }
    void remove(SessionBase *session)
    {
        const std::lock_guard lock(sessionsMutex);
        sessions.erase(session);
    }
};

inline std::string_view toStd(beast::string_view text)
{
    return {text.data(), text.size()};
}

HttpResponse internalError();
HttpResponse busyResponse();
QString describeRequest(std::string_view method, std::string_view path, int status,
                        std::size_t inBytes, std::size_t outBytes,
                        std::chrono::steady_clock::duration elapsed);

// One connection: [TLS handshake,] then requests one after another (keep-alive). Every step runs
// on the connection's strand; admit and handle run on the worker pool and post back.
template<class Stream>
class Session final : public SessionBase, public std::enable_shared_from_this<Session<Stream>>
{
public:
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

    Session(tcp::socket socket, std::shared_ptr<ServerShared> shared, bool busy) requires(!kTls)
        : m_shared(std::move(shared))
        , m_stream(std::move(socket))
        , m_buffer(m_shared->options.maxHeaderBytes + kReadBufferBytes)
        , m_busy(busy)
    {
        ++(m_busy ? m_shared->busyConnections : m_shared->connections);
    }

    Session(tcp::socket socket, std::shared_ptr<ServerShared> shared, bool busy) requires(kTls)
        : m_shared(std::move(shared))
        , m_stream(std::move(socket), *m_shared->tls)
        , m_buffer(m_shared->options.maxHeaderBytes + kReadBufferBytes)
        , m_busy(busy)
    {
        ++(m_busy ? m_shared->busyConnections : m_shared->connections);
    }

    ~Session() override
    {
        m_shared->remove(this);
        --(m_busy ? m_shared->busyConnections : m_shared->connections);
    }

    void run()
    {
        asio::dispatch(m_stream.get_executor(),
                       [self = this->shared_from_this()] { self->begin(); });
    }

    void closeFromServer() override
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this()] { self->close(); });
    }

private:
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }
    const HttpServerOptions &options() const { return m_shared->options; }

    template<class Member> auto bound(Member member)
    {
        return beast::bind_front_handler(member, this->shared_from_this());
    }

    void begin()
    {
        m_shared->add(this, this->weak_from_this());
        beast::error_code ec;
        const auto remote = lowest().socket().remote_endpoint(ec);
        if (!ec)
            m_remoteAddress = remote.address().to_string();
        if constexpr (kTls) {
            lowest().expires_after(options().headerTimeout);
            m_stream.async_handshake(asio::ssl::stream_base::server, bound(&Session::onHandshake));
        } else {
            afterHandshake();
        }
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            qCDebug(lcHttp) << "TLS handshake failed:" << QString::fromStdString(ec.message());
            return close();
        }
        afterHandshake();
    }

    void afterHandshake()
    {
        if (m_busy) {
            m_started = std::chrono::steady_clock::now();
            return respond(busyResponse(), true);
        }
        startRequest();
    }

    void startRequest()
    {
        if (m_shared->stopping)
            return close();
        m_route = nullptr;
        m_state.reset();
        m_head = {};
        m_body.clear();
        m_logMethod = "-";
        m_logPath = "-";
        m_inBytes = 0;
        m_bodyParser.reset();
        m_headParser.emplace();
        m_headParser->header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(
            options().maxHeaderBytes, std::numeric_limits<std::uint32_t>::max())));
        // The route's limit applies once the route is known (onHead); Beast would otherwise compare
        // Content-Length against its own default while parsing the head. (Not boost::none: Boost
        // 1.74 compares a Content-Length against an empty optional as larger.)
        m_headParser->body_limit(std::numeric_limits<std::uint64_t>::max());

        if (!m_firstRequest && m_buffer.size() == 0) {
            // A kept-alive connection: the idle timeout runs until the next request begins.
            lowest().expires_after(options().idleTimeout);
            m_stream.async_read_some(m_buffer.prepare(4096), bound(&Session::onIdleRead));
            return;
        }
        readHead();
    }

    void onIdleRead(beast::error_code ec, std::size_t bytes)
    {
        if (ec)
            return close();
        m_buffer.commit(bytes);
        readHead();
    }

    void readHead()
    {
        m_started = std::chrono::steady_clock::now();
        // One deadline for the whole head, so a client trickling bytes cannot hold the
        // connection longer than headerTimeout.
        lowest().expires_after(options().headerTimeout);
        http::async_read_header(m_stream, m_buffer, *m_headParser, bound(&Session::onHead));
    }

    static bool isParseError(const beast::error_code &ec)
    {
        return ec.category() == http::make_error_code(http::error::bad_target).category() &&
            ec != http::error::end_of_stream && ec != http::error::partial_message;
    }

    void onHead(beast::error_code ec, std::size_t)
    {
        m_firstRequest = false;
        if (ec == http::error::header_limit || ec == http::error::buffer_overflow)
            return respond(
                HttpResponse::error(431, "too_large", "The request headers are too large."), true);
        if (ec && isParseError(ec))
            return respond(HttpResponse::error(400, "malformed", "The request is malformed."),
                           true);
        if (ec) {
            if (ec == beast::error::timeout)
                qCDebug(lcHttp) << "connection closed: request head not complete in time";
            return close();
        }

        const auto &message = m_headParser->get();
        m_head.method = std::string(toStd(message.method_string()));
        const std::string_view target = toStd(message.target());
        const std::size_t question = target.find('?');
        m_head.path = std::string(target.substr(0, question));
        if (question != std::string_view::npos)
            m_head.query = std::string(target.substr(question + 1));
        for (const auto &field : message) {
            std::string name(toStd(field.name_string()));
            std::transform(name.begin(), name.end(), name.begin(), [](char c) {
                return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            });
            m_head.headers.emplace_back(std::move(name), std::string(toStd(field.value())));
        }
        m_head.remoteAddress = m_remoteAddress;
        if (const auto length = m_headParser->content_length())
            m_head.contentLength = *length;
        m_keepAlive = message.keep_alive();
        m_bodyFollows = !m_headParser->is_done();
        if (message.method() != http::verb::unknown)
            m_logMethod = m_head.method;

        const Route *samePath = nullptr;
        std::string allowed;
        for (const Route &route : m_shared->routes) {
            if (route.path != m_head.path)
                continue;
            if (route.method == m_head.method) {
                m_route = &route;
                break;
            }
            samePath = &route;
            allowed += (allowed.empty() ? "" : ", ") + route.method;
        }
        if (!m_route && !samePath)
            return respond(HttpResponse::error(404, "not_found", "No such endpoint."),
                           m_bodyFollows || !m_keepAlive);
        if (!m_route) {
            // Only paths the server knows go to the log: an unknown path is client input.
            m_logPath = samePath->path;
            HttpResponse response = HttpResponse::error(
                405, "method_not_allowed", "This endpoint does not accept that method.");
            response.headers.emplace_back("Allow", allowed);
            return respond(std::move(response), m_bodyFollows || !m_keepAlive);
        }
        m_logPath = m_route->path;

        if (m_head.contentLength && *m_head.contentLength > m_route->maxBodyBytes)
            return respond(tooLarge(), true);

        if (!m_route->admit)
            return onAdmitted(std::nullopt);
        if (m_shared->stopping)
            return close();
        lowest().expires_never();
        asio::post(*m_shared->workers, [self = this->shared_from_this()] {
            std::optional<HttpResponse> refusal;
            try {
                refusal = self->m_route->admit(self->m_head, self->m_state);
            } catch (...) {
                qCWarning(lcHttp).noquote()
                    << "admit of" << QString::fromStdString(self->m_logPath) << "threw";
                refusal = internalError();
            }
            asio::post(self->m_stream.get_executor(),
                       [self, refusal = std::move(refusal)]() mutable {
                           self->onAdmitted(std::move(refusal));
                       });
        });
    }

    static HttpResponse tooLarge()
    {
        return HttpResponse::error(413, "too_large", "The request body is too large.");
    }

    void onAdmitted(std::optional<HttpResponse> refusal)
    {
        if (refusal)
            return respond(std::move(*refusal), m_bodyFollows || !m_keepAlive);
        if (!m_bodyFollows)
            return runHandler();

        m_bodyParser.emplace(std::move(*m_headParser));
        m_headParser.reset();
        m_bodyParser->body_limit(std::uint64_t {m_route->maxBodyBytes});
        lowest().expires_after(options().bodyTimeout);
        std::string expect = m_head.header("expect");
        std::transform(expect.begin(), expect.end(), expect.begin(), [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        });
        if (expect == "100-continue") {
            static constexpr std::string_view continueLine = "HTTP/1.1 100 Continue\r\n\r\n";
            asio::async_write(m_stream, asio::buffer(continueLine.data(), continueLine.size()),
                              bound(&Session::onContinueWritten));
            return;
        }
        readBody();
    }

    void onContinueWritten(beast::error_code ec, std::size_t)
    {
        if (ec)
            return close();
        readBody();
    }

    void readBody()
    {
        // One deadline for the whole body (bodyTimeout), set before the 100 Continue.
        http::async_read(m_stream, m_buffer, *m_bodyParser, bound(&Session::onBody));
    }

    void onBody(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::body_limit)
            return respond(tooLarge(), true);
        if (ec && isParseError(ec))
            return respond(HttpResponse::error(400, "malformed", "The request is malformed."),
                           true);
        if (ec) {
            if (ec == beast::error::timeout)
                qCDebug(lcHttp) << "connection closed: request body not complete in time";
            return close();
        }
        m_body = std::move(m_bodyParser->get().body());
        m_bodyParser.reset();
        runHandler();
    }

    void runHandler()
    {
        if (m_shared->stopping)
            return close();
        lowest().expires_never();
        asio::post(*m_shared->workers, [self = this->shared_from_this()] {
            HttpRequest request {std::move(self->m_head), std::move(self->m_body)};
            self->m_inBytes = request.body.size();
            HttpResponse response;
            try {
                if (!self->m_route->handle)
                    throw std::logic_error("route without handler");
                response = self->m_route->handle(request, self->m_state);
            } catch (...) {
                // Never the exception's text: it may quote the request.
                qCWarning(lcHttp).noquote()
                    << "handler of" << QString::fromStdString(self->m_logPath) << "threw";
                response = internalError();
            }
            asio::post(self->m_stream.get_executor(),
                       [self, response = std::move(response)]() mutable {
                           self->respond(std::move(response), !self->m_keepAlive);
                       });
        });
    }

    void respond(HttpResponse response, bool closeAfter)
    {
        if (response.status < 100 || response.status > 599)
            response = internalError();
        m_closeAfter = closeAfter;
        m_status = response.status;
        m_response = {};
        m_response.version(11);
        m_response.result(static_cast<unsigned>(response.status));
        m_response.set(http::field::content_type, response.contentType);
        m_response.set(http::field::cache_control, "no-store");
        if (!m_route || m_route->withCommonHeaders) {
            for (const auto &[name, value] : options().commonHeaders)
                m_response.set(name, value);
        }
        for (const auto &[name, value] : response.headers)
            m_response.insert(name, value);
        m_response.body() = std::move(response.body);
        m_response.keep_alive(!closeAfter);
        m_response.prepare_payload();
        m_outBytes = m_response.body().size();
        // A client that does not read its response is not allowed to hold the connection.
        lowest().expires_after(options().bodyTimeout);
        http::async_write(m_stream, m_response, bound(&Session::onWritten));
    }

    void onWritten(beast::error_code ec, std::size_t)
    {
        qCInfo(lcHttp).noquote() << describeRequest(m_logMethod, m_logPath, m_status, m_inBytes,
                                                    m_outBytes,
                                                    std::chrono::steady_clock::now() - m_started);
        m_response = {};
        if (ec)
            return close();
        if (m_closeAfter)
            return lingeringClose();
        startRequest();
    }

    void lingeringClose()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_discarded = 0;
        m_scratch = std::make_unique<std::array<char, 16384>>();
        lowest().expires_after(kLingerTime);
        drain();
    }

    void drain()
    {
        // Straight from the socket, under TLS too: the bytes are thrown away unread.
        lowest().async_read_some(asio::buffer(*m_scratch), bound(&Session::onDrained));
    }

    void onDrained(beast::error_code ec, std::size_t bytes)
    {
        m_discarded += bytes;
        if (ec || m_discarded > kLingerBytes)
            return close();
        drain();
    }

    void close()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    std::shared_ptr<ServerShared> m_shared;
    Stream m_stream;
    beast::flat_buffer m_buffer;
    const bool m_busy;
    bool m_firstRequest = true;
    std::string m_remoteAddress;

    std::optional<http::request_parser<http::empty_body>> m_headParser;
    std::optional<http::request_parser<http::string_body>> m_bodyParser;
    const Route *m_route = nullptr;
    std::any m_state;
    HttpHead m_head;
    std::string m_body;
    bool m_keepAlive = true;
    bool m_bodyFollows = false;

    http::response<http::string_body> m_response;
    bool m_closeAfter = false;
    std::unique_ptr<std::array<char, 16384>> m_scratch;
    std::size_t m_discarded = 0;

    std::chrono::steady_clock::time_point m_started;
    std::string m_logMethod = "-";
    std::string m_logPath = "-";
    int m_status = 0;
    std::size_t m_inBytes = 0;
    std::size_t m_outBytes = 0;
};

} // namespace schouw::server::detail
