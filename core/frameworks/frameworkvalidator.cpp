#include "frameworkvalidator.h"

#include "jsonlocator.h"
#include "vault/frameworkrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace schouw {

namespace {

using Kind = FrameworkIssue::Kind;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString child(const QString &parent, QLatin1StringView key)
{
    return parent.isEmpty() ? QString(key) : parent + QLatin1Char('.') + key;
}

QString item(const QString &parent, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(parent).arg(index);
}

// A value from the file quoted in a message: short, so that a hostile file cannot flood the
// terminal.
QString quoted(const QString &value)
{
    return value.size() <= 40 ? value : value.left(39) + QChar(0x2026);
}

// Collects issues and offers the typed reads every level of the document needs.
class Checker
{
public:
    FrameworkIssues issues;

    [[nodiscard]] bool full() const { return issues.size() > FrameworkValidator::MaxIssues; }

    void add(Kind kind, const QString &path, const QString &message)
    {
        if (full())
            return;
        if (issues.size() == FrameworkValidator::MaxIssues) {
            issues.append({Kind::TooManyProblems,
                           {},
                           0,
                           0,
                           FrameworkValidator::tr("Stopped after %1 problems; there may be more.")
                               .arg(FrameworkValidator::MaxIssues)});
            return;
        }
        issues.append({kind, path, 0, 0, message});
    }

    void wrongType(const QString &path, const QString &expected, const QJsonValue &found)
    {
        add(Kind::WrongType, path,
            FrameworkValidator::tr("Expected a %1 here, found a %2.")
                .arg(expected, typeName(found)));
    }

    void onlyKnownFields(const QJsonObject &object, const QString &path,
                         std::initializer_list<QLatin1StringView> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                add(Kind::UnknownField, child(path, QLatin1StringView()) + it.key(),
                    FrameworkValidator::tr("Unknown field '%1'; format %2 does not define it.")
                        .arg(quoted(it.key()))
                        .arg(FrameworkValidator::FormatVersion));
        }
    }

    // A string field. Required fields must be present and not blank; optional ones may be absent
    // or empty (an absent one reads as empty).
    std::optional<QString> text(const QJsonObject &object, const QString &parent,
                                QLatin1StringView key, int maxLength, bool required = true)
    {
        const QString path = child(parent, key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (!required)
                return QString();
            add(Kind::Missing, path,
                FrameworkValidator::tr("The required field '%1' is missing.").arg(key));
            return std::nullopt;
        }
        if (!value.isString()) {
            wrongType(path, QStringLiteral("string"), value);
            return std::nullopt;
        }
        const QString result = value.toString();
        if (required && result.trimmed().isEmpty()) {
            add(Kind::Empty, path, FrameworkValidator::tr("'%1' must not be empty.").arg(key));
            return std::nullopt;
        }
        if (result.size() > maxLength) {
            add(Kind::TooLong, path,
                FrameworkValidator::tr("This text is %1 characters long; the limit is %2.")
                    .arg(result.size())
                    .arg(maxLength));
            return std::nullopt;
        }
        return result;
    }

    // A list field with at least one entry when required; an absent optional list is empty.
    std::optional<QJsonArray> list(const QJsonObject &object, const QString &parent,
                                   QLatin1StringView key, int maxCount, bool required = true)
    {
        const QString path = child(parent, key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (!required)
                return QJsonArray();
            add(Kind::Missing, path,
                FrameworkValidator::tr("The required field '%1' is missing.").arg(key));
            return std::nullopt;
        }
        if (!value.isArray()) {
            wrongType(path, QStringLiteral("list"), value);
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (required && array.isEmpty()) {
            add(Kind::Empty, path,
                FrameworkValidator::tr("'%1' must have at least one entry.").arg(key));
            return std::nullopt;
        }
        if (array.size() > maxCount) {
            add(Kind::TooMany, path,
                FrameworkValidator::tr("This list has %1 entries; the limit is %2.")
                    .arg(array.size())
                    .arg(maxCount));
            return std::nullopt;
        }
        return array;
    }

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            wrongType(path, QStringLiteral("object"), value);
            return std::nullopt;
        }
        return value.toObject();
    }
};

constexpr QLatin1StringView operator""_L1v(const char *text, size_t size)
{
    return QLatin1StringView(text, static_cast<qsizetype>(size));
}

