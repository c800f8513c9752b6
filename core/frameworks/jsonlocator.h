#pragma once

#include <QByteArray>
#include <QString>

namespace schouw {

// Finds where a value sits in the text of a JSON document, so that an error found in the parsed
// document (QJsonDocument keeps no positions) can still name a line and column. Paths are written
// the way FrameworkIssue writes them: "themes[2].norms[0].code"; the empty path is the root.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0; // 1-based
        int column = 0; // 1-based, in characters (not bytes)
    };

    // json must be the UTF-8 text QJsonDocument parsed without error; it is not copied and must
    // outlive the locator.
    explicit JsonLocator(const QByteArray &json)
        : m_json(json)
    {
    }

    // Where the value at path starts. A path that does not exist (a missing field) gives the
    // nearest enclosing value that does, which is where the field would have to be added.
    [[nodiscard]] Position locate(const QString &path) const;

    // Line and column of a byte offset into text (as QJsonParseError::offset gives it).
    [[nodiscard]] static Position positionOf(const QByteArray &text, qsizetype offset);

private:
    const QByteArray &m_json;
};

} // namespace schouw
