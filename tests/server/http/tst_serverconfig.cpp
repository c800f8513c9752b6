#include "server/config/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(contents);
        return path;
    }

    static QProcessEnvironment env(const QList<std::pair<QString, QString>> &values = {})
    {
        QProcessEnvironment environment;
        for (const auto &[name, value] : values)
            environment.insert(name, value);
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tls")));
        QVERIFY(!write(QStringLiteral("tls/cert.pem"), "certificate").isEmpty());
        QVERIFY(!write(QStringLiteral("tls/key.pem"), "key").isEmpty());
    }

    void defaults()
    {
        const QString file = write(QStringLiteral("minimal.ini"), "[store]\ndirectory = data\n");
        const auto config = ServerConfig::load(file, env());
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->http.address, std::string("127.0.0.1"));
        QCOMPARE(config->http.port, ServerConfig::kDefaultPort);
        QVERIFY(!config->http.tls);
        QCOMPARE(config->http.threads, 4);
        QCOMPARE(config->http.maxConnections, 512);
        QCOMPARE(config->http.maxHeaderBytes, std::size_t {8192});
        QCOMPARE(config->http.headerTimeout.count(), 10000);
        QCOMPARE(config->http.bodyTimeout.count(), 60000);
        QCOMPARE(config->http.idleTimeout.count(), 30000);
        QCOMPARE(config->storeUrl, QString());
        QCOMPARE(config->storePasswordFile, QString());
        QCOMPARE(config->storePoolSize, 4);
        QCOMPARE(config->accessTokenMinutes, 15);
        QCOMPARE(config->refreshTokenDays, 30);
        QCOMPARE(config->passwordCost, QStringLiteral("moderate"));
    }

    void validFileWithRelativePaths()
    {
        const QString file = write(QStringLiteral("full.ini"),
                                   "# the office service\n"
                                   "[listen]\n"
                                   "address = 0.0.0.0\n"
                                   "port = 9443\n"
                                   "\n"
                                   "[tls]\n"
                                   "certificate = tls/cert.pem\n"
                                   "key = tls/key.pem\n"
                                   "[server]\n"
                                   "threads = 8\n"
                                   "max_connections = 100\n"
                                   "max_header_bytes = 16384\n"
                                   "header_timeout_ms = 5000\n"
                                   "body_timeout_ms = 30000\n"
                                   "idle_timeout_ms = 20000\n"
                                   "[store]\n"
                                   "directory = ../store-data\n"
                                   "url = postgresql://schouw@db/schouw\n"
                                   "password_file = secrets/pg.pass\n"
                                   "pool_size = 12\n"
                                   "[auth]\n"
                                   "; shorter sessions\n"
                                   "access_token_minutes = 10\n"
                                   "refresh_token_days = 14\n"
                                   "password_cost = sensitive\n");
        const auto config = ServerConfig::load(file, env());
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->http.address, std::string("0.0.0.0"));
        QCOMPARE(config->http.port, std::uint16_t {9443});
        QVERIFY(config->http.tls);
        QCOMPARE(QString::fromStdString(config->http.tls->certificateChainFile),
                 m_dir.filePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(QString::fromStdString(config->http.tls->privateKeyFile),
                 m_dir.filePath(QStringLiteral("tls/key.pem")));
        QCOMPARE(config->http.threads, 8);
        QCOMPARE(config->http.maxConnections, 100);
        QCOMPARE(config->http.maxHeaderBytes, std::size_t {16384});
        QCOMPARE(config->http.headerTimeout.count(), 5000);
        QCOMPARE(config->http.bodyTimeout.count(), 30000);
        QCOMPARE(config->http.idleTimeout.count(), 20000);
        QCOMPARE(config->dataDirectory,
                 QDir::cleanPath(m_dir.path() + QStringLiteral("/../store-data")));
        QCOMPARE(config->storeUrl, QStringLiteral("postgresql://schouw@db/schouw"));
        QCOMPARE(config->storePasswordFile, m_dir.filePath(QStringLiteral("secrets/pg.pass")));
        QCOMPARE(config->storePoolSize, 12);
        QCOMPARE(config->accessTokenMinutes, 10);
        QCOMPARE(config->refreshTokenDays, 14);
        QCOMPARE(config->passwordCost, QStringLiteral("sensitive"));

        // An absolute path stays as it is.
        const QString absolute =
            write(QStringLiteral("absolute.ini"), "[store]\ndirectory = /var/lib/schouw\n");
        QCOMPARE(ServerConfig::load(absolute, env())->dataDirectory,
                 QStringLiteral("/var/lib/schouw"));
    }

    void environmentOverrides()
    {
        const QString file =
            write(QStringLiteral("env.ini"), "[listen]\nport = 9000\n[store]\ndirectory = data\n");
        const auto config = ServerConfig::load(
            file,
            env({{QStringLiteral("SCHOUW_LISTEN_PORT"), QStringLiteral("9100")},
                 {QStringLiteral("SCHOUW_STORE_URL"), QStringLiteral("postgresql://db/x")},
                 {QStringLiteral("SCHOUW_SERVER_THREADS"), QStringLiteral("2")},
                 {QStringLiteral("SCHOUW_AUTH_PASSWORD_COST"), QStringLiteral("interactive")},
                 {QStringLiteral("SCHOUW_LANG"), QStringLiteral("en")}, // not a setting
                 {QStringLiteral("SCHOUW_STORE_DIRECTORY"), QStringLiteral("elsewhere")}}));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->http.port, std::uint16_t {9100});
        QCOMPARE(config->storeUrl, QStringLiteral("postgresql://db/x"));
        QCOMPARE(config->http.threads, 2);
        QCOMPARE(config->passwordCost, QStringLiteral("interactive"));
        QCOMPARE(config->dataDirectory, m_dir.filePath(QStringLiteral("elsewhere")));

        // The environment alone may name the store.
        const QString empty = write(QStringLiteral("empty.ini"), "");
        const auto fromEnv = ServerConfig::load(
            empty,
            env({{QStringLiteral("SCHOUW_STORE_DIRECTORY"), QStringLiteral("/srv/schouw")}}));
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->dataDirectory, QStringLiteral("/srv/schouw"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<QString>("mentions"); // a text the message must contain

        const QByteArray store = "[store]\ndirectory = data\n";
        QTest::newRow("unknown key") << QByteArray(store + "[server]\nthread = 4\n")
                                     << QStringList() << QStringLiteral("thread");
        QTest::newRow("unknown section") << QByteArray(store + "[listener]\nport = 1\n")
                                         << QStringList() << QStringLiteral("listener");
        QTest::newRow("key outside a section")
            << QByteArray("port = 1\n" + store) << QStringList() << QStringLiteral("port");
        QTest::newRow("not key = value")
            << QByteArray(store + "directory\n") << QStringList() << QStringLiteral("Line 3");
        QTest::newRow("duplicate key") << QByteArray(store + "directory = other\n") << QStringList()
                                       << QStringLiteral("twice");
        QTest::newRow("port too high") << QByteArray(store + "[listen]\nport = 70000\n")
                                       << QStringList() << QStringLiteral("port");
        QTest::newRow("port not a number") << QByteArray(store + "[listen]\nport = 80a\n")
                                           << QStringList() << QStringLiteral("port");
        QTest::newRow("port negative") << QByteArray(store + "[listen]\nport = -1\n")
                                       << QStringList() << QStringLiteral("0 to 65535");
        QTest::newRow("bad port in environment")
            << store << QStringList {QStringLiteral("SCHOUW_LISTEN_PORT=http")}
            << QStringLiteral("SCHOUW_LISTEN_PORT");
        QTest::newRow("zero threads") << QByteArray(store + "[server]\nthreads = 0\n")
                                      << QStringList() << QStringLiteral("threads");
        QTest::newRow("no store directory")
            << QByteArray("[listen]\nport = 1\n") << QStringList() << QStringLiteral("directory");
        QTest::newRow("missing TLS files")
            << QByteArray(store + "[tls]\ncertificate = nope.pem\nkey = tls/key.pem\n")
            << QStringList() << QStringLiteral("nope.pem");
        QTest::newRow("certificate without key")
            << QByteArray(store + "[tls]\ncertificate = tls/cert.pem\n") << QStringList()
            << QStringLiteral("key");
        QTest::newRow("non-loopback without TLS")
            << QByteArray(store + "[listen]\naddress = 0.0.0.0\n") << QStringList()
            << QStringLiteral("0.0.0.0");
        QTest::newRow("non-loopback without TLS from environment")
            << store << QStringList {QStringLiteral("SCHOUW_LISTEN_ADDRESS=10.0.0.5")}
            << QStringLiteral("10.0.0.5");
        QTest::newRow("address not an IP") << QByteArray(store + "[listen]\naddress = office\n")
                                           << QStringList() << QStringLiteral("office");
        QTest::newRow("unknown store scheme")
            << QByteArray(store + "url = mysql://user:hunter2@db/x\n") << QStringList()
            << QStringLiteral("postgresql://");
        QTest::newRow("password file without a store URL")
            << QByteArray(store + "password_file = pg.pass\n") << QStringList()
            << QStringLiteral("password_file");
        QTest::newRow("pool size zero") << QByteArray(store + "pool_size = 0\n") << QStringList()
                                        << QStringLiteral("pool_size");
        QTest::newRow("pool size too large from environment")
            << store << QStringList {QStringLiteral("SCHOUW_STORE_POOL_SIZE=500")}
            << QStringLiteral("SCHOUW_STORE_POOL_SIZE");
        QTest::newRow("unknown password cost")
            << QByteArray(store + "[auth]\npassword_cost = cheap\n") << QStringList()
            << QStringLiteral("interactive");
    }

    void refused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, environment);
        QFETCH(QString, mentions);
        const QString file = write(QStringLiteral("refused.ini"), contents);
        QProcessEnvironment variables;
        for (const QString &entry : environment)
            variables.insert(entry.section(QLatin1Char('='), 0, 0),
                             entry.section(QLatin1Char('='), 1));
        const auto config = ServerConfig::load(file, variables);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QVERIFY2(config.error().message.contains(mentions), qPrintable(config.error().message));
        // A store URL may hold a password: it never reaches a message or detail.
        QVERIFY(!config.error().message.contains(QStringLiteral("hunter2")));
        QVERIFY(!config.error().detail.contains(QStringLiteral("hunter2")));
    }

    void unknownKeyNamesTheFile()
    {
        const QString file = write(QStringLiteral("typo.ini"),
                                   "[store]\ndirectory = data\n[auth]\naccess_token_minute = 5\n");
        const auto config = ServerConfig::load(file, env());
        QVERIFY(!config);
        QVERIFY(config.error().message.contains(file));
        QVERIFY(config.error().message.contains(QStringLiteral("access_token_minute")));
    }

    void missingFile()
    {
        const auto config = ServerConfig::load(m_dir.filePath(QStringLiteral("absent.ini")), env());
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
