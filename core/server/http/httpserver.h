#pragma once

#include "domain/error.h"
#include "server/http/httptypes.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

// The office service's HTTP/1.1 engine (docs/server.md): Boost.Beast on Asio, optionally TLS,
// with the limits and timeouts that keep a slow or hostile client from holding the office's
// memory or connections.
namespace schouw::server {

struct TlsFiles
{
    std::string certificateChainFile; // PEM: the server certificate first, then intermediates
    std::string privateKeyFile; // PEM, unencrypted
};

struct HttpServerOptions
{
    std::string address = "127.0.0.1";
    std::uint16_t port = 0; // 0: any free port (see HttpServer::port())
    std::optional<TlsFiles> tls; // none: plain HTTP, allowed on a loopback address only
    int threads = 4; // workers running admit and handle (they may block on the store)
    std::size_t maxHeaderBytes = 8192; // request line and headers; more gives 431
    std::chrono::milliseconds headerTimeout {10000}; // from connect or first byte to the whole head
    std::chrono::milliseconds bodyTimeout {60000}; // to read a whole body, or write a response
    std::chrono::milliseconds idleTimeout {30000}; // a kept-alive connection waiting for a request
    int maxConnections = 512; // beyond it: 503 busy and close
    // Headers on every response (the store id), except on routes with withCommonHeaders false.
    std::vector<std::pair<std::string, std::string>> commonHeaders;
};

// Whether `address` may be listened on: an IP address, and a loopback one unless TLS is used.
// InvalidInput with a translated message otherwise.
[[nodiscard]] Status checkListenAddress(const std::string &address, bool tls);

// Serves `routes` on its own threads. Routes run on a pool of `threads` workers; socket I/O runs
// on separate threads, so a blocking handler does not stall other connections.
// Thread-safety: start(), stop(), wait() and port() may be called from any thread but stop()
// never from inside a route (it waits for the running routes).
class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    HttpServer(HttpServerOptions options, std::vector<Route> routes);
    ~HttpServer(); // stops
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Sets (or replaces) a common header; only before start().
    void setCommonHeader(std::string name, std::string value);

    // Checks the address rule, loads the TLS files (TLS 1.2 minimum), binds, listens and starts
    // the threads. InvalidInput for a refused address or unusable TLS files, Io when the address
    // cannot be bound. Call once.
    [[nodiscard]] Status start();
    // The port listened on (the chosen one when options.port was 0); 0 before start().
    [[nodiscard]] std::uint16_t port() const;
    // Closes the listener and every connection, waits for running routes, joins the threads.
    // Idempotent.
    void stop();
    // Blocks until stop() has finished (from another thread or a signal watcher).
    void wait();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace schouw::server
