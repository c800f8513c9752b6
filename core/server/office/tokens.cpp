#include "tokens.h"

#include "vault/securebytes.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace schouw::server {

namespace {
constexpr int TokenBytes = 32;
constexpr int TokenChars = 43; // base64 of 32 bytes without padding
} // namespace

QString newToken()
{
    initialiseCrypto();
    QByteArray raw(TokenBytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), std::size_t(raw.size()));
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw.data(), std::size_t(raw.size()));
    return token;
}

QString tokenHash(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool looksLikeToken(QStringView token)
{
    if (token.size() != TokenChars)
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
            (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool equalConstantTime(const QString &a, const QString &b)
{
    const QByteArray left = a.toUtf8();
    const QByteArray right = b.toUtf8();
    if (left.size() != right.size())
        return false;
    return sodium_memcmp(left.constData(), right.constData(), std::size_t(left.size())) == 0;
}

} // namespace schouw::server
