#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace schouw::test {

// One answer of the office, as a test sees it.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QByteArray error; // the "error" member of a JSON body ("" when none)
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] QJsonObject json() const;
};

inline constexpr QByteArrayView kJsonType = "application/json";
inline constexpr QByteArrayView kBatchType = "application/x-schouw-batch";

// One request through QNetworkAccessManager on a local event loop; `token` (when not empty) goes
// in as a bearer token. For tests only: it blocks until the answer is complete.
[[nodiscard]] HttpAnswer httpCall(const QByteArray &method, const QUrl &url,
                                  const QByteArray &token, const QByteArray &body = {},
                                  QByteArrayView type = kJsonType,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(30));

// POST /v1/auth/login for `user` from device `deviceId`; the answer (accessToken, refreshToken
// on success).
[[nodiscard]] HttpAnswer login(const QUrl &server, const QString &user, const QString &password,
                               const QString &deviceId);

} // namespace schouw::test
