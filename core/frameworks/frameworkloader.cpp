#include "frameworkloader.h"

#include "vault/frameworkrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace schouw {

namespace {

// Every problem becomes the same user message; the detail names the field for the log (field
// names and positions only, never content).
std::unexpected<Error> invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidInput,
                FrameworkLoader::tr("The framework file is not a valid assessment framework."),
                detail);
}

Result<QString> requiredText(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return invalid(QStringLiteral("%1: missing field '%2'").arg(where, QLatin1String(key)));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("%1: field '%2' must be a non-empty string")
                           .arg(where, QLatin1String(key)));
    return value.toString();
}

Result<QString> optionalText(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return invalid(
            QStringLiteral("%1: field '%2' must be a string").arg(where, QLatin1String(key)));
    return value.toString();
}

Result<QJsonArray> requiredArray(const QJsonObject &object, const char *key, const QString &where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isArray() || value.toArray().isEmpty())
        return invalid(QStringLiteral("%1: field '%2' must be a non-empty array")
                           .arg(where, QLatin1String(key)));
    return value.toArray();
}

Result<Norm> readNorm(const QJsonValue &value, const Id &frameworkId, const Id &themeId,
                      int position, const QString &where, QStringList *evidenceOut)
{
    if (!value.isObject())
        return invalid(QStringLiteral("%1: not an object").arg(where));
    const QJsonObject object = value.toObject();
    auto code = requiredText(object, "code", where);
    auto title = requiredText(object, "title", where);
    auto text = requiredText(object, "text", where);
    auto guidance = optionalText(object, "guidance", where);
    for (const auto *field : {&code, &title, &text, &guidance})
        if (!*field)
            return std::unexpected(field->error());
    const QJsonValue evidence = object.value(QStringLiteral("evidence"));
    if (!evidence.isUndefined() && !evidence.isArray())
        return invalid(QStringLiteral("%1: field 'evidence' must be an array").arg(where));
    for (const QJsonValue &item : evidence.toArray()) {
        if (!item.isString())
            return invalid(QStringLiteral("%1: 'evidence' must hold strings").arg(where));
        evidenceOut->append(item.toString());
    }
    Norm norm;
    norm.id = FrameworkRepository::normId(frameworkId, *code);
    norm.themeId = themeId;
    norm.code = *code;
    norm.title = *title;
    norm.text = *text;
    norm.guidance = *guidance;
    norm.position = position;
    return norm;
}

Result<QList<Theme>> readThemes(const QJsonArray &themes, const Id &frameworkId,
                                QHash<QString, QStringList> &evidence)
{
    QList<Theme> result;
    QSet<QString> themeCodes;
    QSet<QString> normCodes;
    for (qsizetype t = 0; t < themes.size(); ++t) {
        const QString where = QStringLiteral("themes[%1]").arg(t);
        if (!themes.at(t).isObject())
            return invalid(QStringLiteral("%1: not an object").arg(where));
        const QJsonObject object = themes.at(t).toObject();
        auto code = requiredText(object, "code", where);
        if (!code)
            return std::unexpected(code.error());
        auto title = requiredText(object, "title", where);
        if (!title)
            return std::unexpected(title.error());
        auto norms = requiredArray(object, "norms", where);
        if (!norms)
            return std::unexpected(norms.error());
        // Theme and norm ids are derived from their codes, so a repeated code would give two
        // records one id.
        if (themeCodes.contains(*code))
            return invalid(QStringLiteral("%1: theme code repeated").arg(where));
        themeCodes.insert(*code);

        Theme theme;
        theme.id = QUuid::createUuidV5(frameworkId, QStringLiteral("theme:") + *code);
        theme.frameworkId = frameworkId;
        theme.code = *code;
        theme.title = *title;
        theme.position = static_cast<int>(t);
        for (qsizetype n = 0; n < norms->size(); ++n) {
            QStringList normEvidence;
            auto norm = readNorm(norms->at(n), frameworkId, theme.id, static_cast<int>(n),
                                 QStringLiteral("%1.norms[%2]").arg(where).arg(n), &normEvidence);
            if (!norm)
                return std::unexpected(norm.error());
            if (normCodes.contains(norm->code))
                return invalid(
                    QStringLiteral("%1.norms[%2]: norm code repeated").arg(where).arg(n));
            normCodes.insert(norm->code);
            if (!normEvidence.isEmpty())
                evidence.insert(norm->code, normEvidence);
            theme.norms.append(*norm);
        }
        result.append(theme);
    }
    return result;
}

