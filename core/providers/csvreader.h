#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace schouw {

// One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A problem that makes the whole file unreadable as CSV, at the line where it was found.
struct CsvProblem
{
    int line = 0;
    QString message; // translated
};

struct CsvParse
{
    QList<CsvRecord> records; // empty when problem is set
    std::optional<CsvProblem> problem;
    QChar separator = QLatin1Char(',');
};

// Reads CSV as RFC 4180 describes it, with the leniencies of real exports: UTF-8 with or without
// a byte-order mark, CRLF or LF line ends, ',' or ';' as separator (whichever the first line
// uses more of, outside quotes), quoted fields with doubled quotes and embedded separators and
// line breaks. Blank lines are skipped. Invalid UTF-8, an unterminated quote, text after a
// closing quote, more than MaxBytes or more than MaxRecords records are problems: then no
// records are returned. Pure function; thread-safe.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxBytes = qint64(32) * 1024 * 1024;
    static constexpr int MaxRecords = 200'000;

    [[nodiscard]] static CsvParse parse(const QByteArray &data);

    // The byte offset of the first invalid UTF-8 sequence, or -1 when data is valid UTF-8.
    [[nodiscard]] static qsizetype invalidUtf8Offset(const QByteArray &data);
};

} // namespace schouw