void readSectors(Checker &check, const QJsonObject &root, Framework &framework)
{
    const auto sectors =
        check.list(root, {}, "sectors"_L1v, static_cast<int>(vocabulary<Sector>().size()));
    if (!sectors)
        return;
    for (qsizetype s = 0; s < sectors->size(); ++s) {
        const QString path = item(QStringLiteral("sectors"), s);
        const QJsonValue value = sectors->at(s);
        if (!value.isString()) {
            check.wrongType(path, QStringLiteral("string"), value);
            continue;
        }
        const auto sector = fromKey<Sector>(value.toString());
        if (!sector)
            check.add(
                Kind::UnknownSector, path,
                FrameworkValidator::tr("Unknown sector '%1'. Known sectors: %2.")
                    .arg(quoted(value.toString()), allKeys<Sector>().join(QStringLiteral(", "))));
        else if (framework.sectors.contains(*sector))
            check.add(
                Kind::Duplicate, path,
                FrameworkValidator::tr("The sector '%1' is listed twice.").arg(value.toString()));
        else
            framework.sectors.append(*sector);
    }
}

// Norm codes by the path that first has them; complete is false when some norm's code could not
// be read, and a question's reference can then not be judged.
struct NormCodes
{
    QHash<QString, QString> paths;
    bool complete = true;
};

void readNorm(Checker &check, const QJsonValue &value, const QString &path, Theme &theme,
              NormCodes &normCodes, LoadedFramework &loaded)
{
    const auto object = check.object(value, path);
    if (!object) {
        normCodes.complete = false;
        return;
    }
    check.onlyKnownFields(*object, path,
                          {"code"_L1v, "title"_L1v, "text"_L1v, "guidance"_L1v, "evidence"_L1v});
    const auto code = check.text(*object, path, "code"_L1v, FrameworkValidator::MaxCodeLength);
    const auto title = check.text(*object, path, "title"_L1v, FrameworkValidator::MaxTitleLength);
    const auto text = check.text(*object, path, "text"_L1v, FrameworkValidator::MaxNormTextLength);
    const auto guidance =
        check.text(*object, path, "guidance"_L1v, FrameworkValidator::MaxGuidanceLength, false);
    QStringList evidence;
    const QString evidencePath = child(path, "evidence"_L1v);
    if (const auto hints = check.list(*object, path, "evidence"_L1v,
                                      FrameworkValidator::MaxEvidencePerNorm, false)) {
        for (qsizetype e = 0; e < hints->size(); ++e) {
            const QJsonValue hint = hints->at(e);
            if (!hint.isString() || hint.toString().trimmed().isEmpty())
                check.add(hint.isString() ? Kind::Empty : Kind::WrongType, item(evidencePath, e),
                          FrameworkValidator::tr("An evidence hint must be a non-empty string."));
            else if (hint.toString().size() > FrameworkValidator::MaxEvidenceLength)
                check.add(
                    Kind::TooLong, item(evidencePath, e),
                    FrameworkValidator::tr("This text is %1 characters long; the limit is %2.")
                        .arg(hint.toString().size())
                        .arg(FrameworkValidator::MaxEvidenceLength));
            else
                evidence.append(hint.toString());
        }
    }
    if (!code) {
        normCodes.complete = false;
        return;
    }
    // Norm ids are derived from their codes, so a repeated code would give two norms one id.
    if (normCodes.paths.contains(*code)) {
        check.add(Kind::Duplicate, child(path, "code"_L1v),
                  FrameworkValidator::tr("The norm code '%1' is already used at %2.")
                      .arg(quoted(*code), normCodes.paths.value(*code)));
        return;
    }
    normCodes.paths.insert(*code, path);
    if (!title || !text || !guidance)
        return;
    Norm norm;
    norm.id = FrameworkRepository::normId(theme.frameworkId, *code);
    norm.themeId = theme.id;
    norm.code = *code;
    norm.title = *title;
    norm.text = *text;
    norm.guidance = *guidance;
    norm.position = static_cast<int>(theme.norms.size());
    theme.norms.append(norm);
    if (!evidence.isEmpty())
        loaded.evidence.insert(*code, evidence);
}