Result<QList<InterviewGuide>> readGuides(const QJsonObject &root, const QSet<QString> &normCodes)
{
    QList<InterviewGuide> guides;
    const QJsonValue value = root.value(QStringLiteral("interviewGuides"));
    if (value.isUndefined())
        return guides;
    if (!value.isArray())
        return invalid(QStringLiteral("field 'interviewGuides' must be an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype g = 0; g < array.size(); ++g) {
        const QString where = QStringLiteral("interviewGuides[%1]").arg(g);
        const QJsonObject object = array.at(g).toObject();
        auto groupKey = requiredText(object, "group", where);
        if (!groupKey)
            return std::unexpected(groupKey.error());
        const auto group = fromKey<RespondentGroup>(*groupKey);
        if (!group)
            return invalid(QStringLiteral("%1: unknown respondent group").arg(where));
        InterviewGuide guide;
        guide.group = *group;
        const QJsonArray questions = object.value(QStringLiteral("questions")).toArray();
        for (qsizetype q = 0; q < questions.size(); ++q) {
            const QString questionWhere = QStringLiteral("%1.questions[%2]").arg(where).arg(q);
            const QJsonObject questionObject = questions.at(q).toObject();
            auto text = requiredText(questionObject, "text", questionWhere);
            if (!text)
                return std::unexpected(text.error());
            InterviewQuestion question {*text, {}};
            for (const QJsonValue &code : questionObject.value(QStringLiteral("norms")).toArray()) {
                if (!normCodes.contains(code.toString()))
                    return invalid(
                        QStringLiteral("%1: refers to an unknown norm").arg(questionWhere));
                question.normCodes << code.toString();
            }
            guide.questions.append(question);
        }
        guides.append(guide);
    }
    return guides;
}

} // namespace

Result<LoadedFramework> FrameworkLoader::fromJson(const QByteArray &json)
{
    if (json.size() > MaxDocumentSize)
        return invalid(QStringLiteral("document of %1 bytes exceeds the limit of %2")
                           .arg(json.size())
                           .arg(MaxDocumentSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("the document is not a JSON object"));
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return invalid(QStringLiteral("missing field 'format'"));
    if (!format.isDouble() || format.toDouble() != 1.0)
        return invalid(QStringLiteral("unsupported format version"));

    auto idString = requiredText(root, "id", QStringLiteral("framework"));
    if (!idString)
        return std::unexpected(idString.error());
    const Id id = idFromText(*idString);
    if (id.isNull())
        return invalid(QStringLiteral("field 'id' is not a UUID"));

    LoadedFramework loaded;
    Framework &framework = loaded.framework;
    framework.id = id;
    for (const auto &[key, target] :
         {std::pair {"code", &framework.code}, std::pair {"version", &framework.version},
          std::pair {"title", &framework.title}}) {
        auto text = requiredText(root, key, QStringLiteral("framework"));
        if (!text)
            return std::unexpected(text.error());
        *target = *text;
    }

    auto sectors = requiredArray(root, "sectors", QStringLiteral("framework"));
    if (!sectors)
        return std::unexpected(sectors.error());
    for (const QJsonValue &value : std::as_const(*sectors)) {
        const auto sector = fromKey<Sector>(value.toString());
        if (!sector)
            return invalid(QStringLiteral("unknown sector in 'sectors'"));
        if (!framework.sectors.contains(*sector))
            framework.sectors.append(*sector);
    }

    auto themes = requiredArray(root, "themes", QStringLiteral("framework"));
    if (!themes)
        return std::unexpected(themes.error());
    auto readThemesResult = readThemes(*themes, framework.id, loaded.evidence);
    if (!readThemesResult)
        return std::unexpected(readThemesResult.error());
    framework.themes = std::move(*readThemesResult);

    QSet<QString> normCodes;
    for (const Theme &theme : std::as_const(framework.themes))
        for (const Norm &norm : theme.norms)
            normCodes.insert(norm.code);
    auto guides = readGuides(root, normCodes);
    if (!guides)
        return std::unexpected(guides.error());
    loaded.interviewGuides = std::move(*guides);
    loaded.definitionJson = QString::fromUtf8(json);
    return loaded;
}

Result<LoadedFramework> FrameworkLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The framework file could not be read."), file.errorString());
    // Read one byte past the cap so an oversized file is refused without reading it whole.
    const QByteArray json = file.read(MaxDocumentSize + 1);
    return fromJson(json);
}

} // namespace schouw
