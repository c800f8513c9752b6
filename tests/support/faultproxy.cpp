#include "faultproxy.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace schouw::test {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxKeptBodyBytes = 64 * 1024;

struct Head
{
    QByteArray method; // requests
    QByteArray path; // requests, without the query
    int status = 0; // answers
    qsizetype bodyStart = 0;
};

Head parseHead(const QByteArray &message)
{
    Head head;
    const qsizetype end = message.indexOf("\r\n\r\n");
    head.bodyStart = end < 0 ? message.size() : end + 4;
    const QByteArray firstLine = message.left(message.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    if (firstLine.startsWith("HTTP/")) {
        head.status = parts.value(1).toInt();
    } else {
        head.method = parts.value(0);
        const QByteArray target = parts.value(1);
        const qsizetype query = target.indexOf('?');
        head.path = query < 0 ? target : target.left(query);
    }
    return head;
}

QByteArray cannedAnswer(int status, const QByteArray &retryAfter)
{
    const QByteArray body = status == 503
        ? QByteArrayLiteral(R"({"error":"busy","message":"The office service is busy."})")
        : QByteArrayLiteral(R"({"error":"internal","message":"Injected failure."})");
    QByteArray answer = status == 503 ? "HTTP/1.1 503 Service Unavailable\r\n"
                                      : "HTTP/1.1 500 Internal Server Error\r\n";
    answer += "Content-Type: application/json\r\nCache-Control: no-store\r\nConnection: close\r\n";
    if (!retryAfter.isEmpty())
        answer += "Retry-After: " + retryAfter + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return answer;
}

} // namespace

const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::PassThrough:
        return "pass-through";
    case Fault::CutRequest:
        return "cut-request";
    case Fault::CutResponse:
        return "cut-response";
    case Fault::LoseResponse:
        return "lose-response";
    case Fault::StallRequest:
        return "stall-request";
    case Fault::StallResponse:
        return "stall-response";
    case Fault::SlowResponse:
        return "slow-response";
    case Fault::Answer500:
        return "answer-500";
    case Fault::Answer503:
        return "answer-503";
    case Fault::Answer503RetryAfter:
        return "answer-503-retry-after";
    case Fault::Replay:
        return "replay";
    }
    return "?";
}

qsizetype httpMessageLength(const QByteArray &buffer, bool response)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > kMaxHeadBytes ? -1 : 0;
    if (headEnd > kMaxHeadBytes)
        return -1;
    const qsizetype bodyStart = headEnd + 4;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QByteArray firstLine = lines.value(0).trimmed();
    if (response != firstLine.startsWith("HTTP/1."))
        return -1;
    qint64 length = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return -1;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return -1;
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    if (response) {
        const int status = firstLine.split(' ').value(1).toInt();
        if (status < 200 || status == 204 || status == 304)
            return bodyStart;
    }
    if (!chunked)
        return buffer.size() >= bodyStart + length ? bodyStart + length : 0;
    qsizetype position = bodyStart;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return 0;
        QByteArray sizeText = buffer.mid(position, lineEnd - position);
        if (const qsizetype extension = sizeText.indexOf(';'); extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -1;
        position = lineEnd + 2;
        if (size == 0) {
            // Trailers, if any, end with an empty line.
            if (buffer.mid(position, 2) == "\r\n")
                return position + 2;
            const qsizetype trailersEnd = buffer.indexOf("\r\n\r\n", position);
            return trailersEnd < 0 ? 0 : trailersEnd + 4;
        }
        position += size + 2;
        if (position > buffer.size())
            return 0;
    }
}

// One client connection and the connection(s) it leads to at the server.
class FaultProxy::Session : public QObject
{
public:
    Session(FaultProxy &proxy, QTcpSocket *client, std::shared_ptr<ProxyExchange> exchange)
        : QObject(&proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_exchange(std::move(exchange))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &Session::readClient);
        connect(m_client, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(m_client, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
            m_clientWritten += bytes;
            if (m_answerForClient > 0 && m_clientWritten >= m_answerForClient) {
                m_answerForClient = 0;
                m_exchange->clientStatus = m_answerStatus;
            }
        });
        m_timer.setSingleShot(true);
        readClient();
    }

    [[nodiscard]] bool isOpen() const { return !m_finished; }

