#include "personaldatadetector.h"

#include "dutchnames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// The heuristics, and why they are as they are, are described in docs/personal-data-detection.md.

namespace schouw {

namespace {

using namespace privacy;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

bool overlaps(const QList<Span> &spans, qsizetype start, qsizetype end)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [&](const Span &span) { return start < span.end && span.start < end; });
}

bool inside(const QList<Span> &spans, qsizetype start, qsizetype end)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [&](const Span &span) { return span.start <= start && end <= span.end; });
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QRegularExpression
compile(const QString &pattern,
        QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    QRegularExpression expression(pattern, options);
    Q_ASSERT_X(expression.isValid(), "personaldatadetector",
               qUtf8Printable(expression.errorString()));
    expression.optimize();
    return expression;
}

// --- What is never reported ------------------------------------------------------------------

// Pseudonyms the inspector writes instead of names: "Cliënt A", "naaste B", "Medewerker 3".
QList<Span> pseudonymSpans(const QString &text)
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?<![\\p{L}\\p{M}\\p{N}])"
        "(?:[Cc]li(?:ë|e\\x{308}|e)nt(?:enraad)?|[Pp]ati(?:ë|e\\x{308}|e)nt|[Nn]aaste|[Mm]edewerker"
        "|[Bb]ewoner|[Ll]eidinggevende|[Rr]espondent|[Mm]antelzorger)"
        "[ \\t\\x{A0}]+(?:\\p{Lu}[0-9]{0,2}|[0-9]{1,2})(?![\\p{L}\\p{M}\\p{N}])"));
    QList<Span> spans;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        spans << Span {match.capturedStart(), match.capturedEnd()};
    }
    return spans;
}

QList<Span> allowedSpans(const QString &text, const QStringList &allowList)
{
    QList<Span> spans;
    for (const QString &entry : allowList) {
        const QString phrase = entry.trimmed();
        if (phrase.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(phrase, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + phrase.size();
            const bool boundaryBefore = at == 0 || !isWordChar(text.at(at - 1));
            const bool boundaryAfter = end == text.size() || !isWordChar(text.at(end));
            if (boundaryBefore && boundaryAfter)
                spans << Span {at, end};
        }
    }
    return spans;
}

// --- E-mail addresses ------------------------------------------------------------------------

QList<Span> emailSpans(const QString &text)
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?<![\\p{L}\\p{M}\\p{N}._%+\\-])"
        "[\\p{L}\\p{M}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{M}\\p{N}_%+\\-]+)*"
        "@(?:[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}\\-]*[\\p{L}\\p{M}\\p{N}])?\\.)+"
        "\\p{L}{2,63}(?![\\p{L}\\p{M}\\p{N}\\-@])"));
    QList<Span> spans;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        spans << Span {match.capturedStart(), match.capturedEnd()};
    }
    return spans;
}

// --- Phone numbers ---------------------------------------------------------------------------

