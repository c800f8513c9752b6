#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace schouw::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    [[nodiscard]] QByteArray header(const char *name) const
    {
        return headers.value(QByteArray(name));
    }
};

struct HttpResponse
{
    enum class Mode {
        Normal,
        Hang, // read the request, never answer
        Close, // read the request, close without a word
        Stream, // headers without a length, then streamBytes of 'x' until the client goes
    };
    Mode mode = Mode::Normal;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 streamBytes = 0;

    [[nodiscard]] static HttpResponse json(int status, const QByteArray &body);
    [[nodiscard]] static HttpResponse error(int status, const char *code);
};

// A minimal HTTP/1.1 peer on a loopback port, plain or TLS (QSslServer), answering each request
// through a handler the test sets: the office as the test scripts it. One request per
// connection, answered with Connection: close. Lives on the test's thread, so the client's event
// loop serves it.
class ScriptedOffice : public QObject
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // tls: a server configuration with certificate and key; default: plain HTTP.
    explicit ScriptedOffice(std::optional<QSslConfiguration> tls = std::nullopt);
    ~ScriptedOffice() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:port, or https://localhost:port for TLS (the certificate's name).
    [[nodiscard]] QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // TLS only: the configuration for connections from now on (e.g. another key).
    void setTlsConfiguration(const QSslConfiguration &configuration);

    [[nodiscard]] const QList<HttpRequest> &requests() const { return m_requests; }
    // Every byte any client sent after the handshake, in order.
    [[nodiscard]] const QByteArray &received() const { return m_received; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] qint64 streamedBytes() const { return m_streamed; }
    [[nodiscard]] bool streamFinished() const { return m_streamFinished; }
    void clearLog();

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HttpRequest &request);
    void streamMore(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QByteArray m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_streamLeft;
    int m_connections = 0;
    qint64 m_streamed = 0;
    bool m_streamFinished = false;
};

} // namespace schouw::test