private:
    void readClient()
    {
        if (m_finished || !m_request.isEmpty())
            return;
        m_clientBuffer += m_client->readAll();
        const qsizetype length = httpMessageLength(m_clientBuffer, false);
        if (length < 0)
            return finish();
        if (length == 0)
            return;
        m_request = m_clientBuffer.left(length);
        const Head head = parseHead(m_request);
        m_exchange->method = head.method;
        m_exchange->path = head.path;
        m_exchange->requestBody = m_request.mid(head.bodyStart);
        m_exchange->requestBytes = m_request.size();
        const Choice choice = m_proxy.nextFault();
        Fault fault = choice.fault;
        m_at = choice.at;
        if (fault == Fault::Replay && !head.path.startsWith("/v1/sync/"))
            fault = Fault::PassThrough;
        m_exchange->fault = fault;
        if (m_proxy.m_requestHook)
            m_proxy.m_requestHook(*m_exchange);
        if (m_finished)
            return;

        switch (fault) {
        case Fault::Answer500:
            return answerItself(500, {});
        case Fault::Answer503:
            return answerItself(503, {});
        case Fault::Answer503RetryAfter: {
            const int seconds = 1 + int(m_proxy.bounded(120));
            QByteArray value = QByteArray::number(seconds);
            if (m_proxy.bounded(2) == 1) {
                const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(seconds);
                value = QLocale::c()
                            .toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                            .toLatin1() +
                    " GMT";
            }
            return answerItself(503, value);
        }
        case Fault::CutRequest:
        case Fault::StallRequest:
            m_exchange->cutAt = m_proxy.cutPoint(m_at, m_request.size(), 0);
            return connectServer(m_request.left(m_exchange->cutAt));
        default:
            return connectServer(m_request);
        }
    }

    void answerItself(int status, const QByteArray &retryAfter)
    {
        m_exchange->retryAfter = retryAfter;
        writeClient(cannedAnswer(status, retryAfter), status);
        m_client->disconnectFromHost();
    }

    void connectServer(const QByteArray &bytes)
    {
        m_serverBuffer.clear();
        m_server = new QTcpSocket(this);
        QTcpSocket *server = m_server;
        connect(server, &QTcpSocket::connected, this, [this, server, bytes] {
            if (server != m_server)
                return;
            if (!bytes.isEmpty())
                server->write(bytes);
            if (bytes.size() < m_request.size())
                sentPartOfRequest();
        });
        connect(server, &QTcpSocket::readyRead, this, [this, server] {
            if (server == m_server)
                readServer();
        });
        connect(server, &QTcpSocket::errorOccurred, this, [this, server] {
            // Refused, reset or closed before a whole answer: the client's connection ends too.
            if (server == m_server && !m_haveAnswer)
                finish();
        });
        connect(server, &QTcpSocket::disconnected, this, [this, server] {
            if (server == m_server && !m_haveAnswer)
                finish();
        });
        server->connectToHost(QHostAddress::LocalHost, m_proxy.m_serverPort);
    }

    void sentPartOfRequest()
    {
        if (m_exchange->fault == Fault::CutRequest) {
            // Let the part written go out before the close (finish() would discard it): the
            // socket lives on by itself until it has closed.
            QTcpSocket *socket = m_server;
            m_server = nullptr;
            socket->disconnect(this);
            socket->setParent(nullptr);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(5000, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            return finish();
        }
        // StallRequest: the client gives up first; its disconnect ends the session.
        stallThenFinish();
    }

    void stallThenFinish()
    {
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this] { finish(); });
        m_timer.start(m_proxy.m_stall);
    }

    void readServer()
    {
        m_serverBuffer += m_server->readAll();
        const qsizetype length = httpMessageLength(m_serverBuffer, true);
        if (length < 0)
            return finish();
        if (length == 0)
            return;
        const QByteArray answer = m_serverBuffer.left(length);
        const Head head = parseHead(answer);
        m_exchange->serverStatuses << head.status;
        m_exchange->serverBodies << (answer.size() - head.bodyStart <= kMaxKeptBodyBytes
                                         ? answer.mid(head.bodyStart)
                                         : QByteArray());
        // This server connection has done its part.
        QTcpSocket *done = m_server;
        m_server = nullptr;
        done->disconnect(this);
        done->disconnectFromHost();
        done->deleteLater();

        if (m_exchange->fault == Fault::Replay && m_exchange->serverStatuses.size() == 1)
            return connectServer(m_request);
        m_haveAnswer = true;
        deliver(answer, head.status);
    }

    void deliver(const QByteArray &answer, int status)
    {
        switch (m_exchange->fault) {
        case Fault::CutResponse: {
            const qint64 cut = m_proxy.cutPoint(m_at, answer.size(), 1);
            m_exchange->cutAt = cut;
            m_client->write(answer.left(cut));
            m_client->disconnectFromHost();
            return;
        }
        case Fault::LoseResponse:
            m_exchange->cutAt = 0;
            return finish();
        case Fault::StallResponse: {
            const qint64 cut = m_proxy.cutPoint(m_at, answer.size(), 0);
            m_exchange->cutAt = cut;
            if (cut > 0)
                m_client->write(answer.left(cut));
            return stallThenFinish();
        }
        case Fault::SlowResponse:
            m_slowAnswer = answer;
            m_slowStatus = status;
            m_slowSent = 0;
            return sendSlowPiece();
        default:
            writeClient(answer, status);
            m_client->disconnectFromHost();
            return;
        }
    }

    void sendSlowPiece()
    {
        if (m_finished)
            return;
        const qint64 left = m_slowAnswer.size() - m_slowSent;
        const qint64 piece = left <= 1 ? left : 1 + m_proxy.bounded(quint32(left));
        if (m_slowSent == 0 && piece == m_slowAnswer.size()) {
            writeClient(m_slowAnswer, m_slowStatus);
        } else {
            if (m_slowSent + piece == m_slowAnswer.size()) {
                m_answerForClient = m_clientWritten + m_client->bytesToWrite() + piece;
                m_answerStatus = m_slowStatus;
            }
            m_client->write(m_slowAnswer.mid(m_slowSent, piece));
        }
        m_slowSent += piece;
        if (m_slowSent >= m_slowAnswer.size()) {
            m_client->disconnectFromHost();
            return;
        }
        const auto pause = std::chrono::milliseconds(
            1 + m_proxy.bounded(quint32(std::max<qint64>(1, m_proxy.m_pause.count()))));
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, [this] { sendSlowPiece(); });
        m_timer.start(pause);
    }

    // Writes a whole answer; clientStatus is set once the last byte has left for the client.
    void writeClient(const QByteArray &answer, int status)
    {
        m_answerForClient = m_clientWritten + m_client->bytesToWrite() + answer.size();
        m_answerStatus = status;
        m_client->write(answer);
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        if (m_server) {
            m_server->disconnect(this);
            m_server->abort();
        }
        m_client->disconnect(this);
        // A graceful close if an answer is on its way, an abrupt one otherwise.
        if (m_client->bytesToWrite() > 0 && m_answerForClient == 0)
            m_client->disconnectFromHost();
        else
            m_client->abort();
        m_exchange->complete = true;
        deleteLater();
    }

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QPointer<QTcpSocket> m_server;
    std::shared_ptr<ProxyExchange> m_exchange;
    QByteArray m_clientBuffer;
    QByteArray m_request;
    std::optional<qint64> m_at; // a forced cut or stall position
    QByteArray m_serverBuffer;
    QByteArray m_slowAnswer;
    int m_slowStatus = 0;
    qint64 m_slowSent = 0;
    qint64 m_clientWritten = 0;
    qint64 m_answerForClient = 0; // write position at which the answer is out; 0: none pending
    int m_answerStatus = 0;
    bool m_haveAnswer = false;
    bool m_finished = false;
    QTimer m_timer;
};

