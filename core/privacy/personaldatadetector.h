#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace schouw {

// What a piece of personal data looks like. The heuristics behind each kind, with their known
// false positives and negatives, are in docs/personal-data-detection.md.
enum class PersonalDataKind { PersonName, Bsn, PhoneNumber, EmailAddress };

// One stretch of a scanned text that looks like personal data.
struct PersonalDataMatch
{
    PersonalDataKind kind = PersonalDataKind::PersonName;
    qsizetype start = 0; // in UTF-16 code units of the scanned text
    qsizetype length = 0; // in UTF-16 code units
    QString matched; // text.mid(start, length) at the time of the scan

    friend bool operator==(const PersonalDataMatch &, const PersonalDataMatch &) = default;
};

// Finds what looks like personal data: person names, BSNs, phone numbers and e-mail addresses.
// Pseudonyms of the built-in form ("Cliënt A", "Naaste B", "Medewerker C", ...) and every
// occurrence of a phrase in allowList (whole words, case-insensitive) are never reported.
// The matches do not overlap and are sorted by start. A heuristic: it finds likely data and
// misses some; the caller shows the matches to a person, who decides. Pure and reentrant: safe
// to call from any thread.
[[nodiscard]] QList<PersonalDataMatch> findPersonalData(const QString &text,
                                                        const QStringList &allowList = {});

// Returns text with each of the given matches replaced by replacement. The matches may come in
// any order; a match that lies outside the text, overlaps one already replaced, or whose
// non-empty `matched` no longer equals the text at its place (the text changed since the scan)
// is left alone.
[[nodiscard]] QString replacePersonalData(const QString &text,
                                          const QList<PersonalDataMatch> &matches,
                                          const QString &replacement);

// A short translated label for a kind, for warnings in the UI ("persoonsnaam", "BSN", ...).
[[nodiscard]] QString personalDataLabel(PersonalDataKind kind);

} // namespace schouw
