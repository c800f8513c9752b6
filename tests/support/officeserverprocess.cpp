#include "officeserverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace schouw::test {

namespace {

constexpr int kStartTimeoutMs = 30'000;
constexpr int kCommandTimeoutMs = 120'000;

QString serverBinary()
{
    const QByteArray fromEnvironment = qgetenv("SCHOUW_SERVER_BIN");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
#ifdef SCHOUW_SERVER_BIN
    return QStringLiteral(SCHOUW_SERVER_BIN);
#else
    return QStringLiteral("schouw-server");
#endif
}

// The PostgreSQL cluster the _pg tests run against ("" = the embedded store).
QString postgresClusterUrl()
{
    const QString direct = qEnvironmentVariable("SCHOUW_TEST_STORE_URL");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("SCHOUW_TEST_STORE_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable:") + file;
    return QString::fromUtf8(input.readLine()).trimmed();
}

// Runs one SQL command on the cluster with psql; "" or psql's complaint.
QString psql(const QString &url, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-qAtX"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   url, QStringLiteral("-c"), sql});
    if (!process.waitForFinished(kCommandTimeoutMs) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("psql failed: %1 %2")
            .arg(process.errorString(), QString::fromUtf8(process.readAllStandardError()));
    return {};
}

} // namespace

OfficeServerProcess::OfficeServerProcess(const QString &extraConfig)
{
    m_clusterUrl = postgresClusterUrl();
    if (m_clusterUrl.startsWith(QLatin1String("unreadable:"))) {
        m_storeError = QStringLiteral("SCHOUW_TEST_STORE_URL_FILE cannot be read: is the "
                                      "PostgreSQL test cluster running?");
    } else if (!m_clusterUrl.isEmpty() && !extraConfig.contains(QLatin1String("url ="))) {
        m_storeDatabase = QStringLiteral("schouw_s_") +
            QUuid::createUuid().toString(QUuid::Id128).left(20).toLower();
        m_storeError =
            psql(m_clusterUrl, QStringLiteral("CREATE DATABASE %1").arg(m_storeDatabase));
        QUrl url(m_clusterUrl);
        url.setPath(QLatin1Char('/') + m_storeDatabase);
        m_storeUrl = url.toString();
    }
    QFile config(configFile());
    if (!config.open(QIODevice::WriteOnly))
        return;
    // Interactive Argon2id cost: the suite logs in dozens of times.
    config.write("[listen]\naddress = 127.0.0.1\nport = 0\n"
                 "[store]\ndirectory = data\n");
    if (!m_storeUrl.isEmpty())
        config.write("url = " + m_storeUrl.toUtf8() + '\n');
    config.write("[auth]\npassword_cost = interactive\n");
    config.write(extraConfig.toUtf8());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // A test killed by its timeout must not leave its server running: the kernel ends the
    // server when the test process dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

OfficeServerProcess::~OfficeServerProcess()
{
    stop();
    if (!m_storeDatabase.isEmpty())
        (void)psql(m_clusterUrl,
                   QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_storeDatabase));
}

QString OfficeServerProcess::configFile() const
{
    return m_dir.filePath(QStringLiteral("server.ini"));
}

QString OfficeServerProcess::dataDirectory() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString OfficeServerProcess::passwordFile(const QString &password)
{
    const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(qHash(password)));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(password.toUtf8() + '\n');
    }
    return path;
}

int OfficeServerProcess::runOnce(const QStringList &arguments)
{
    if (!m_storeError.isEmpty()) {
        m_lastError = m_storeError;
        return -1;
    }
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        m_lastError = QStringLiteral("schouw-server %1 did not finish: %2")
                          .arg(arguments.join(QLatin1Char(' ')), process.errorString());
        process.kill();
        process.waitForFinished();
        return -1;
    }
    m_lastOutput = process.readAllStandardOutput();
    m_lastError = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QJsonObject OfficeServerProcess::seed(const QString &password)
{
    const int code = runOnce({QStringLiteral("demo-seed"), QStringLiteral("--config"), configFile(),
                              QStringLiteral("--password-file"), passwordFile(password)});
    if (code != 0)
        return {};
    return QJsonDocument::fromJson(m_lastOutput).object();
}

int OfficeServerProcess::admin(const QStringList &arguments)
{
    return runOnce(QStringList {QStringLiteral("admin"), QStringLiteral("--config"), configFile()} +
                   arguments);
}

bool OfficeServerProcess::start()
{
    if (!m_storeError.isEmpty()) {
        m_lastError = m_storeError;
        return false;
    }
    m_process.start(serverBinary(), {QStringLiteral("--config"), configFile()});
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
            m_port = quint16(line.value(QStringLiteral("port")).toInt());
            if (m_port != 0)
                return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
    }
    m_lastError = QStringLiteral("schouw-server did not start: %1")
                      .arg(QString::fromUtf8(m_process.readAllStandardError()));
    stop();
    return false;
}

void OfficeServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QUrl OfficeServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace schouw::test
