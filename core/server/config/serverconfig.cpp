#include "server/config/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <array>

namespace schouw::server {

namespace {

enum class Kind { Text, Path, Number };

struct Key
{
    const char *section;
    const char *name;
    Kind kind;
    qint64 minimum = 0;
    qint64 maximum = 0;
};

// Every key the service knows. A key not in this list is refused, so a typo cannot silently fall
// back to a default.
constexpr std::array kKeys {
    Key {"listen", "address", Kind::Text},
    Key {"listen", "port", Kind::Number, 0, 65535},
    Key {"tls", "certificate", Kind::Path},
    Key {"tls", "key", Kind::Path},
    Key {"server", "threads", Kind::Number, 1, 256},
    Key {"server", "max_connections", Kind::Number, 1, 100000},
    Key {"server", "max_header_bytes", Kind::Number, 1024, 1024 * 1024},
    Key {"server", "header_timeout_ms", Kind::Number, 100, 600000},
    Key {"server", "body_timeout_ms", Kind::Number, 100, 3600000},
    Key {"server", "idle_timeout_ms", Kind::Number, 100, 3600000},
    Key {"store", "directory", Kind::Path},
    Key {"store", "url", Kind::Text},
    Key {"store", "password_file", Kind::Path},
    Key {"store", "pool_size", Kind::Number, 1, 100},
    Key {"auth", "access_token_minutes", Kind::Number, 1, 24 * 60},
    Key {"auth", "refresh_token_days", Kind::Number, 1, 365},
    Key {"auth", "password_cost", Kind::Text},
};

QString qualified(const Key &key)
{
    return QLatin1String(key.section) + QLatin1Char('/') + QLatin1String(key.name);
}

QString environmentName(const Key &key)
{
    return (QStringLiteral("SCHOUW_") + QLatin1String(key.section) + QLatin1Char('_') +
            QLatin1String(key.name))
        .toUpper();
}

// A value and where it came from, for messages: "FILE, [section] key" or the variable's name.
struct Setting
{
    QString value;
    QString origin;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {
    }

    Status readFile()
    {
        QFile input(m_file);
        if (!input.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidInput,
                        tr("The configuration file %1 cannot be read.").arg(m_file),
                        QStringLiteral("config: ") + input.errorString());
        const QStringList lines = QString::fromUtf8(input.readAll()).split(QLatin1Char('\n'));
        QString section;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int lineNumber = static_cast<int>(i + 1);
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
                line.startsWith(QLatin1Char(';')))
                continue;
            if (line.startsWith(QLatin1Char('['))) {
                if (!line.endsWith(QLatin1Char(']')))
                    return malformed(lineNumber);
                section = line.mid(1, line.size() - 2).trimmed();
                const bool known = std::any_of(kKeys.begin(), kKeys.end(), [&](const Key &key) {
                    return section == QLatin1String(key.section);
                });
                if (!known)
                    return fail(ErrorCode::InvalidInput,
                                tr("The configuration file %1 has an unknown section [%2] on line "
                                   "%3.")
                                    .arg(m_file, section)
                                    .arg(lineNumber),
                                QStringLiteral("config: unknown section"));
                continue;
            }
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return malformed(lineNumber);
            const QString name = line.left(equals).trimmed();
            const QString value = line.mid(equals + 1).trimmed();
            const QString key = section + QLatin1Char('/') + name;
            const bool known = !section.isEmpty() &&
                std::any_of(kKeys.begin(), kKeys.end(),
                            [&](const Key &candidate) { return qualified(candidate) == key; });
            if (!known)
                return fail(ErrorCode::InvalidInput,
                            tr("The configuration file %1 has an unknown key \"%2\" on line %3.")
                                .arg(m_file,
                                     section.isEmpty()
                                         ? name
                                         : QStringLiteral("[%1] %2").arg(section, name))
                                .arg(lineNumber),
                            QStringLiteral("config: unknown key"));
            if (m_settings.contains(key))
                return fail(ErrorCode::InvalidInput,
                            tr("The configuration file %1 sets [%2] %3 twice (line %4).")
                                .arg(m_file, section, name)
                                .arg(lineNumber),
                            QStringLiteral("config: duplicate key"));
            m_settings.insert(
                key, Setting {value, QStringLiteral("%1, [%2] %3").arg(m_file, section, name)});
        }
        return {};
    }

    void applyEnvironment(const QProcessEnvironment &env)
    {
        for (const Key &key : kKeys) {
            const QString name = environmentName(key);
            if (env.contains(name))
                m_settings.insert(qualified(key), Setting {env.value(name), name});
        }
    }

    std::optional<Setting> setting(const Key &key) const
    {
        const auto found = m_settings.constFind(qualified(key));
        if (found == m_settings.constEnd())
            return std::nullopt;
        return *found;
    }

    const QString &file() const { return m_file; }

private:
    std::unexpected<Error> malformed(int lineNumber) const
    {
        return fail(ErrorCode::InvalidInput,
                    tr("Line %1 of the configuration file %2 is neither a [section] nor a "
                       "key = value line.")
                        .arg(lineNumber)
                        .arg(m_file),
                    QStringLiteral("config: malformed line"));
    }

    QString m_file;
    QHash<QString, Setting> m_settings;
};

