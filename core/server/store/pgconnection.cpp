#include "pgconnection.h"

#include "postgresstore.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QtEndian>

#include <libpq-fe.h>

#include <poll.h>

#include <memory>
#include <vector>

namespace schouw::server {

namespace {

using Tr = PostgresStore;

// Free functions of libpq's own options array.
struct OptionsDeleter
{
    void operator()(PQconninfoOption *options) const { PQconninfoFree(options); }
};
using ConninfoOptions = std::unique_ptr<PQconninfoOption, OptionsDeleter>;

QString libpqText(const char *text)
{
    return QString::fromUtf8(text ? text : "").trimmed();
}

// A connection failure's SQLSTATE: with PQERRORS_VERBOSE, libpq writes the server's
// ErrorResponse as "SEVERITY:  SQLSTATE: message", whatever language the server speaks.
QByteArray sqlStateOfConnectionError(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral(":  ([0-9A-Z]{5}): "));
    const auto match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

// libpq's connection messages name host, port, user and database, never the password; the
// LOCATION lines of a verbose message are of no use in the log.
QString connectionDetail(const QString &message)
{
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("LOCATION:")); });
    return lines.join(QLatin1String(" / "));
}

Error connectError(PGconn *connection, const QString &where)
{
    const QString message = libpqText(PQerrorMessage(connection));
    const QString detail = QStringLiteral("connect %1: %2").arg(where, connectionDetail(message));
    const QByteArray state = sqlStateOfConnectionError(message);
    if (state == "28P01")
        return Error {ErrorCode::InvalidInput,
                      Tr::tr("The PostgreSQL server refused the password of the office store's "
                             "database user. Check the password file ([store] password_file) "
                             "or PGPASSFILE."),
                      detail};
    if (state.startsWith("28"))
        return Error {ErrorCode::InvalidInput,
                      Tr::tr("The PostgreSQL server refused the office store's login: the user "
                             "in the store URL is unknown, or pg_hba.conf does not let it in."),
                      detail};
    if (state == "3D000")
        return Error {ErrorCode::VaultMissing,
                      Tr::tr("The database named in the store URL does not exist on the "
                             "PostgreSQL server. Create it (createdb) and start again."),
                      detail};
    if (state == "53300" || state == "57P03")
        return Error {ErrorCode::ServerBusy,
                      Tr::tr("The PostgreSQL server accepts no more connections right now. Try "
                             "again shortly."),
                      detail};
    if (!state.isEmpty())
        return Error {ErrorCode::Database,
                      Tr::tr("The PostgreSQL server refused the office store's connection."),
                      detail};
    if (PQconnectionNeedsPassword(connection))
        return Error {ErrorCode::InvalidInput,
                      Tr::tr("The PostgreSQL server asks for a password and none was given. "
                             "Name a password file ([store] password_file) or set PGPASSFILE."),
                      detail};
    return Error {ErrorCode::Network,
                  Tr::tr("The PostgreSQL server at %1 cannot be reached. Check that it runs and "
                         "that the store URL names the right host and port.")
                      .arg(where),
                  detail};
}

QString describeOptions(const PQconninfoOption *options)
{
    QString host, port, dbname;
    for (const PQconninfoOption *option = options; option && option->keyword; ++option) {
        const QByteArray keyword(option->keyword);
        if (keyword == "host" || keyword == "hostaddr") {
            if (option->val && *option->val && host.isEmpty())
                host = QString::fromUtf8(option->val);
        } else if (keyword == "port") {
            port = QString::fromUtf8(option->val ? option->val : "");
        } else if (keyword == "dbname") {
            dbname = QString::fromUtf8(option->val ? option->val : "");
        }
    }
    return QStringLiteral("%1:%2/%3")
        .arg(host.isEmpty() ? QStringLiteral("localhost") : host,
             port.isEmpty() ? QStringLiteral("5432") : port, dbname);
}

} // namespace

// ---- Errors -----------------------------------------------------------------------------------

bool isRetryableSqlState(const QByteArray &sqlState)
{
    return sqlState == "40001" || sqlState == "40P01";
}

Error pgConnectionLost(const QString &what)
{
    return Error {ErrorCode::ServerBusy,
                  Tr::tr("The connection to the office store's PostgreSQL server was lost. Try "
                         "again shortly."),
                  QStringLiteral("connection lost: %1").arg(what)};
}