FaultProxy::FaultProxy(quint16 serverPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_serverPort(serverPort)
    , m_random(seed)
{
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    if (!m_listener) {
        m_listener = new QTcpServer(this);
        connect(m_listener, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }
    return m_listener->isListening() || m_listener->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_listener->nextPendingConnection()) {
        auto exchange = std::make_shared<ProxyExchange>();
        exchange->connection = m_connections++;
        m_exchanges.push_back(exchange);
        new Session(*this, client, exchange);
    }
}

FaultProxy::Choice FaultProxy::nextFault()
{
    if (!m_forced.isEmpty())
        return m_forced.takeFirst();
    int total = 0;
    for (const auto &[fault, weight] : m_weights)
        total += std::max(0, weight);
    if (!m_enabled || total == 0)
        return {};
    int pick = int(m_random.bounded(quint32(total)));
    for (const auto &[fault, weight] : m_weights) {
        pick -= std::max(0, weight);
        if (pick < 0)
            return {fault, std::nullopt};
    }
    return {};
}

qint64 FaultProxy::cutPoint(const std::optional<qint64> &at, qint64 size, qint64 minimum)
{
    // Always short of the whole message: a cut that passes everything is no cut.
    const qint64 last = std::max<qint64>(minimum, size - 1);
    if (at)
        return std::clamp<qint64>(*at < 0 ? size + *at : *at, minimum, last);
    return minimum + bounded(quint32(last - minimum + 1));
}

QList<ProxyExchange> FaultProxy::exchanges() const
{
    QList<ProxyExchange> list;
    list.reserve(qsizetype(m_exchanges.size()));
    for (const auto &exchange : m_exchanges)
        list << *exchange;
    return list;
}

int FaultProxy::openConnections() const
{
    int open = 0;
    for (const QObject *child : children())
        if (const auto *session = dynamic_cast<const Session *>(child);
            session && session->isOpen())
            ++open;
    return open;
}

} // namespace schouw::test
