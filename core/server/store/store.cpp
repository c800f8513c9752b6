#include "store.h"

#include "embeddedstore.h"
#include "postgresstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace schouw::server {

namespace {

// The data directory holds the office vault whichever store is used; the embedded store makes it
// itself, for PostgreSQL it is made here, owner-only as well.
Status ensureDataDirectory(const QString &directory)
{
    if (directory.isEmpty() || QFileInfo(directory).isDir())
        return {};
    QDir().mkpath(QFileInfo(directory).absolutePath());
    if (::mkdir(QFile::encodeName(directory).constData(), 0700) != 0 &&
        !QFileInfo(directory).isDir())
        return fail(ErrorCode::Io,
                    EmbeddedStore::tr("The data directory %1 cannot be created.")
                        .arg(QDir::toNativeSeparators(directory)),
                    QStringLiteral("mkdir failed (errno %1)").arg(errno));
    return {};
}

} // namespace

Result<std::unique_ptr<Store>> openStore(const StoreOptions &options)
{
    if (options.storeUrl.isEmpty())
        return EmbeddedStore::open(options.dataDirectory);
    if (PostgresStore::isPostgresUrl(options.storeUrl)) {
        if (auto done = ensureDataDirectory(options.dataDirectory); !done)
            return std::unexpected(done.error());
        return PostgresStore::open(
            PostgresStore::Options {options.storeUrl, options.passwordFile, options.poolSize});
    }
    // Never the URL itself in the message: it may hold a password.
    return fail(ErrorCode::InvalidInput,
                PostgresStore::tr("The store URL is not understood. Leave it empty for the "
                                  "embedded store, or write postgresql://user@host:port/database."),
                QStringLiteral("unknown store url scheme"));
}

} // namespace schouw::server
