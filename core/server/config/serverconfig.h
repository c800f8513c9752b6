#pragma once

#include "domain/error.h"
#include "server/http/httpserver.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

// The office service's configuration (docs/server.md): an INI file, each key overridable by an
// environment variable SCHOUW_<SECTION>_<KEY>.
namespace schouw::server {

struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    HttpServerOptions http; // with the defaults below: port 8443
    QString dataDirectory; // absolute; [store] directory, required
    QString storeUrl; // empty: the embedded store; postgresql://... otherwise. May hold a password:
                      // never log it.
    QString storePasswordFile; // absolute; PostgreSQL's password, owner-only ("": none)
    int storePoolSize = 4; // PostgreSQL connections at most
    int accessTokenMinutes = 15;
    int refreshTokenDays = 30;
    QString passwordCost = QStringLiteral("moderate"); // interactive | moderate | sensitive

    static constexpr std::uint16_t kDefaultPort = 8443;

    // Reads `file`, then applies the overrides found in `env`. Refuses (InvalidInput, a translated
    // message naming the file or variable and the key) an unknown section or key, a malformed
    // line, a number out of range, a TLS file that cannot be read, a missing [store] directory,
    // an unknown store URL scheme, and plain HTTP on an address that is not loopback. Relative
    // paths are resolved against the folder of `file`.
    [[nodiscard]] static Result<ServerConfig> load(const QString &file,
                                                   const QProcessEnvironment &env);
};

} // namespace schouw::server
