#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

namespace schouw::test {

// A self-signed certificate for localhost and 127.0.0.1 (EC P-256), made with the openssl
// command in dir, with its pin computed by openssl too (the SubjectPublicKeyInfo in DER, hashed
// here): the form an office administrator would use.
struct TestCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QString pin; // sha256//<base64>
    QString error; // empty when made
};

[[nodiscard]] TestCertificate makeSelfSignedCertificate(const QString &dir, const QString &name);

// A TLS 1.2+ server configuration presenting the certificate.
[[nodiscard]] QSslConfiguration serverConfiguration(const TestCertificate &certificate);

} // namespace schouw::test