Error pgError(const QByteArray &sqlState, const QString &what)
{
    // A data exception's message may quote the value (invalid input syntax for ...): only the
    // code goes to the log then.
    const QString detail = sqlState.startsWith("22")
        ? QStringLiteral("SQLSTATE %1").arg(QString::fromLatin1(sqlState))
        : QStringLiteral("SQLSTATE %1: %2").arg(QString::fromLatin1(sqlState), what);
    if (sqlState.startsWith("08") || sqlState == "57P01" || sqlState == "57P02" ||
        sqlState == "57P03")
        return pgConnectionLost(detail);
    if (isRetryableSqlState(sqlState) || sqlState == "55P03" || sqlState == "57014" ||
        sqlState == "53300")
        return Error {ErrorCode::ServerBusy, Tr::tr("The office store is busy. Try again shortly."),
                      detail};
    if (sqlState.startsWith("23"))
        return Error {ErrorCode::InvalidInput,
                      Tr::tr("The change conflicts with data already in the office store."),
                      detail};
    if (sqlState.startsWith("22"))
        return Error {ErrorCode::InvalidInput, Tr::tr("The office store cannot keep this value."),
                      detail};
    if (sqlState == "53100")
        return Error {ErrorCode::Io,
                      Tr::tr("The PostgreSQL server's disk is full. Nothing was saved."), detail};
    return Error {ErrorCode::Database,
                  Tr::tr("The office store's PostgreSQL server reported an unexpected error."),
                  detail};
}

// ---- Parameters -------------------------------------------------------------------------------

PgParams &PgParams::text(const QString &value)
{
    m_values.append(value.toUtf8());
    m_null.append(false);
    m_formats.append(0);
    return *this;
}

PgParams &PgParams::optionalText(const QString &value)
{
    m_values.append(value.toUtf8());
    m_null.append(value.isEmpty());
    m_formats.append(0);
    return *this;
}

PgParams &PgParams::integer(qint64 value)
{
    m_values.append(QByteArray::number(value));
    m_null.append(false);
    m_formats.append(0);
    return *this;
}

PgParams &PgParams::boolean(bool value)
{
    m_values.append(value ? QByteArrayLiteral("t") : QByteArrayLiteral("f"));
    m_null.append(false);
    m_formats.append(0);
    return *this;
}

PgParams &PgParams::bytes(const QByteArray &value)
{
    m_values.append(value);
    m_null.append(false);
    m_formats.append(1);
    return *this;
}

// ---- Result -----------------------------------------------------------------------------------

PgResult::PgResult(PGresult *result, PgFormat format)
    : m_result(result)
    , m_format(format)
{
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
    , m_format(other.m_format)
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
        m_format = other.m_format;
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    const char *value = PQgetvalue(m_result, row, column);
    if (m_format == PgFormat::Binary) {
        switch (PQgetlength(m_result, row, column)) {
        case 2:
            return qFromBigEndian<qint16>(value);
        case 4:
            return qFromBigEndian<qint32>(value);
        case 8:
            return qFromBigEndian<qint64>(value);
        default:
            return 0;
        }
    }
    return QByteArray(value).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    if (isNull(row, column))
        return false;
    const char *value = PQgetvalue(m_result, row, column);
    return m_format == PgFormat::Binary ? *value != 0 : *value == 't';
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

QByteArray PgResult::commandStatus() const
{
    return m_result ? QByteArray(PQcmdStatus(m_result)) : QByteArray();
}

// ---- Connection -------------------------------------------------------------------------------

Status PgConnection::checkUrl(const QString &url)
{
    char *error = nullptr;
    ConninfoOptions options(PQconninfoParse(url.toUtf8().constData(), &error));
    if (!options) {
        // libpq's message may quote a piece of the URL, which may be the password: not logged.
        PQfreemem(error);
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The store URL cannot be read. Write it as "
                           "postgresql://user@host:port/database (the URL is not shown here: it "
                           "may contain a password)."),
                    QStringLiteral("store url rejected by libpq"));
    }
    return {};
}

