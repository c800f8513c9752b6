#pragma once

#include "server/store/pgconnection.h"

#include <QFile>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace schouw::test {

// Which store backend the office tests run against. The ..._pg CTest entries set
// SCHOUW_TEST_STORE_URL_FILE (written by scripts/pg-test-cluster, a CTest fixture) or
// SCHOUW_TEST_STORE_URL to a PostgreSQL cluster's URL; without either, the embedded store.
inline QString postgresTestUrl()
{
    const QString direct = qEnvironmentVariable("SCHOUW_TEST_STORE_URL");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("SCHOUW_TEST_STORE_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        qFatal("SCHOUW_TEST_STORE_URL_FILE %s cannot be read: is the PostgreSQL test cluster "
               "running (scripts/pg-test-cluster start)?",
               qPrintable(file));
    return QString::fromUtf8(input.readLine()).trimmed();
}

inline bool testsPostgres()
{
    return !postgresTestUrl().isEmpty();
}

// The same URL naming another database.
inline QString withDatabase(const QString &url, const QString &database)
{
    QUrl parsed(url);
    parsed.setPath(QLatin1Char('/') + database);
    return parsed.toString();
}

// A database of its own for one test (CREATE DATABASE on the test cluster), dropped on
// destruction, so that tests never see each other's data. With the embedded store: nothing,
// and url() is empty.
class TestDatabase
{
public:
    TestDatabase()
        : m_clusterUrl(postgresTestUrl())
    {
        if (m_clusterUrl.isEmpty())
            return;
        m_name = QStringLiteral("schouw_t_") +
            QUuid::createUuid().toString(QUuid::Id128).left(20).toLower();
        auto done = admin().exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        if (!done)
            qFatal("CREATE DATABASE failed: %s", qPrintable(done.error().detail));
    }

    ~TestDatabase()
    {
        if (m_name.isEmpty())
            return;
        (void)admin().exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] bool isPostgres() const { return !m_name.isEmpty(); }
    [[nodiscard]] const QString &name() const { return m_name; }
    // The store URL for StoreOptions / OfficeOptions: "" for the embedded store.
    [[nodiscard]] QString url() const
    {
        return m_name.isEmpty() ? QString() : withDatabase(m_clusterUrl, m_name);
    }
    [[nodiscard]] const QString &clusterUrl() const { return m_clusterUrl; }

    // A superuser connection to this test's database (or to the cluster's own database).
    [[nodiscard]] server::PgConnection connect(bool ownDatabase = true) const
    {
        server::PgTarget target;
        target.url = ownDatabase ? url() : m_clusterUrl;
        auto connection = server::PgConnection::connect(target);
        if (!connection)
            qFatal("cannot connect to the test cluster: %s", qPrintable(connection.error().detail));
        return std::move(*connection);
    }

private:
    server::PgConnection admin() const { return connect(false); }

    QString m_clusterUrl;
    QString m_name;
};

} // namespace schouw::test