qsizetype digitCount(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isPlausiblePhone(const QString &text, qsizetype start, const QString &candidate)
{
    // Dates, possibly followed by an hour: 06-12-2024 12 has ten digits and a leading zero.
    static const QRegularExpression date = compile(
        QStringLiteral("^[0-9]{1,2}[\\-./][0-9]{1,2}[\\-./][0-9]{2,4}(?![0-9]|[\\-./][0-9])"));
    if (date.match(candidate).hasMatch())
        return false;
    // The account part of an IBAN written in groups: NL91 ABNA 0417 1643 00.
    static const QRegularExpression iban =
        compile(QStringLiteral("[A-Z]{2}[0-9]{2}[ \\x{A0}]?[A-Z]{4}[ \\x{A0}]?$"));
    if (iban.match(text.mid(std::max<qsizetype>(0, start - 12), std::min<qsizetype>(start, 12)))
            .hasMatch())
        return false;

    const qsizetype digits = digitCount(candidate);
    if (candidate.startsWith(u'+') || candidate.startsWith(u"00"))
        return true; // the pattern counted the digits after the country code
    static const QRegularExpression service = compile(QStringLiteral("^0(?:800|900|906|909)"));
    if (service.match(candidate).hasMatch())
        return digits == 8 || digits == 11;
    return digits == 10;
}

QRegularExpression phonePattern()
{
    // A separator between digits: a space, or a hyphen, dot or slash with optional spaces.
    const QString sep = QStringLiteral("(?:[ \\x{A0}]?[\\-./][ \\x{A0}]?|[ \\x{A0}])");
    const QString pattern =
        QStringLiteral("(?<![\\p{L}\\p{M}\\p{N}_@+])(?<![0-9][.,\\-/:])"
                       "(?:"
                       // +31 6 12345678, +31 (0)20 123 4567, 0031 6 12345678
                       "(?:\\+|00)31%1?(?:\\(0\\)%1?)?[1-9](?:%1?[0-9]){8}"
                       // other countries, with a plus only: +32 2 123 45 67
                       "|\\+[1-9][0-9]{0,2}%1?(?:\\(0\\)%1?)?[0-9](?:%1?[0-9]){5,11}"
                       // (020) 123 4567, (0513) 123456
                       "|\\(0[1-9][0-9]{0,2}\\)%1?[0-9](?:%1?[0-9]){4,7}"
                       // 0800-1234, 0900-1234567
                       "|0(?:800|900|906|909)(?:%1?[0-9]){4}(?:(?:%1?[0-9]){3})?"
                       // 06-12345678, 010-1234567, 020 123 4567, 0513 123456
                       "|0[1-9](?:%1?[0-9]){8}"
                       ")"
                       "(?![\\p{L}\\p{M}_@]|[ \\x{A0}.,:/\\-]?[0-9])")
            .arg(sep);
    return compile(pattern);
}

QList<Span> phoneSpans(const QString &text)
{
    static const QRegularExpression expression = phonePattern();
    QList<Span> spans;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (isPlausiblePhone(text, match.capturedStart(), match.captured()))
            spans << Span {match.capturedStart(), match.capturedEnd()};
    }
    return spans;
}

// --- BSN -------------------------------------------------------------------------------------

// The elfproef on nine digits: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11, not all zero.
bool passesElfproef(const QString &nineDigits)
{
    Q_ASSERT(nineDigits.size() == 9);
    int sum = 0;
    bool allZero = true;
    for (qsizetype i = 0; i < 9; ++i) {
        const int digit = nineDigits.at(i).unicode() - u'0';
        allZero = allZero && digit == 0;
        sum += i < 8 ? digit * static_cast<int>(9 - i) : -digit;
    }
    return !allZero && sum % 11 == 0;
}

enum class NumberLabel { None, Bsn, Other };

// The nearest label in the 30 characters before a number: "BSN 123456782", "KvK-nummer 12345678".
NumberLabel labelBefore(const QString &text, qsizetype start)
{
    const qsizetype from = std::max<qsizetype>(0, start - 30);
    const QString before = text.mid(from, start - from).toLower();
    static const QRegularExpression bsn =
        compile(QStringLiteral("(?<![\\p{L}])(?:bsn|burgerservice|sofi)[^0-9]*$"));
    static const QRegularExpression other = compile(
        QStringLiteral("(?<![\\p{L}])(?:kvk|kamer van koophandel|handelsregister|rekening|iban"
                       "|factuur|dossiernummer|dossiernr|zaaknummer|agb|uzovi|big)[^0-9]*$"));
    const QRegularExpressionMatch bsnMatch = bsn.match(before);
    const QRegularExpressionMatch otherMatch = other.match(before);
    if (bsnMatch.hasMatch() && otherMatch.hasMatch())
        return bsnMatch.capturedStart() > otherMatch.capturedStart() ? NumberLabel::Bsn
                                                                     : NumberLabel::Other;
    if (bsnMatch.hasMatch())
        return NumberLabel::Bsn;
    return otherMatch.hasMatch() ? NumberLabel::Other : NumberLabel::None;
}

