#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTcpServer;

namespace schouw::test {

// What the proxy does to one connection (one HTTP request: the sync client opens a connection per
// request). Byte offsets are drawn from the proxy's seeded generator.
enum class Fault {
    PassThrough, // request and answer forwarded untouched
    CutRequest, // the server gets the first N bytes of the request (0 <= N < all), then the end
    CutResponse, // the server answers in full; the client gets the first N bytes (0 < N < all)
    LoseResponse, // the server answers in full; the client gets none of it (a lost acknowledgement)
    StallRequest, // the server gets part of the request, then nothing until the client gives up
    StallResponse, // the client gets part of the answer, then nothing until it gives up
    SlowResponse, // the answer arrives in pieces, with pauses shorter than the client's timeout
    Answer500, // the proxy answers 500 internal itself; the server sees nothing
    Answer503, // the proxy answers 503 busy itself, without Retry-After
    Answer503RetryAfter, // the same with Retry-After, in seconds or as an HTTP date
    Replay, // push and pull only: the request goes to the server twice; the client gets the
            // second answer (elsewhere it passes through untouched)
};

[[nodiscard]] const char *faultName(Fault fault);

// What happened on one connection, for the test's assertions.
struct ProxyExchange
{
    int connection = 0; // numbered from 0 in order of arrival, over the proxy's life
    Fault fault = Fault::PassThrough; // as applied (a Replay outside /v1/sync/ is PassThrough)
    QByteArray method;
    QByteArray path; // without the query
    QByteArray requestBody;
    qint64 requestBytes = 0; // head and body as the client sent them
    qint64 cutAt = -1; // bytes forwarded before a cut or a stall
    QList<int> serverStatuses; // every complete answer the server gave (two after a Replay)
    QList<QByteArray> serverBodies; // their bodies (those over 64 KiB are left out: empty)
    int clientStatus = 0; // the status of an answer written in full to the client; 0: none was
    QByteArray retryAfter; // the Retry-After the proxy sent itself
    bool complete = false; // the proxy is done with this connection
};

// A fault-injecting TCP proxy between a sync client and a real schouw-server on loopback.
//
// It runs on the event loop of the thread that creates it (the test's: syncAndWait() spins a
// local event loop, which also serves the proxy's sockets), so no locking is needed and, the sync
// client sending one request at a time, the faults follow the seed in a reproducible order. It
// understands just enough HTTP/1.1 to find where a request and an answer end (Content-Length or
// chunked): it reads the whole request from the client before it forwards anything, and the
// server's whole answer before it sends the client any of it, so "the server answered in full,
// the client got nothing" is exact.
//
// Faults are chosen per connection from relative weights; forceFaults() queues exact ones first.
// Not for production use, and not thread-safe.
class FaultProxy : public QObject
{
public:
    FaultProxy(quint16 serverPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on a free loopback port; false if that failed.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const;
    // Where new connections go (a restarted server has a new port).
    void setServerPort(quint16 port) { m_serverPort = port; }

    // Relative weights of the faults; faults not named never happen. Off (the default) or all
    // weights zero: everything passes through.
    void setWeights(std::map<Fault, int> weights) { m_weights = std::move(weights); }
    void setFaultsEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] bool faultsEnabled() const { return m_enabled; }
    // The next connections get these faults, in order, whether faults are enabled or not.
    void forceFaults(const QList<Fault> &faults)
    {
        for (Fault fault : faults)
            m_forced.append({fault, std::nullopt});
    }
    // The next connection (after those already queued) gets `fault` with its cut or stall at byte
    // `at` of the request or answer; a negative `at` counts from the end. Clamped to the bytes
    // there are.
    void forceFault(Fault fault, qint64 at) { m_forced.append({fault, at}); }
    // A stall lasts `stall` (longer than the client's timeout, so it gives up first); a slow answer
    // pauses at most `pause` between pieces (shorter than the timeout, so it goes through).
    void setTimings(std::chrono::milliseconds stall, std::chrono::milliseconds pause)
    {
        m_stall = stall;
        m_pause = pause;
    }
    // Called with each complete request before anything of it is forwarded; may stop the server.
    void setRequestHook(std::function<void(const ProxyExchange &)> hook)
    {
        m_requestHook = std::move(hook);
    }

    // Every connection since the last clearExchanges(), in order of arrival.
    [[nodiscard]] QList<ProxyExchange> exchanges() const;
    void clearExchanges() { m_exchanges.clear(); }
    // Connections the proxy still holds.
    [[nodiscard]] int openConnections() const;

private:
    class Session;
    friend class Session;

    void accept();
    struct Choice
    {
        Fault fault = Fault::PassThrough;
        std::optional<qint64> at;
    };
    [[nodiscard]] Choice nextFault();
    // Where to cut a message of `size` bytes: `at` if given, else at random below `size`.
    [[nodiscard]] qint64 cutPoint(const std::optional<qint64> &at, qint64 size, qint64 minimum);
    [[nodiscard]] quint32 bounded(quint32 limit)
    {
        return limit == 0 ? 0 : m_random.bounded(limit);
    }

    QTcpServer *m_listener = nullptr;
    quint16 m_serverPort = 0;
    QRandomGenerator m_random;
    std::map<Fault, int> m_weights;
    QList<Choice> m_forced;
    bool m_enabled = false;
    std::chrono::milliseconds m_stall {std::chrono::milliseconds(1500)};
    std::chrono::milliseconds m_pause {std::chrono::milliseconds(200)};
    std::function<void(const ProxyExchange &)> m_requestHook;
    std::vector<std::shared_ptr<ProxyExchange>> m_exchanges;
    int m_connections = 0;
};

// Where the first complete HTTP/1.1 message in `buffer` ends (Content-Length, chunked, or no
// body): its length; 0 while it is incomplete; -1 when the bytes are not HTTP or the head exceeds
// 64 KiB. `response`: the message is an answer (1xx, 204 and 304 have no body).
[[nodiscard]] qsizetype httpMessageLength(const QByteArray &buffer, bool response);

} // namespace schouw::test