void readThemes(Checker &check, const QJsonObject &root, LoadedFramework &loaded,
                NormCodes &normCodes)
{
    const auto themes = check.list(root, {}, "themes"_L1v, FrameworkValidator::MaxThemes);
    if (!themes) {
        normCodes.complete = false;
        return;
    }
    QHash<QString, QString> themeCodes;
    for (qsizetype t = 0; t < themes->size() && !check.full(); ++t) {
        const QString path = item(QStringLiteral("themes"), t);
        const auto object = check.object(themes->at(t), path);
        if (!object) {
            normCodes.complete = false;
            continue;
        }
        check.onlyKnownFields(*object, path, {"code"_L1v, "title"_L1v, "norms"_L1v});
        const auto code = check.text(*object, path, "code"_L1v, FrameworkValidator::MaxCodeLength);
        const auto title =
            check.text(*object, path, "title"_L1v, FrameworkValidator::MaxTitleLength);
        Theme theme;
        theme.frameworkId = loaded.framework.id;
        if (code) {
            if (themeCodes.contains(*code))
                check.add(Kind::Duplicate, child(path, "code"_L1v),
                          FrameworkValidator::tr("The theme code '%1' is already used at %2.")
                              .arg(quoted(*code), themeCodes.value(*code)));
            else
                themeCodes.insert(*code, path);
            theme.id = QUuid::createUuidV5(loaded.framework.id, QStringLiteral("theme:") + *code);
            theme.code = *code;
        }
        theme.title = title.value_or(QString());
        theme.position = static_cast<int>(t);
        const auto norms =
            check.list(*object, path, "norms"_L1v, FrameworkValidator::MaxNormsPerTheme);
        if (!norms)
            normCodes.complete = false;
        for (qsizetype n = 0; norms && n < norms->size() && !check.full(); ++n)
            readNorm(check, norms->at(n), item(child(path, "norms"_L1v), n), theme, normCodes,
                     loaded);
        loaded.framework.themes.append(theme);
    }
    if (normCodes.paths.size() > FrameworkValidator::MaxNorms)
        check.add(Kind::TooMany, QStringLiteral("themes"),
                  FrameworkValidator::tr("The framework has %1 norms; the limit is %2.")
                      .arg(normCodes.paths.size())
                      .arg(FrameworkValidator::MaxNorms));
}

void readQuestion(Checker &check, const QJsonValue &value, const QString &path,
                  const NormCodes &normCodes, InterviewGuide &guide)
{
    const auto object = check.object(value, path);
    if (!object)
        return;
    check.onlyKnownFields(*object, path, {"text"_L1v, "norms"_L1v});
    const auto text = check.text(*object, path, "text"_L1v, FrameworkValidator::MaxQuestionLength);
    InterviewQuestion question;
    question.text = text.value_or(QString());
    const auto norms =
        check.list(*object, path, "norms"_L1v, FrameworkValidator::MaxNormsPerQuestion, false);
    for (qsizetype n = 0; norms && n < norms->size(); ++n) {
        const QString normPath = item(child(path, "norms"_L1v), n);
        const QJsonValue code = norms->at(n);
        if (!code.isString())
            check.wrongType(normPath, QStringLiteral("string"), code);
        else if (!normCodes.paths.contains(code.toString()) && normCodes.complete)
            check.add(Kind::UnknownNorm, normPath,
                      FrameworkValidator::tr(
                          "The question points at norm '%1', which this framework does "
                          "not have.")
                          .arg(quoted(code.toString())));
        else
            question.normCodes.append(code.toString());
    }
    guide.questions.append(question);
}

void readGuides(Checker &check, const QJsonObject &root, const NormCodes &normCodes,
                LoadedFramework &loaded)
{
    const int groups = static_cast<int>(vocabulary<RespondentGroup>().size());
    const auto guides = check.list(root, {}, "interviewGuides"_L1v, groups, false);
    if (!guides)
        return;
    QHash<RespondentGroup, QString> seen;
    for (qsizetype g = 0; g < guides->size() && !check.full(); ++g) {
        const QString path = item(QStringLiteral("interviewGuides"), g);
        const auto object = check.object(guides->at(g), path);
        if (!object)
            continue;
        check.onlyKnownFields(*object, path, {"group"_L1v, "questions"_L1v});
        InterviewGuide guide;
        if (const auto key =
                check.text(*object, path, "group"_L1v, FrameworkValidator::MaxCodeLength)) {
            const auto group = fromKey<RespondentGroup>(*key);
            if (!group)
                check.add(
                    Kind::UnknownGroup, child(path, "group"_L1v),
                    FrameworkValidator::tr("Unknown respondent group '%1'. Known groups: %2.")
                        .arg(quoted(*key), allKeys<RespondentGroup>().join(QStringLiteral(", "))));
            else if (seen.contains(*group))
                check.add(
                    Kind::Duplicate, child(path, "group"_L1v),
                    FrameworkValidator::tr("The respondent group '%1' already has a guide at %2.")
                        .arg(*key, seen.value(*group)));
            else
                seen.insert(*group, path);
            guide.group = group.value_or(RespondentGroup::Client);
        }
        const auto questions =
            check.list(*object, path, "questions"_L1v, FrameworkValidator::MaxQuestionsPerGuide);
        for (qsizetype q = 0; questions && q < questions->size() && !check.full(); ++q)
            readQuestion(check, questions->at(q), item(child(path, "questions"_L1v), q), normCodes,
                         guide);
        loaded.interviewGuides.append(guide);
    }
}

