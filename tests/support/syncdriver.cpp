#include "syncdriver.h"

#include "sync/conflictrepository.h"
#include "vault/sqlite.h"
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

QStringList column(Vault &vault, const QString &sql)
{
    QStringList values;
    auto statement = vault.database().prepare(sql);
    if (!statement)
        return {QStringLiteral("cannot run %1").arg(sql)};
    while (statement->next())
        values << statement->text(0);
    return values;
}

QStringList fieldworkDump(Vault &vault, const QString &visitId)
{
    QStringList rows;
    const QString visitFilter = QStringLiteral("visit_id = '%1'").arg(visitId);
    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("visit"), QStringLiteral("id = '%1'").arg(visitId)},
        {QStringLiteral("observation"), visitFilter},
        {QStringLiteral("judgement"), visitFilter},
        {QStringLiteral("interview"), visitFilter},
    };
    for (const auto &[table, filter] : tables) {
        auto statement = vault.database().prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, filter));
        if (!statement)
            return {QStringLiteral("cannot read %1").arg(table)};
        while (statement->next()) {
            QStringList cells {table};
            for (int c = 0; c < statement->columnCount(); ++c)
                if (statement->columnName(c) != QStringLiteral("updated_hlc"))
                    cells << statement->columnName(c) + QLatin1Char('=') + statement->text(c);
            rows << cells.join(QLatin1Char('|'));
        }
    }
    auto conflicts = sync::ConflictRepository(vault).textConflicts();
    if (!conflicts)
        return {QStringLiteral("cannot read conflicts")};
    for (const auto &conflict : *conflicts) {
        QStringList texts;
        for (const auto &version : conflict.heads)
            texts << version.text;
        texts.sort();
        rows << QStringLiteral("conflict|%1|%2|%3")
                    .arg(idText(conflict.entityId), conflict.field, texts.join(QLatin1Char('/')));
    }
    rows.sort();
    return rows;
}

} // namespace schouw::test