bool isAmount(const QString &text, qsizetype start, qsizetype end)
{
    static const QRegularExpression currencyBefore =
        compile(QStringLiteral("(?:€|(?<![\\p{L}])eur|(?<![\\p{L}])euro)[ \\x{A0}]*$"),
                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression currencyAfter =
        compile(QStringLiteral("^(?:[ \\x{A0}]*(?:euro|eur|€)|,-)"),
                QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = std::max<qsizetype>(0, start - 6);
    return currencyBefore.match(text.mid(from, start - from)).hasMatch() ||
        currencyAfter.match(text.mid(end, 8)).hasMatch();
}

// Eight digits that read as a date (yyyymmdd, 1900-2099) are a date, not an old BSN.
bool looksLikeDate(const QString &eightDigits)
{
    const int year = eightDigits.left(4).toInt();
    const int month = eightDigits.mid(4, 2).toInt();
    const int day = eightDigits.mid(6, 2).toInt();
    return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

QList<Span> bsnSpans(const QString &text)
{
    static const QRegularExpression pattern = compile(QStringLiteral(
        "(?<![\\p{L}\\p{M}\\p{N}_@+\\-/€$])(?<![0-9][.,:])(?<![0-9][ \\t\\x{A0}])"
        "(?:[0-9]{9}|[0-9]{8}|[0-9]{4}([ .])[0-9]{2}\\1[0-9]{3}|[0-9]{3}([ .])[0-9]{3}\\2[0-9]{3})"
        "(?![\\p{L}\\p{M}\\p{N}_@]|[ \\t\\x{A0}.,:/\\-][0-9])"));
    QList<Span> spans;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        QString digits = match.captured();
        digits.remove(u' ');
        digits.remove(u'.');
        const NumberLabel label = labelBefore(text, start);
        if (label == NumberLabel::Bsn) {
            spans << Span {start, end}; // a mistyped BSN is still a BSN
            continue;
        }
        if (label == NumberLabel::Other || isAmount(text, start, end))
            continue;
        if (digits.size() == 8 && looksLikeDate(digits))
            continue;
        if (passesElfproef(digits.size() == 8 ? QChar(u'0') + digits : digits))
            spans << Span {start, end};
    }
    return spans;
}

// --- Person names ----------------------------------------------------------------------------

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString word; // NFC, typographic apostrophe made straight
    QString lower;
    bool blocked = false; // part of a pseudonym, an allowed phrase or another match
};

class NameScanner
{
public:
    NameScanner(const QString &text, const QList<Span> &blocked)
        : m_text(text)
    {
        // Words, with inner apostrophes (O'Brien, d'Ancona) but not a possessive 's (Jan's), and
        // the tussenvoegsel 't on its own.
        static const QRegularExpression word = compile(
            QStringLiteral("['’]t(?![\\p{L}\\p{M}])"
                           "|[\\p{L}\\p{M}]+(?:['’](?![sS](?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+)*"));
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            Token token;
            token.start = match.capturedStart();
            token.end = match.capturedEnd();
            token.word = match.captured().normalized(QString::NormalizationForm_C);
            token.word.replace(u'’', u'\'');
            token.lower = token.word.toLower();
            token.blocked = overlaps(blocked, token.start, token.end);
            m_tokens << token;
        }
    }

    QList<Span> scan() const
    {
        QList<Span> spans;
        const qsizetype count = m_tokens.size();
        for (qsizetype i = 0; i < count;) {
            const qsizetype end = matchAt(i);
            if (end > i) {
                spans << Span {m_tokens.at(i).start, m_tokens.at(end - 1).end};
                i = end;
            } else {
                ++i;
            }
        }
        return spans;
    }

private:
    // The end (exclusive token index) of a name that starts at token i, or i for none.
    qsizetype matchAt(qsizetype i) const
    {
        if (m_tokens.at(i).blocked)
            return i;
        qsizetype end = i;
        if (const qsizetype afterTitles = skipTitles(i); afterTitles > i) {
            // (a) a form of address, then [initials] and a name: "mevrouw A. van Dijk"
            end = nameChain(skipInitials(afterTitles), 4);
        } else if (const qsizetype afterInitials = skipInitials(i); afterInitials > i) {
            // (c) initials and a surname: "J. de Vries", "A.B. Jansen-de Boer"
            if (afterInitials == i + 1 && afterLabel(i))
                return i; // "bijlage A. Overzicht", "punt C. Daarna"
            end = nameChain(afterInitials, 1);
        } else if (isCommonFirstName(m_tokens.at(i).word) ||
                   isAmbiguousFirstName(m_tokens.at(i).word)) {
            // (b) a given name, alone or with more names: "Fatima", "Jan Willem de Vries"
            if (afterSaint(i))
                return i;
            end = nameChain(i, 4);
            if (end == i + 1 && isAmbiguousFirstName(m_tokens.at(i).word))
                return i;
            if (end == i + 1 && isMonthAbbreviation(i))
                return i;
        }
        if (end <= i)
            return i;
        for (qsizetype k = i; k < end; ++k) {
            if (isPlaceWord(m_tokens.at(k).lower))
                return i; // "Jan van Galenstraat", "Antonius Ziekenhuis"
        }
        return end;
    }

    QStringView gap(qsizetype i) const
    {
        // The text between token i and token i + 1.
        const qsizetype from = m_tokens.at(i).end;
        return QStringView(m_text).mid(from, m_tokens.at(i + 1).start - from);
    }

    static bool isSpaceGap(QStringView gap)
    {
        return !gap.isEmpty() && gap.size() <= 3 &&
            std::all_of(gap.begin(), gap.end(), [](QChar c) {
                return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F';
            });
    }

    static bool isHyphenGap(QStringView gap)
    {
        return gap == u"-" || gap == u"\u2010" || gap == u"\u2011";
    }

    // Whether token i ends with a dot and the next token follows after nothing or spaces.
    bool dotThenNext(qsizetype i) const
    {
        if (i + 1 >= m_tokens.size())
            return false;
        const QStringView between = gap(i);
        return between.startsWith(u'.') && (between.size() == 1 || isSpaceGap(between.mid(1)));
    }

    static bool isLowerTail(const QString &word)
    {
        return std::none_of(word.begin() + 1, word.end(), [](QChar c) { return c.isUpper(); });
    }

    // "Jansen", "Öztürk", "O'Brien", "d'Ancona", "McDonald"; not "GGZ", "DE", "A".
    bool isCapitalised(const Token &token) const
    {
        QStringView word(token.word);
        if (word.size() > 2 && (word.startsWith(u"d'") || word.startsWith(u"l'")))
            word = word.mid(2);
        return word.size() >= 2 && word.front().isUpper() &&
            std::any_of(word.begin() + 1, word.end(), [](QChar c) { return c.isLower(); });
    }

    bool isSurnameWord(qsizetype i) const
    {
        if (i >= m_tokens.size())
            return false;
        const Token &token = m_tokens.at(i);
        return !token.blocked && isCapitalised(token) && !isNameStopWord(token.lower) &&
            !tussenvoegsels().contains(token.lower) && !titles().contains(token.lower);
    }

    static const QSet<QString> &tussenvoegsels()
    {
        // Single words and the phrases they make, in lower case.
        static const QSet<QString> set {
            QStringLiteral("van"),     QStringLiteral("van de"),   QStringLiteral("van der"),
            QStringLiteral("van den"), QStringLiteral("van het"),  QStringLiteral("van 't"),
            QStringLiteral("de"),      QStringLiteral("de la"),    QStringLiteral("der"),
            QStringLiteral("den"),     QStringLiteral("het"),      QStringLiteral("'t"),
            QStringLiteral("ter"),     QStringLiteral("ten"),      QStringLiteral("te"),
            QStringLiteral("in 't"),   QStringLiteral("in de"),    QStringLiteral("in den"),
            QStringLiteral("in het"),  QStringLiteral("op de"),    QStringLiteral("op den"),
            QStringLiteral("op het"),  QStringLiteral("op 't"),    QStringLiteral("op ten"),
            QStringLiteral("aan de"),  QStringLiteral("aan den"),  QStringLiteral("aan het"),
            QStringLiteral("uit de"),  QStringLiteral("uit den"),  QStringLiteral("uit het"),
            QStringLiteral("bij de"),  QStringLiteral("onder de"), QStringLiteral("over de"),
            QStringLiteral("el"),      QStringLiteral("al"),       QStringLiteral("la"),
            QStringLiteral("le"),      QStringLiteral("du"),       QStringLiteral("da"),
            QStringLiteral("di"),      QStringLiteral("del"),      QStringLiteral("della"),
            QStringLiteral("dos"),     QStringLiteral("das"),      QStringLiteral("von"),
            QStringLiteral("von der"), QStringLiteral("vom"),      QStringLiteral("zu"),
            QStringLiteral("ben"),     QStringLiteral("bin"),      QStringLiteral("ibn"),
            QStringLiteral("abu"),
        };
        return set;
    }

    // Forms of address, in lower case, without a dot. "heer" only counts after "de".
    static const QSet<QString> &titles()
    {
        static const QSet<QString> set {
            QStringLiteral("mevrouw"),    QStringLiteral("mevr"),     QStringLiteral("mw"),
            QStringLiteral("mvr"),        QStringLiteral("meneer"),   QStringLiteral("mijnheer"),
            QStringLiteral("mnr"),        QStringLiteral("dhr"),      QStringLiteral("mr"),
            QStringLiteral("dr"),         QStringLiteral("drs"),      QStringLiteral("ir"),
            QStringLiteral("ing"),        QStringLiteral("prof"),     QStringLiteral("mej"),
            QStringLiteral("mejuffrouw"), QStringLiteral("juffrouw"), QStringLiteral("juf"),
            QStringLiteral("meester"),    QStringLiteral("zuster"),   QStringLiteral("zr"),
            QStringLiteral("broeder"),    QStringLiteral("br"),       QStringLiteral("huisarts"),
            QStringLiteral("dokter"),     QStringLiteral("pastoor"),  QStringLiteral("pater"),
            QStringLiteral("dominee"),    QStringLiteral("ds"),       QStringLiteral("familie"),
            QStringLiteral("fam"),        QStringLiteral("oom"),      QStringLiteral("tante"),
            QStringLiteral("opa"),        QStringLiteral("oma"),      QStringLiteral("buurman"),
            QStringLiteral("buurvrouw"),  QStringLiteral("cliënt"),   QStringLiteral("client"),
            QStringLiteral("patiënt"),    QStringLiteral("patient"),  QStringLiteral("bewoner"),
            QStringLiteral("naaste"),     QStringLiteral("mrs"),      QStringLiteral("ms"),
        };
        return set;
    }

    // The token index after a form of address (or several: "mevrouw dr."), or i for none.
    qsizetype skipTitles(qsizetype i) const
    {
        qsizetype at = i;
        for (int round = 0; round < 3 && at < m_tokens.size(); ++round) {
            const Token &token = m_tokens.at(at);
            if (token.blocked || !isLowerTail(token.word))
                break;
            qsizetype last = at; // the title's last token
            if (token.lower == u"de" && at + 1 < m_tokens.size() && isSpaceGap(gap(at)) &&
                m_tokens.at(at + 1).word == u"heer" && !m_tokens.at(at + 1).blocked) {
                last = at + 1;
            } else if (!titles().contains(token.lower)) {
                break;
            }
            if (last + 1 >= m_tokens.size())
                break;
            if (!isSpaceGap(gap(last)) && !dotThenNext(last))
                break;
            at = last + 1;
        }
        return at;
    }

    bool isInitial(qsizetype i) const
    {
        static const QSet<QString> digraphs {
            QStringLiteral("IJ"),  QStringLiteral("Th"), QStringLiteral("Ch"),
            QStringLiteral("Chr"), QStringLiteral("Ph"), QStringLiteral("Joh"),
            QStringLiteral("Jac"), QStringLiteral("Wm"), QStringLiteral("Fr"),
        };
        const Token &token = m_tokens.at(i);
        if (token.blocked)
            return false;
        return (token.word.size() == 1 && token.word.front().isUpper()) ||
            digraphs.contains(token.word);
    }

    // The token index after initials ("J.", "J.P.", "A. B."), or i for none.
    qsizetype skipInitials(qsizetype i) const
    {
        qsizetype at = i;
        while (at < m_tokens.size() && isInitial(at) && dotThenNext(at))
            ++at;
        return at;
    }

    // Lengths (in tokens) of the tussenvoegsel phrases that start at token i, longest first,
    // always ending with 0.
    QList<qsizetype> tussenvoegselLengths(qsizetype i) const
    {
        QList<qsizetype> lengths;
        QString phrase;
        for (qsizetype n = 0; n < 3 && i + n < m_tokens.size(); ++n) {
            const Token &token = m_tokens.at(i + n);
            if (token.blocked || !isLowerTail(token.word))
                break;
            if (n > 0) {
                if (!isSpaceGap(gap(i + n - 1)))
                    break;
                phrase += u' ';
            }
            phrase += token.lower;
            if (tussenvoegsels().contains(phrase))
                lengths.prepend(n + 1);
        }
        lengths << 0;
        return lengths;
    }

    // [tussenvoegsels] Surname[-[tussenvoegsels] Surname]...: "van der Berg", "Jansen-de Boer".
    // Returns the end token index, or -1.
    qsizetype surname(qsizetype i) const
    {
        const auto partAt = [this](qsizetype at) -> qsizetype {
            for (const qsizetype length : tussenvoegselLengths(at)) {
                const qsizetype word = at + length;
                if (length > 0 && (word >= m_tokens.size() || !isSpaceGap(gap(word - 1))))
                    continue;
                if (isSurnameWord(word))
                    return word;
            }
            return -1;
        };
        qsizetype last = partAt(i);
        if (last < 0)
            return -1;
        while (last + 1 < m_tokens.size() && isHyphenGap(gap(last))) {
            const qsizetype next = partAt(last + 1);
            if (next < 0)
                break;
            last = next;
        }
        return last + 1;
    }

    // Up to maxParts names separated by spaces: "Anna van Dijk" is two. Returns the end token
    // index, or -1 when there is no name at i.
    qsizetype nameChain(qsizetype i, int maxParts) const
    {
        qsizetype end = surname(i);
        if (end < 0)
            return -1;
        for (int parts = 1; parts < maxParts && end < m_tokens.size() && isSpaceGap(gap(end - 1));
             ++parts) {
            const qsizetype next = surname(end);
            if (next < 0)
                break;
            end = next;
        }
        return end;
    }

    // A word that labels a single letter: "bijlage A.", "punt C.", "vitamine D.".
    bool afterLabel(qsizetype i) const
    {
        static const QSet<QString> labels {
            QStringLiteral("bijlage"),   QStringLiteral("punt"),      QStringLiteral("stap"),
            QStringLiteral("fase"),      QStringLiteral("optie"),     QStringLiteral("groep"),
            QStringLiteral("type"),      QStringLiteral("categorie"), QStringLiteral("versie"),
            QStringLiteral("figuur"),    QStringLiteral("tabel"),     QStringLiteral("paragraaf"),
            QStringLiteral("artikel"),   QStringLiteral("hoofdstuk"), QStringLiteral("lid"),
            QStringLiteral("onderdeel"), QStringLiteral("niveau"),    QStringLiteral("plan"),
            QStringLiteral("scenario"),  QStringLiteral("vraag"),     QStringLiteral("thema"),
            QStringLiteral("norm"),      QStringLiteral("afdeling"),  QStringLiteral("unit"),
            QStringLiteral("vitamine"),  QStringLiteral("blok"),      QStringLiteral("gebouw"),
            QStringLiteral("vleugel"),   QStringLiteral("kamer"),     QStringLiteral("klas"),
        };
        return i > 0 && isSpaceGap(gap(i - 1)) && labels.contains(m_tokens.at(i - 1).lower);
    }

    // "Jan. 2024", "Jan 2024": the month, not the name.
    bool isMonthAbbreviation(qsizetype i) const
    {
        if (m_tokens.at(i).word != u"Jan")
            return false;
        static const QRegularExpression year = compile(QStringLiteral("^\\.?[ \\x{A0}]*[0-9]"));
        return year.match(m_text.mid(m_tokens.at(i).end, 8)).hasMatch();
    }

    // "Sint Jan", "St. Antonius": a saint, a church or a hospital, not a person.
    bool afterSaint(qsizetype i) const
    {
        if (i == 0)
            return false;
        const QString &previous = m_tokens.at(i - 1).lower;
        const QStringView between = gap(i - 1);
        return (previous == u"sint" || previous == u"st" || previous == u"sankt" ||
                previous == u"san" || previous == u"santa") &&
            (isSpaceGap(between) || isHyphenGap(between) || between.startsWith(u'.'));
    }

    const QString &m_text;
    QList<Token> m_tokens;
};

} // namespace