Result<PgConnection> PgConnection::connect(const PgTarget &target)
{
    if (auto valid = checkUrl(target.url); !valid)
        return std::unexpected(valid.error());
    const QByteArray url = target.url.toUtf8();
    char *parseError = nullptr;
    ConninfoOptions parsed(PQconninfoParse(url.constData(), &parseError));
    PQfreemem(parseError);
    const QString where = describeOptions(parsed.get());
    std::chrono::milliseconds timeout =
        target.connectTimeout.count() > 0 ? target.connectTimeout : PgTarget().connectTimeout;
    for (const PQconninfoOption *option = parsed.get(); option && option->keyword; ++option)
        if (QByteArray(option->keyword) == "connect_timeout" && option->val && *option->val)
            timeout = std::chrono::seconds(std::max(2, QByteArray(option->val).toInt()));

    // Keywords are applied in order and the URL (dbname, expanded) comes after the defaults, so
    // that anything it sets wins; the password file's password comes last.
    std::vector<const char *> keywords {"client_encoding", "fallback_application_name", "dbname"};
    std::vector<const char *> values {"UTF8", "schouw-server", url.constData()};
    if (!target.password.isEmpty()) {
        keywords.push_back("password");
        values.push_back(target.password.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    // Connected without blocking so that PQERRORS_VERBOSE applies to the server's refusal: its
    // SQLSTATE then tells a wrong password from a missing database in any server language.
    PGconn *raw = PQconnectStartParams(keywords.data(), values.data(), 1);
    if (!raw)
        return fail(ErrorCode::Database,
                    Tr::tr("The PostgreSQL client library could not start a connection."),
                    QStringLiteral("PQconnectStartParams returned null"));
    PgConnection connection(raw);
    // Server notices ("... does not exist, skipping") are not for the service's stderr.
    PQsetNoticeProcessor(
        raw, [](void *, const char *) {}, nullptr);
    PQsetErrorVerbosity(raw, PQERRORS_VERBOSE);
    if (PQstatus(raw) == CONNECTION_BAD)
        return std::unexpected(connectError(raw, where));
    const QDeadlineTimer deadline(timeout);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED)
            return std::unexpected(connectError(raw, where));
        pollfd descriptor {PQsocket(raw), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT),
                           0};
        const int ready = ::poll(&descriptor, 1, int(deadline.remainingTime()));
        if (ready == 0 || deadline.hasExpired())
            return fail(ErrorCode::Network,
                        Tr::tr("The PostgreSQL server at %1 did not answer in time.").arg(where),
                        QStringLiteral("connect %1: no answer within %2 ms")
                            .arg(where)
                            .arg(timeout.count()));
        if (ready < 0 && errno != EINTR)
            return fail(ErrorCode::Network,
                        Tr::tr("The PostgreSQL server at %1 cannot be reached. Check that it "
                               "runs and that the store URL names the right host and port.")
                            .arg(where),
                        QStringLiteral("connect %1: poll failed (errno %2)").arg(where).arg(errno));
        state = PQconnectPoll(raw);
    }
    PQsetErrorVerbosity(raw, PQERRORS_DEFAULT);

    // Waiting on a lock forever would hold an HTTP worker forever: 5 s, then "busy" (55P03),
    // unless the role, the database or the URL's options chose a timeout themselves.
    if (auto done = connection.exec(
            QStringLiteral("SELECT set_config('lock_timeout', '5s', false) "
                           "WHERE current_setting('lock_timeout') IN ('0', '0ms')"));
        !done)
        return std::unexpected(done.error());
    connection.clearFailure();
    return connection;
}

PgConnection::PgConnection(PGconn *connection)
    : m_connection(connection)
{
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_firstFailure(std::move(other.m_firstFailure))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_connection)
            PQfinish(m_connection);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_firstFailure = std::move(other.m_firstFailure);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

bool PgConnection::isBroken() const
{
    return !m_connection || PQstatus(m_connection) != CONNECTION_OK;
}

QString PgConnection::describe() const
{
    if (!m_connection)
        return {};
    return QStringLiteral("%1:%2/%3")
        .arg(libpqText(PQhost(m_connection)), libpqText(PQport(m_connection)),
             libpqText(PQdb(m_connection)));
}

Result<PgResult> PgConnection::exec(const QString &sql, const PgParams &params,
                                    PgFormat resultFormat)
{
    const QByteArray query = sql.toUtf8();
    const int count = params.count();
    std::vector<const char *> values(std::size_t(count), nullptr);
    std::vector<int> lengths(std::size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        if (!params.m_null.at(i))
            values[std::size_t(i)] = params.m_values.at(i).constData();
        lengths[std::size_t(i)] = int(params.m_values.at(i).size());
    }
    PGresult *raw =
        PQexecParams(m_connection, query.constData(), count, nullptr, values.data(), lengths.data(),
                     params.m_formats.constData(), resultFormat == PgFormat::Binary ? 1 : 0);
    PgResult result(raw, resultFormat);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char *state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    if (!state || isBroken()) {
        if (m_firstFailure.isEmpty())
            m_firstFailure = "08006";
        return std::unexpected(pgConnectionLost(libpqText(PQerrorMessage(m_connection))));
    }
    if (m_firstFailure.isEmpty())
        m_firstFailure = state;
    return std::unexpected(
        pgError(state, libpqText(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY))));
}

Status PgConnection::execScript(const QString &sql)
{
    // PQexec runs the statements as one implicit transaction unless they say otherwise, stops at
    // the first failure and returns that one.
    const QByteArray script = sql.toUtf8();
    PGresult *raw = PQexec(m_connection, script.constData());
    PgResult result(raw, PgFormat::Text);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    const char *state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    if (!state || isBroken())
        return std::unexpected(pgConnectionLost(libpqText(PQerrorMessage(m_connection))));
    if (m_firstFailure.isEmpty())
        m_firstFailure = state;
    return std::unexpected(
        pgError(state, libpqText(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY))));
}

} // namespace schouw::server
