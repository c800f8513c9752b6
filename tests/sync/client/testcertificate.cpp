#include "testcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace schouw::test {

namespace {

// Runs openssl; returns its standard output, or sets error.
QByteArray openssl(const QStringList &arguments, QString &error, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000)) {
        error = QStringLiteral("openssl did not start");
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

TestCertificate makeSelfSignedCertificate(const QString &dir, const QString &name)
{
    TestCertificate result;
    const QString certPath = QDir(dir).filePath(name + QStringLiteral(".pem"));
    const QString keyPath = QDir(dir).filePath(name + QStringLiteral(".key"));
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
            result.error);
    if (!result.error.isEmpty())
        return result;
    QFile cert(certPath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read the made certificate");
        return result;
    }
    result.certificatePem = cert.readAll();
    result.keyPem = key.readAll();
    const QByteArray publicPem = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certPath,
                                          QStringLiteral("-pubkey"), QStringLiteral("-noout")},
                                         result.error);
    if (!result.error.isEmpty())
        return result;
    const QByteArray spki = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                     QStringLiteral("-outform"), QStringLiteral("der")},
                                    result.error, publicPem);
    if (!result.error.isEmpty())
        return result;
    result.pin = QStringLiteral("sha256//") +
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
    return result;
}

QSslConfiguration serverConfiguration(const TestCertificate &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.certificatePem, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(certificate.keyPem, QSsl::Ec, QSsl::Pem));
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace schouw::test
