#include "frameworkissue.h"

namespace schouw {

QString FrameworkIssue::toString(const QString &file) const
{
    QString text = file;
    if (line > 0)
        text += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

QString FrameworkIssue::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::Syntax:
        return QStringLiteral("syntax");
    case Kind::UnknownFormat:
        return QStringLiteral("unknown_format");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::WrongType:
        return QStringLiteral("wrong_type");
    case Kind::UnknownField:
        return QStringLiteral("unknown_field");
    case Kind::TooLong:
        return QStringLiteral("too_long");
    case Kind::TooMany:
        return QStringLiteral("too_many");
    case Kind::InvalidId:
        return QStringLiteral("invalid_id");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::UnknownNorm:
        return QStringLiteral("unknown_norm");
    case Kind::UnknownGroup:
        return QStringLiteral("unknown_group");
    case Kind::UnknownSector:
        return QStringLiteral("unknown_sector");
    case Kind::TooManyProblems:
        return QStringLiteral("too_many_problems");
    }
    return {};
}

} // namespace schouw