// False when the rest of the document cannot be read as format 1.
bool checkFormat(Checker &check, const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined()) {
        check.add(Kind::UnknownFormat, QStringLiteral("format"),
                  FrameworkValidator::tr(
                      "The field 'format' is missing; this may not be a Schouw framework "
                      "file."));
        return false;
    }
    if (!format.isDouble() || format.toDouble() != FrameworkValidator::FormatVersion) {
        check.add(Kind::UnknownFormat, QStringLiteral("format"),
                  FrameworkValidator::tr(
                      "Format %1 is not supported; this version of Schouw reads format %2.")
                      .arg(quoted(format.isDouble() ? QString::number(format.toDouble())
                                                    : typeName(format)))
                      .arg(FrameworkValidator::FormatVersion));
        return false;
    }
    return true;
}

void readHeader(Checker &check, const QJsonObject &root, Framework &framework)
{
    check.onlyKnownFields(root, {},
                          {"format"_L1v, "id"_L1v, "code"_L1v, "version"_L1v, "title"_L1v,
                           "sectors"_L1v, "themes"_L1v, "interviewGuides"_L1v});
    if (const auto id = check.text(root, {}, "id"_L1v, 64)) {
        framework.id = idFromText(*id);
        if (framework.id.isNull())
            check.add(Kind::InvalidId, QStringLiteral("id"),
                      FrameworkValidator::tr("'id' must be a UUID such as "
                                             "3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11."));
    }
    framework.code =
        check.text(root, {}, "code"_L1v, FrameworkValidator::MaxCodeLength).value_or(QString());
    framework.version =
        check.text(root, {}, "version"_L1v, FrameworkValidator::MaxCodeLength).value_or(QString());
    framework.title =
        check.text(root, {}, "title"_L1v, FrameworkValidator::MaxTitleLength).value_or(QString());
}

// Adds line and column to each issue: the parsed document keeps no positions, the text does.
void locate(FrameworkIssues &issues, const QByteArray &json)
{
    const JsonLocator locator(json);
    for (FrameworkIssue &issue : issues) {
        if (issue.kind == Kind::TooManyProblems)
            continue;
        const auto position = locator.locate(issue.path);
        issue.line = position.line;
        issue.column = position.column;
    }
}

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // overlong
            high = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80; // overlong
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return i;
            const unsigned char next = data[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

FrameworkParse FrameworkValidator::parse(const QByteArray &json)
{
    FrameworkParse result;
    if (json.size() > MaxDocumentSize) {
        result.issues.append({Kind::TooLarge,
                              {},
                              0,
                              0,
                              tr("The file is larger than the limit of %1 MiB.")
                                  .arg(MaxDocumentSize / (1024 * 1024))});
        return result;
    }
    // Qt's JSON parser takes the byte after a backslash as Latin-1 even when it is not UTF-8,
    // so "\\<0xBC>" would be accepted while the kept definition text (decoded as UTF-8) no
    // longer reads back: refuse bytes that are not UTF-8 before parsing (found by fuzzing).
    if (const qsizetype bad = firstInvalidUtf8(json); bad >= 0) {
        const auto position = JsonLocator::positionOf(json, bad);
        result.issues.append({Kind::Syntax,
                              {},
                              position.line,
                              position.column,
                              tr("The file is not valid UTF-8 text.")});
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto position = JsonLocator::positionOf(json, parseError.offset);
        result.issues.append({Kind::Syntax,
                              {},
                              position.line,
                              position.column,
                              tr("This is not valid JSON: %1.").arg(parseError.errorString())});
        return result;
    }
    Checker check;
    if (!document.isObject()) {
        check.wrongType({}, QStringLiteral("object"),
                        document.isArray() ? QJsonValue(QJsonArray()) : QJsonValue());
        result.issues = check.issues;
        locate(result.issues, json);
        return result;
    }
    const QJsonObject root = document.object();
    LoadedFramework loaded;
    if (checkFormat(check, root)) {
        readHeader(check, root, loaded.framework);
        readSectors(check, root, loaded.framework);
        NormCodes normCodes;
        readThemes(check, root, loaded, normCodes);
        readGuides(check, root, normCodes, loaded);
    }
    result.issues = check.issues;
    if (!result.issues.isEmpty()) {
        locate(result.issues, json);
        return result;
    }
    loaded.definitionJson = QString::fromUtf8(json);
    result.framework = std::move(loaded);
    return result;
}

} // namespace schouw
