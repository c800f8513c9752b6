#include "csvreader.h"

namespace schouw {

namespace {

// Counts ',' and ';' on the first line outside quotes; ';' wins only when it is more common.
QChar detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.constFirst().trimmed().isEmpty();
}

} // namespace

qsizetype CsvReader::invalidUtf8Offset(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = b & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

CsvParse CsvReader::parse(const QByteArray &data)
{
    CsvParse result;
    if (data.size() > MaxBytes) {
        result.problem =
            CsvProblem {0, tr("The file is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024))};
        return result;
    }
    if (const qsizetype bad = invalidUtf8Offset(data); bad >= 0) {
        const int line = static_cast<int>(data.left(bad).count('\n')) + 1;
        result.problem = CsvProblem {line, tr("This line is not valid UTF-8 text.")};
        return result;
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);
    result.separator = separator;

    QList<CsvRecord> records;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field has closed; only a separator or line end may follow

    const auto endRecord = [&]() -> bool {
        fields << field;
        field.clear();
        afterQuote = false;
        if (!isBlank(fields))
            records << CsvRecord {recordLine, fields};
        fields.clear();
        return records.size() <= MaxRecords;
    };
    const auto tooMany = [&]() {
        result.problem =
            CsvProblem {recordLine, tr("The file has more than %1 rows.").arg(MaxRecords)};
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == QLatin1Char('\r')) {
                // A line break inside quotes is kept as one '\n', whatever the file used.
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n');
                ++line;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            fields << field;
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord()) {
                tooMany();
                return result;
            }
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            result.problem =
                CsvProblem {line,
                            tr("Unexpected text after a closing quote; a quote inside a "
                               "quoted field must be doubled (\"\").")};
            return result;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            // Spaces before an opening quote are dropped, as spreadsheets do.
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        result.problem =
            CsvProblem {quoteLine, tr("A quoted field that starts on this line is never closed.")};
        return result;
    }
    if (!fields.isEmpty() || !field.isEmpty()) {
        if (!endRecord()) {
            tooMany();
            return result;
        }
    }
    result.records = std::move(records);
    return result;
}

} // namespace schouw
