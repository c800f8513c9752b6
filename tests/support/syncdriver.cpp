#include "syncdriver.h"

#include "vault/vault.h"

#include <QEventLoop>

namespace schouw::test {

Result<sync::SyncSummary> syncAndWait(Vault &vault, sync::SyncOptions options)
{
    sync::SyncRun run(vault, std::move(options));
    std::optional<Result<sync::SyncSummary>> outcome;
    QEventLoop loop;
    QObject::connect(&run, &sync::SyncRun::finished, &loop,
                     [&](const Result<sync::SyncSummary> &result) {
                         outcome = result;
                         loop.quit();
                     });
    run.start();
    if (!outcome)
        loop.exec();
    return *outcome;
}

sync::SyncOptions loginOptions(const QUrl &server, const QString &user, const QString &password)
{
    sync::SyncOptions options;
    options.server = server;
    options.user = user;
    options.password = SecureBytes::fromText(password);
    return options;
}

QString firstValue(Vault &vault, const QString &sql)
{
    auto statement = vault.database().prepare(sql);
    if (!statement || !statement->next())
        return {};
    return statement->text(0);
}

} // namespace schouw::test
