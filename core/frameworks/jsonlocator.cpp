#include "jsonlocator.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace schouw {

namespace {

// One step of a path: a member name or an array index.
struct Step
{
    QByteArray key;
    qsizetype index = -1;
};

QList<Step> stepsOf(const QString &path)
{
    static const QRegularExpression step(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    QList<Step> steps;
    auto matches = step.globalMatch(path);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.hasCaptured(1))
            steps.append(Step {match.captured(1).toUtf8(), -1});
        else
            steps.append(Step {{}, match.captured(2).toLongLong()});
    }
    return steps;
}

// A scanner over text already known to be valid JSON: it only needs to find boundaries, never
// to check them.
class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
    }

    qsizetype skipSpace(qsizetype at) const
    {
        while (at < m_json.size() && QByteArrayView(" \t\r\n").contains(m_json.at(at)))
            ++at;
        return at;
    }

    // From the opening quote to just past the closing one.
    qsizetype skipString(qsizetype at) const
    {
        for (++at; at < m_json.size(); ++at) {
            if (m_json.at(at) == '\\')
                ++at;
            else if (m_json.at(at) == '"')
                return at + 1;
        }
        return at;
    }

    // From the first character of a value to just past it. Iterative, so that deep nesting
    // cannot exhaust the stack.
    qsizetype skipValue(qsizetype at) const
    {
        int depth = 0;
        do {
            at = skipSpace(at);
            if (at >= m_json.size())
                return at;
            const char c = m_json.at(at);
            if (c == '"') {
                at = skipString(at);
            } else if (c == '{' || c == '[') {
                ++depth;
                ++at;
            } else if (c == '}' || c == ']') {
                --depth;
                ++at;
            } else {
                while (at < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(at)))
                    ++at;
            }
            if (depth > 0) {
                // Between members and elements: separators, keys and colons are skipped as the
                // loop meets them.
                at = skipSpace(at);
                while (at < m_json.size() && (m_json.at(at) == ',' || m_json.at(at) == ':'))
                    at = skipSpace(at + 1);
            }
        } while (depth > 0);
        return at;
    }

    // The start of member key in the object starting at at.
    std::optional<qsizetype> member(qsizetype at, const QByteArray &key) const
    {
        at = skipSpace(at + 1);
        while (at < m_json.size() && m_json.at(at) == '"') {
            const qsizetype keyEnd = skipString(at);
            const QByteArray name = m_json.mid(at + 1, keyEnd - at - 2);
            const qsizetype value = skipSpace(skipSpace(keyEnd) + 1); // past ':'
            if (name == key)
                return value;
            at = skipSpace(skipValue(value));
            if (at < m_json.size() && m_json.at(at) == ',')
                at = skipSpace(at + 1);
        }
        return std::nullopt;
    }

    // The start of element index in the array starting at at.
    std::optional<qsizetype> element(qsizetype at, qsizetype index) const
    {
        at = skipSpace(at + 1);
        for (qsizetype i = 0; at < m_json.size() && m_json.at(at) != ']'; ++i) {
            if (i == index)
                return at;
            at = skipSpace(skipValue(at));
            if (at < m_json.size() && m_json.at(at) == ',')
                at = skipSpace(at + 1);
        }
        return std::nullopt;
    }

    char at(qsizetype offset) const { return offset < m_json.size() ? m_json.at(offset) : '\0'; }

private:
    const QByteArray &m_json;
};

} // namespace

JsonLocator::Position JsonLocator::locate(const QString &path) const
{
    const Scanner scanner(m_json);
    qsizetype at = scanner.skipSpace(0);
    for (const Step &step : stepsOf(path)) {
        std::optional<qsizetype> next;
        if (step.index < 0 && scanner.at(at) == '{')
            next = scanner.member(at, step.key);
        else if (step.index >= 0 && scanner.at(at) == '[')
            next = scanner.element(at, step.index);
        if (!next)
            break;
        at = *next;
    }
    return positionOf(m_json, at);
}

JsonLocator::Position JsonLocator::positionOf(const QByteArray &text, qsizetype offset)
{
    Position position {1, 1};
    offset = std::min(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            // Continuation bytes of a UTF-8 sequence belong to the character before them.
            ++position.column;
        }
    }
    return position;
}

} // namespace schouw
