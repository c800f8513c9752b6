#include "frameworkrepository.h"

#include "recordcodec.h"
#include "vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

namespace {

QString sectorList(const QList<Sector> &sectors)
{
    QStringList keys;
    for (Sector sector : sectors)
        keys << keyOf(sector);
    return keys.join(QLatin1Char(','));
}

QList<Sector> sectorsFrom(const QString &text)
{
    QList<Sector> sectors;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto sector = fromKey<Sector>(key))
            sectors << *sector;
    return sectors;
}

Framework readFramework(const Statement &row)
{
    Framework framework;
    framework.id = row.id(0);
    framework.code = row.text(1);
    framework.version = row.text(2);
    framework.title = row.text(3);
    framework.sectors = sectorsFrom(row.text(4));
    return framework;
}

const QString FrameworkColumns = QStringLiteral("id, code, version, title, sectors");

} // namespace

Id FrameworkRepository::normId(const Id &frameworkId, const QString &normCode)
{
    return QUuid::createUuidV5(frameworkId, QStringLiteral("norm:") + normCode);
}

QString FrameworkRepository::definitionJson(const Framework &framework)
{
    QJsonArray themes;
    for (const Theme &theme : framework.themes) {
        QJsonArray norms;
        for (const Norm &norm : theme.norms)
            norms.append(QJsonObject {{QStringLiteral("code"), norm.code},
                                      {QStringLiteral("title"), norm.title},
                                      {QStringLiteral("text"), norm.text},
                                      {QStringLiteral("guidance"), norm.guidance}});
        themes.append(QJsonObject {{QStringLiteral("code"), theme.code},
                                   {QStringLiteral("title"), theme.title},
                                   {QStringLiteral("norms"), norms}});
    }
    QJsonArray sectors;
    for (Sector sector : framework.sectors)
        sectors.append(keyOf(sector));
    const QJsonObject document {{QStringLiteral("format"), 1},
                                {QStringLiteral("id"), idText(framework.id)},
                                {QStringLiteral("code"), framework.code},
                                {QStringLiteral("version"), framework.version},
                                {QStringLiteral("title"), framework.title},
                                {QStringLiteral("sectors"), sectors},
                                {QStringLiteral("themes"), themes}};
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

Status FrameworkRepository::add(const Framework &framework)
{
    return add(framework, definitionJson(framework));
}

Status FrameworkRepository::add(const Framework &framework, const QString &definitionJson)
{
    return insertRecord(m_vault, u"framework", framework.id,
                        {{QStringLiteral("code"), framework.code},
                         {QStringLiteral("version"), framework.version},
                         {QStringLiteral("title"), framework.title},
                         {QStringLiteral("sectors"), sectorList(framework.sectors)},
                         {QStringLiteral("definition"), definitionJson}});
}

Result<QList<Framework>> FrameworkRepository::list()
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM framework WHERE deleted = 0 "
                                              "ORDER BY code, version")
                                   .arg(FrameworkColumns));
    if (!statement)
        return std::unexpected(statement.error());
    return readAll<Framework>(*statement, readFramework);
}

Result<std::optional<Framework>> FrameworkRepository::find(const Id &id)
{
    auto statement =
        prepareOn(m_vault,
                  QStringLiteral("SELECT %1 FROM framework WHERE id = ? AND deleted = 0")
                      .arg(FrameworkColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto found = readOne<Framework>(*statement, readFramework);
    if (!found || !found->has_value())
        return found;
    Framework &framework = **found;

    auto themes = prepareOn(m_vault,
                            QStringLiteral("SELECT id, code, title, position FROM theme "
                                           "WHERE framework_id = ? ORDER BY position"));
    auto norms = prepareOn(
        m_vault,
        QStringLiteral("SELECT id, theme_id, code, title, text, guidance, position FROM norm "
                       "WHERE framework_id = ? ORDER BY position"));
    if (!themes)
        return std::unexpected(themes.error());
    if (!norms)
        return std::unexpected(norms.error());
    themes->bind(1, id);
    auto themeRows = readAll<Theme>(*themes, [&](const Statement &row) {
        return Theme {row.id(0), id, row.text(1), row.text(2), static_cast<int>(row.integer(3)),
                      {}};
    });
    if (!themeRows)
        return std::unexpected(themeRows.error());
    norms->bind(1, id);
    auto normRows = readAll<Norm>(*norms, [](const Statement &row) {
        return Norm {row.id(0),
                     row.id(1),
                     row.text(2),
                     row.text(3),
                     row.text(4),
                     row.text(5),
                     static_cast<int>(row.integer(6))};
    });
    if (!normRows)
        return std::unexpected(normRows.error());
    for (Theme &theme : *themeRows) {
        for (const Norm &norm : *normRows)
            if (norm.themeId == theme.id)
                theme.norms.append(norm);
    }
    framework.themes = std::move(*themeRows);
    return found;
}

Result<QString> FrameworkRepository::definition(const Id &id)
{
    auto statement = prepareOn(
        m_vault, QStringLiteral("SELECT definition FROM framework WHERE id = ? AND deleted = 0"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto text = readOne<QString>(*statement, [](const Statement &row) { return row.text(0); });
    if (!text)
        return std::unexpected(text.error());
    return text->value_or(QString());
}

Result<qint64> FrameworkRepository::count()
{
    return countLive(m_vault, "framework");
}

} // namespace schouw
