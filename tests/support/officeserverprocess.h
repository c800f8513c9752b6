#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace schouw::test {

// A real schouw-server for integration tests: its own data directory and configuration in a
// temporary directory, a free loopback port, plain HTTP (allowed on loopback only). The binary is
// the one built with the tests (SCHOUW_SERVER_BIN).
//
// Store: the embedded one, unless SCHOUW_TEST_STORE_URL (or the file SCHOUW_TEST_STORE_URL_FILE
// names) gives a PostgreSQL cluster, as the _pg CTest entries do: then a database of this
// server's own is made on it (psql, CREATE DATABASE), named by [store] url, and dropped again by
// the destructor.
class OfficeServerProcess
{
public:
    // extraConfig: more INI lines, appended (e.g. "[store]\nurl = postgresql://...").
    explicit OfficeServerProcess(const QString &extraConfig = {});
    ~OfficeServerProcess();

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString configFile() const;
    [[nodiscard]] QString dataDirectory() const;
    // A file holding `password`, made owner-only, for --password-file options.
    [[nodiscard]] QString passwordFile(const QString &password);

    // Runs `schouw-server demo-seed` with every demo user's password; the JSON it printed, or an
    // empty object after a failure (see lastError()).
    [[nodiscard]] QJsonObject seed(const QString &password);
    // Runs `schouw-server admin VERB...`: its exit code; output in lastOutput().
    [[nodiscard]] int admin(const QStringList &arguments);

    // Starts serving and waits for the "listening" line. False on failure (lastError()).
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    // The server's process id while it runs (0 otherwise): for tests and benchmarks that read
    // its resource use from /proc.
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url() const;
    // The [store] url written into the configuration ("" for the embedded store).
    [[nodiscard]] const QString &storeUrl() const { return m_storeUrl; }

    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    [[nodiscard]] const QByteArray &lastOutput() const { return m_lastOutput; }

private:
    [[nodiscard]] int runOnce(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_clusterUrl; // PostgreSQL: the cluster's URL; m_storeUrl names our own database
    QString m_storeDatabase;
    QString m_storeUrl;
    QString m_storeError;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_lastError;
    QByteArray m_lastOutput;
};

} // namespace schouw::test
