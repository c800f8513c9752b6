#include "scriptedoffice.h"

#include <QHostAddress>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace schouw::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

constexpr qint64 MaxTestRequest = 64 * 1024 * 1024;

} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    response.body = body;
    return response;
}

HttpResponse HttpResponse::error(int status, const char *code)
{
    return json(status, QByteArray("{\"error\":\"") + code + "\",\"message\":\"scripted\"}");
}

ScriptedOffice::ScriptedOffice(std::optional<QSslConfiguration> tls)
    : m_tls(tls.has_value())
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedOffice::accept);
}

ScriptedOffice::~ScriptedOffice() = default;

bool ScriptedOffice::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedOffice::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedOffice::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tls ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void ScriptedOffice::setTlsConfiguration(const QSslConfiguration &configuration)
{
    if (auto *server = qobject_cast<QSslServer *>(m_server.get()))
        server->setSslConfiguration(configuration);
}

void ScriptedOffice::clearLog()
{
    m_requests.clear();
    m_received.clear();
    m_streamed = 0;
    m_streamFinished = false;
}

void ScriptedOffice::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_streamLeft.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void ScriptedOffice::readFrom(QTcpSocket *socket)
{
    const QByteArray chunk = socket->readAll();
    m_received += chunk;
    QByteArray &buffer = m_buffers[socket];
    buffer += chunk;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (length > MaxTestRequest) {
        socket->abort();
        return;
    }
    if (buffer.size() - (headEnd + 4) < length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    buffer.clear();
    m_requests << request;
    answer(socket, request);
}

void ScriptedOffice::answer(QTcpSocket *socket, const HttpRequest &request)
{
    const HttpResponse response =
        m_handler ? m_handler(request) : HttpResponse::error(404, "not_found");
    switch (response.mode) {
    case HttpResponse::Mode::Hang:
        return;
    case HttpResponse::Mode::Close:
        socket->disconnectFromHost();
        return;
    case HttpResponse::Mode::Normal:
    case HttpResponse::Mode::Stream:
        break;
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (response.mode == HttpResponse::Mode::Normal && !hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(response.body);
    if (response.mode == HttpResponse::Mode::Stream) {
        m_streamLeft.insert(socket, response.streamBytes);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        streamMore(socket);
        return;
    }
    socket->disconnectFromHost();
}

void ScriptedOffice::streamMore(QTcpSocket *socket)
{
    if (!m_streamLeft.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Keep a little in flight only, so streamedBytes() says what the client let through.
    if (socket->bytesToWrite() > 256 * 1024)
        return;
    qint64 &left = m_streamLeft[socket];
    if (left <= 0) {
        m_streamFinished = true;
        m_streamLeft.remove(socket);
        socket->disconnectFromHost();
        return;
    }
    const qint64 size = std::min<qint64>(left, 64 * 1024);
    socket->write(QByteArray(size, 'x'));
    left -= size;
    m_streamed += size;
}

} // namespace schouw::test
