#include "httpcall.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace schouw::test {

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpAnswer httpCall(const QByteArray &method, const QUrl &url, const QByteArray &token,
                    const QByteArray &body, QByteArrayView type, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type.toByteArray());
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    answer.error = answer.json().value(QLatin1String("error")).toString().toUtf8();
    reply->deleteLater();
    return answer;
}

HttpAnswer login(const QUrl &server, const QString &user, const QString &password,
                 const QString &deviceId)
{
    const QJsonObject body {{QStringLiteral("user"), user},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("deviceId"), deviceId},
                            {QStringLiteral("deviceName"), QStringLiteral("test device")}};
    return httpCall("POST", server.resolved(QUrl(QStringLiteral("/v1/auth/login"))), {},
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace schouw::test
