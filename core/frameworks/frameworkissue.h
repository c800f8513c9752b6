#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace schouw {

// One problem found in a framework document. Kinds are stable (tests and the CLI's JSON name
// them); the message is translated and says what is wrong without quoting the document's text.
struct FrameworkIssue
{
    enum class Kind {
        Unreadable, // the file could not be read
        TooLarge, // the file exceeds the size limit
        Syntax, // not JSON; line and column point at the fault
        UnknownFormat, // "format" is missing or not a version this build reads
        Missing, // a required field is absent
        Empty, // a required string or list is empty
        WrongType, // a value has the wrong JSON type (also a theme that is not an object)
        UnknownField, // a field the format does not define (often a typo)
        TooLong, // a string over its limit
        TooMany, // a list over its limit
        InvalidId, // "id" is not a UUID
        Duplicate, // a theme code, norm code, sector or respondent group given twice
        UnknownNorm, // a question points at a norm code that the framework does not have
        UnknownGroup, // a respondent group outside the vocabulary
        UnknownSector, // a sector outside the vocabulary
        TooManyProblems, // validation stopped at the cap; there may be more
    };

    Kind kind = Kind::Syntax;
    QString path; // JSON path such as "themes[2].norms[0].code"; empty for the whole document
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters; 0 when unknown
    QString message; // translated

    // "FILE:LINE:COLUMN: PATH: message", leaving out what is unknown.
    [[nodiscard]] QString toString(const QString &file) const;
    // The stable name of the kind ("duplicate", "unknown_norm", ...).
    [[nodiscard]] static QString kindKey(Kind kind);
};

using FrameworkIssues = QList<FrameworkIssue>;

} // namespace schouw