const Key &keyOf(const char *section, const char *name)
{
    for (const Key &key : kKeys) {
        if (std::string_view(key.section) == section && std::string_view(key.name) == name)
            return key;
    }
    Q_UNREACHABLE();
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString &file, const QProcessEnvironment &env)
{
    Reader reader(file);
    if (auto status = reader.readFile(); !status)
        return std::unexpected(status.error());
    reader.applyEnvironment(env);

    const QDir base = QFileInfo(file).absoluteDir();
    ServerConfig config;
    config.http.port = kDefaultPort;

    const auto text = [&](const char *section, const char *name) -> std::optional<QString> {
        const auto setting = reader.setting(keyOf(section, name));
        if (!setting || setting->value.isEmpty())
            return std::nullopt;
        return setting->value;
    };
    const auto path = [&](const char *section, const char *name) -> std::optional<QString> {
        const auto value = text(section, name);
        if (!value)
            return std::nullopt;
        return QDir::cleanPath(base.absoluteFilePath(*value));
    };
    std::optional<Error> numberError;
    const auto number = [&](const char *section, const char *name, qint64 fallback) -> qint64 {
        const Key &key = keyOf(section, name);
        const auto setting = reader.setting(key);
        if (!setting)
            return fallback;
        bool ok = false;
        const qint64 value = setting->value.toLongLong(&ok);
        if (!ok || value < key.minimum || value > key.maximum) {
            if (!numberError)
                numberError = Error {ErrorCode::InvalidInput,
                                     tr("The setting %1 must be a whole number from %2 to %3.")
                                         .arg(setting->origin)
                                         .arg(key.minimum)
                                         .arg(key.maximum),
                                     QStringLiteral("config: number out of range")};
            return fallback;
        }
        return value;
    };

    HttpServerOptions &http = config.http;
    if (const auto address = text("listen", "address"))
        http.address = address->toStdString();
    http.port = static_cast<std::uint16_t>(number("listen", "port", kDefaultPort));
    http.threads = static_cast<int>(number("server", "threads", http.threads));
    http.maxConnections =
        static_cast<int>(number("server", "max_connections", http.maxConnections));
    http.maxHeaderBytes =
        static_cast<std::size_t>(number("server", "max_header_bytes", qint64(http.maxHeaderBytes)));
    http.headerTimeout = std::chrono::milliseconds(
        number("server", "header_timeout_ms", http.headerTimeout.count()));
    http.bodyTimeout =
        std::chrono::milliseconds(number("server", "body_timeout_ms", http.bodyTimeout.count()));
    http.idleTimeout =
        std::chrono::milliseconds(number("server", "idle_timeout_ms", http.idleTimeout.count()));
    config.accessTokenMinutes =
        static_cast<int>(number("auth", "access_token_minutes", config.accessTokenMinutes));
    config.refreshTokenDays =
        static_cast<int>(number("auth", "refresh_token_days", config.refreshTokenDays));
    config.storePoolSize = static_cast<int>(number("store", "pool_size", config.storePoolSize));
    if (numberError)
        return std::unexpected(*numberError);

    const auto certificate = path("tls", "certificate");
    const auto key = path("tls", "key");
    if (certificate.has_value() != key.has_value())
        return fail(
            ErrorCode::InvalidInput,
            tr("TLS needs both a certificate and a key ([tls] certificate and key in %1).")
                .arg(file),
            QStringLiteral("config: TLS certificate without key or key without certificate"));
    if (certificate) {
        for (const QString &tlsFile : {*certificate, *key}) {
            const QFileInfo info(tlsFile);
            if (!info.isFile() || !info.isReadable())
                return fail(ErrorCode::InvalidInput,
                            tr("The TLS file %1 does not exist or cannot be read.").arg(tlsFile),
                            QStringLiteral("config: TLS file missing or unreadable"));
        }
        http.tls = TlsFiles {certificate->toStdString(), key->toStdString()};
    }
    if (auto status = checkListenAddress(http.address, http.tls.has_value()); !status)
        return std::unexpected(status.error());

    const auto directory = path("store", "directory");
    if (!directory)
        return fail(ErrorCode::InvalidInput,
                    tr("The configuration file %1 does not name the store's folder ([store] "
                       "directory).")
                        .arg(file),
                    QStringLiteral("config: no store directory"));
    config.dataDirectory = *directory;

    config.storeUrl = text("store", "url").value_or(QString());
    if (!config.storeUrl.isEmpty() && !config.storeUrl.startsWith(QLatin1String("postgresql://")) &&
        !config.storeUrl.startsWith(QLatin1String("postgres://")))
        // Never the URL itself in the message: it may hold a password.
        return fail(ErrorCode::InvalidInput,
                    tr("The store URL must be empty (the embedded store) or start with "
                       "postgresql://."),
                    QStringLiteral("config: unknown store URL scheme"));
    config.storePasswordFile = path("store", "password_file").value_or(QString());
    if (!config.storePasswordFile.isEmpty() && config.storeUrl.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("[store] password_file is for a PostgreSQL store: set [store] url too, or "
                       "remove the password file from %1.")
                        .arg(file),
                    QStringLiteral("config: password file without store url"));

    if (const auto cost = text("auth", "password_cost")) {
        if (*cost != QLatin1String("interactive") && *cost != QLatin1String("moderate") &&
            *cost != QLatin1String("sensitive"))
            return fail(ErrorCode::InvalidInput,
                        tr("The password cost must be interactive, moderate or sensitive."),
                        QStringLiteral("config: unknown password cost"));
        config.passwordCost = *cost;
    }
    return config;
}

} // namespace schouw::server
