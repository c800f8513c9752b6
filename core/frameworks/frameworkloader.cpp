#include "frameworkloader.h"

#include <QFile>
#include <QStringList>

namespace schouw {

namespace {

Result<LoadedFramework> resultOf(FrameworkParse parse, const QString &file)
{
    if (parse.framework)
        return std::move(*parse.framework);
    return std::unexpected(FrameworkLoader::errorFor(parse.issues, file));
}

} // namespace

FrameworkParse FrameworkLoader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FrameworkParse parse;
        parse.issues.append({FrameworkIssue::Kind::Unreadable,
                             {},
                             0,
                             0,
                             tr("The file could not be read: %1").arg(file.errorString())});
        return parse;
    }
    // One byte past the cap is enough to know the file is too large, without reading it whole.
    return FrameworkValidator::parse(file.read(MaxDocumentSize + 1));
}

Error FrameworkLoader::errorFor(const FrameworkIssues &issues, const QString &file)
{
    Q_ASSERT(!issues.isEmpty());
    const FrameworkIssue &first = issues.constFirst();
    const ErrorCode code =
        first.kind == FrameworkIssue::Kind::Unreadable ? ErrorCode::Io : ErrorCode::InvalidInput;
    const QString message = first.kind == FrameworkIssue::Kind::Unreadable ? first.toString(file)
        : issues.size() == 1 ? tr("The framework file is not valid: %1").arg(first.toString(file))
                             : tr("The framework file has %n problems; the first: %1", nullptr,
                                  static_cast<int>(issues.size()))
                                   .arg(first.toString(file));
    // Places and kinds only: the log must not carry the document's text.
    QStringList detail;
    for (const FrameworkIssue &issue : issues)
        detail << QStringLiteral("%1:%2 %3 %4")
                      .arg(issue.line)
                      .arg(issue.column)
                      .arg(issue.path, FrameworkIssue::kindKey(issue.kind));
    return Error {code, message, detail.join(QStringLiteral("; "))};
}

Result<LoadedFramework> FrameworkLoader::fromJson(const QByteArray &json)
{
    return resultOf(FrameworkValidator::parse(json), {});
}

Result<LoadedFramework> FrameworkLoader::fromFile(const QString &path)
{
    return resultOf(readFile(path), path);
}

} // namespace schouw