QList<PersonalDataMatch> findPersonalData(const QString &text, const QStringList &allowList)
{
    QList<Span> masked = pseudonymSpans(text);
    masked << allowedSpans(text, allowList);

    QList<PersonalDataMatch> matches;
    QList<Span> taken;
    const auto take = [&](PersonalDataKind kind, const QList<Span> &spans) {
        for (const Span &span : spans) {
            if (inside(masked, span.start, span.end) || overlaps(taken, span.start, span.end))
                continue;
            taken << span;
            matches << PersonalDataMatch {kind, span.start, span.end - span.start,
                                          text.mid(span.start, span.end - span.start)};
        }
    };
    // The order settles overlaps: an e-mail address can hold digits and names, and a phone
    // number can hold eight digits that pass as an old BSN.
    take(PersonalDataKind::EmailAddress, emailSpans(text));
    take(PersonalDataKind::PhoneNumber, phoneSpans(text));
    take(PersonalDataKind::Bsn, bsnSpans(text));
    take(PersonalDataKind::PersonName, NameScanner(text, masked + taken).scan());

    std::sort(
        matches.begin(), matches.end(),
        [](const PersonalDataMatch &a, const PersonalDataMatch &b) { return a.start < b.start; });
    return matches;
}

QString replacePersonalData(const QString &text, const QList<PersonalDataMatch> &matches,
                            const QString &replacement)
{
    QList<PersonalDataMatch> ordered = matches;
    // From the back, so that earlier positions stay valid.
    std::sort(
        ordered.begin(), ordered.end(),
        [](const PersonalDataMatch &a, const PersonalDataMatch &b) { return a.start > b.start; });
    QString result = text;
    qsizetype limit = text.size(); // where the last replaced match began
    for (const PersonalDataMatch &match : std::as_const(ordered)) {
        const qsizetype end = match.start + match.length;
        if (match.start < 0 || match.length <= 0 || end > limit)
            continue;
        if (!match.matched.isEmpty() &&
            QStringView(text).mid(match.start, match.length) != match.matched)
            continue;
        result.replace(match.start, match.length, replacement);
        limit = match.start;
    }
    return result;
}

QString personalDataLabel(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::PersonName:
        return QCoreApplication::translate("PersonalData", "personal name");
    case PersonalDataKind::Bsn:
        return QCoreApplication::translate("PersonalData", "citizen service number (BSN)");
    case PersonalDataKind::PhoneNumber:
        return QCoreApplication::translate("PersonalData", "phone number");
    case PersonalDataKind::EmailAddress:
        return QCoreApplication::translate("PersonalData", "e-mail address");
    }
    return {};
}

} // namespace schouw
