#include "derivedtables.h"

#include "sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace schouw {

namespace {

// Folds a letter to its base form: "é" -> "e", "ß" stays. Decomposition drops the combining marks.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.toLower());
    }
    return folded;
}

Status replaceProviderTokens(Database &db, const Id &providerId)
{
    auto remove = db.prepare(QStringLiteral("DELETE FROM provider_token WHERE provider_id = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    if (auto done = remove->bind(1, providerId).exec(); !done)
        return done;

    auto row = db.prepare(QStringLiteral(
        "SELECT name, city, postcode, kvk_number, deleted FROM provider WHERE id = ?"));
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, providerId);
    if (!row->next())
        return row->error() ? Status(std::unexpected(*row->error())) : Status {};
    if (row->integer(4) != 0)
        return {};
    QSet<QString> tokens;
    for (int column = 0; column < 4; ++column)
        for (const QString &token : searchTokens(row->text(column)))
            tokens.insert(token);
    // A postcode is also searched as one word: "1234AB" as well as "1234" and "ab".
    const QString postcode = fold(row->text(2)).remove(QLatin1Char(' '));
    if (!postcode.isEmpty())
        tokens.insert(postcode);

    auto insert = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO provider_token (token, provider_id) VALUES (?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const QString &token : std::as_const(tokens)) {
        insert->reset();
        if (auto done = insert->bind(1, token).bind(2, providerId).exec(); !done)
            return done;
    }
    return {};
}

Status replaceObservationNorms(Database &db, const Id &observationId, const QVariantMap &fields,
                               ChangeOp op)
{
    if (op == ChangeOp::Update && !fields.contains(QStringLiteral("norm_ids")))
        return {};
    if (op != ChangeOp::Insert) { // a new observation has no links to replace
        auto remove =
            db.prepare(QStringLiteral("DELETE FROM observation_norm WHERE observation_id = ?"));
        if (!remove)
            return std::unexpected(remove.error());
        if (auto done = remove->bind(1, observationId).exec(); !done)
            return done;
    }
    if (op == ChangeOp::Delete)
        return {};
    const QJsonArray normIds =
        QJsonDocument::fromJson(fields.value(QStringLiteral("norm_ids")).toString().toUtf8())
            .array();
    if (normIds.isEmpty())
        return {};
    auto insert = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO observation_norm (observation_id, norm_id) VALUES (?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const QJsonValue &normId : normIds) {
        insert->reset();
        if (auto done = insert->bind(1, observationId).bind(2, normId.toString()).exec(); !done)
            return done;
    }
    return {};
}

// A framework version is one immutable document; its themes and norms are unpacked into tables so
// visits can join on them. Their ids are name-based UUIDs of the framework id and the code, so
// every device derives the same ids from the same document.
Status unpackFramework(Database &db, const Id &frameworkId, const QVariantMap &fields)
{
    const QJsonObject definition =
        QJsonDocument::fromJson(fields.value(QStringLiteral("definition")).toString().toUtf8())
            .object();
    auto theme = db.prepare(QStringLiteral(
        "INSERT INTO theme (id, framework_id, code, title, position) VALUES (?,?,?,?,?)"));
    auto norm = db.prepare(
        QStringLiteral("INSERT INTO norm (id, theme_id, framework_id, code, title, text, guidance, "
                       "position) VALUES (?,?,?,?,?,?,?,?)"));
    if (!theme)
        return std::unexpected(theme.error());
    if (!norm)
        return std::unexpected(norm.error());
    const QJsonArray themes = definition.value(QStringLiteral("themes")).toArray();
    for (qsizetype t = 0; t < themes.size(); ++t) {
        const QJsonObject themeObject = themes.at(t).toObject();
        const QString themeCode = themeObject.value(QStringLiteral("code")).toString();
        const Id themeId = QUuid::createUuidV5(frameworkId, QStringLiteral("theme:") + themeCode);
        theme->reset();
        theme->bind(1, themeId)
            .bind(2, frameworkId)
            .bind(3, themeCode)
            .bind(4, themeObject.value(QStringLiteral("title")).toString())
            .bind(5, qint64(t));
        if (auto done = theme->exec(); !done)
            return done;
        const QJsonArray norms = themeObject.value(QStringLiteral("norms")).toArray();
        for (qsizetype n = 0; n < norms.size(); ++n) {
            const QJsonObject normObject = norms.at(n).toObject();
            const QString normCode = normObject.value(QStringLiteral("code")).toString();
            norm->reset();
            norm->bind(1, QUuid::createUuidV5(frameworkId, QStringLiteral("norm:") + normCode))
                .bind(2, themeId)
                .bind(3, frameworkId)
                .bind(4, normCode)
                .bind(5, normObject.value(QStringLiteral("title")).toString())
                .bind(6, normObject.value(QStringLiteral("text")).toString())
                .bind(7, normObject.value(QStringLiteral("guidance")).toString())
                .bind(8, qint64(n));
            if (auto done = norm->exec(); !done)
                return done;
        }
    }
    return {};
}

} // namespace

QStringList searchTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QString sortKey(const QString &text)
{
    return fold(text).simplified();
}

// provider.open_signal_rank is minus the number of the provider's open risk signals, so the
// list's "most open signals first" order is an ascending index walk like the others.
Status rankBySignals(Database &db, const QString &providerWhere, const Id &key)
{
    auto update = db.prepare(
        QStringLiteral("UPDATE OR FAIL provider SET open_signal_rank = -(SELECT count(*) FROM "
                       "risk_signal r WHERE r.provider_id = provider.id AND r.deleted = 0 "
                       "AND r.open = 1) WHERE %1")
            .arg(providerWhere));
    if (!update)
        return std::unexpected(update.error());
    return update->bind(1, key).exec();
}

Status updateDerivedTables(Database &db, QStringView entity, const Id &id,
                           const QVariantMap &fields, ChangeOp op)
{
    if (entity == u"provider") {
        if (op == ChangeOp::Insert) // its signals may have arrived first, by sync
            if (auto done = rankBySignals(db, QStringLiteral("id = ?"), id); !done)
                return done;
        return replaceProviderTokens(db, id);
    }
    if (entity == u"attachment" && op == ChangeOp::Delete) {
        // A removed attachment keeps its tombstone row for sync, never its content.
        // Nor its transfer state: a deleted attachment is never uploaded (schema 4).
        for (const char *table : {"attachment_chunk", "attachment_content"}) {
            auto remove = db.prepare(
                QStringLiteral("DELETE FROM %1 WHERE attachment_id = ?").arg(QLatin1String(table)));
            if (!remove)
                return std::unexpected(remove.error());
            if (auto done = remove->bind(1, id).exec(); !done)
                return done;
        }
        return {};
    }
    if (entity == u"risk_signal")
        return rankBySignals(
            db, QStringLiteral("id = (SELECT provider_id FROM risk_signal WHERE id = ?)"), id);
    if (entity == u"observation")
        return replaceObservationNorms(db, id, fields, op);
    if (entity == u"framework" && op == ChangeOp::Insert)
        return unpackFramework(db, id, fields);
    return {};
}

} // namespace schouw
