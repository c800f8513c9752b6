#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>

// libpq's handles, declared here so that users of this header need not find libpq-fe.h (Debian
// keeps it in /usr/include/postgresql); the typedefs repeat libpq-fe.h's exactly.
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace schouw::server {

// The parameters of one query, $1..$n in the order they are added. Text goes as UTF-8 in text
// format; bytes go in binary format (for bytea), so attachment chunks are never hex-encoded.
class PgParams
{
public:
    PgParams &text(const QString &value);
    PgParams &optionalText(const QString &value); // NULL when empty
    PgParams &integer(qint64 value);
    PgParams &boolean(bool value);
    PgParams &bytes(const QByteArray &value);

    [[nodiscard]] int count() const { return int(m_values.size()); }

private:
    friend class PgConnection;
    QList<QByteArray> m_values;
    QList<bool> m_null;
    QList<int> m_formats; // 0 text, 1 binary
};

enum class PgFormat { Text, Binary };

// A query's result; owns the PGresult.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult *result, PgFormat format);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    // "" for NULL, like the embedded store's reads.
    [[nodiscard]] QString text(int row, int column) const;
    // Integers and booleans of a text-format result; integers of a binary one (int2/4/8).
    [[nodiscard]] qint64 integer(int row, int column) const;
    [[nodiscard]] bool boolean(int row, int column) const;
    // The raw value: bytea of a binary-format result.
    [[nodiscard]] QByteArray bytes(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE touched.
    [[nodiscard]] qint64 affected() const;
    // The command tag ("COMMIT", "ROLLBACK", ...).
    [[nodiscard]] QByteArray commandStatus() const;

private:
    PGresult *m_result = nullptr;
    PgFormat m_format = PgFormat::Text;
};

// Where and as whom to connect. The password, when there is one, comes from a file and is kept
// here only (never in the URL text, never in messages).
struct PgTarget
{
    QString url; // postgresql://user@host:port/dbname?params
    QByteArray password; // empty: none, or libpq's own (PGPASSFILE, ~/.pgpass)
    std::chrono::milliseconds connectTimeout {10'000}; // unless the URL sets connect_timeout
};

// One libpq connection, used by one thread at a time. Move-only; closes on destruction.
//
// Errors: every failed query comes back as an Error whose detail starts with "SQLSTATE xxxxx"
// (no values, no URL); the message is translated (PostgresStore context) and the code follows
// the SQLSTATE: lock timeouts, deadlocks, serialization failures, too many connections and a lost
// connection are ServerBusy, constraint violations InvalidInput, a full disk Io.
class PgConnection
{
public:
    // Connects (with a deadline) and prepares the session: UTF-8, and a lock timeout of 5 s unless
    // the role, database or URL set one (contention then answers "busy" instead of hanging).
    // Errors: InvalidInput (URL not understood, password refused, login refused, password
    // needed but none given), VaultMissing (no such database), Network (server unreachable or
    // silent), ServerBusy (too many connections, starting up), Database otherwise.
    [[nodiscard]] static Result<PgConnection> connect(const PgTarget &target);
    // Checks the URL's syntax without connecting (InvalidInput).
    [[nodiscard]] static Status checkUrl(const QString &url);

    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    [[nodiscard]] Result<PgResult> exec(const QString &sql, const PgParams &params = {},
                                        PgFormat resultFormat = PgFormat::Text);
    // Several statements without parameters (schema steps).
    [[nodiscard]] Status execScript(const QString &sql);

    // The connection is gone (server restarted, network cut): throw it away.
    [[nodiscard]] bool isBroken() const;
    // The SQLSTATE of the first failure since the last clearFailure() ("" when none): a
    // transaction's retry decision looks at its first error, not at the "transaction aborted"
    // errors that follow it.
    [[nodiscard]] const QByteArray &firstFailure() const { return m_firstFailure; }
    void clearFailure() { m_firstFailure.clear(); }

    // host:port/dbname, for messages (never the user's password).
    [[nodiscard]] QString describe() const;

private:
    explicit PgConnection(PGconn *connection);

    PGconn *m_connection = nullptr;
    QByteArray m_firstFailure;
};

// The error for a SQLSTATE (see PgConnection). `what` is the server's primary message or
// libpq's, for the detail; it must not contain values the caller bound.
[[nodiscard]] Error pgError(const QByteArray &sqlState, const QString &what);
[[nodiscard]] bool isRetryableSqlState(const QByteArray &sqlState);
[[nodiscard]] Error pgConnectionLost(const QString &what);

} // namespace schouw::server
