#pragma once

#include <QString>

// Word lists behind the person-name heuristics of the personal-data detector. Internal to
// core/privacy; see docs/personal-data-detection.md for what each list is for.
namespace schouw::privacy {

// A common given name in the Netherlands, spelled exactly as given ("Jan", "Ayşe"; not "jan").
// Excludes the ambiguous names below.
[[nodiscard]] bool isCommonFirstName(const QString &word);

// A given name that is also an ordinary Dutch word ("Roos", "Bas", "Job", "Ben", "Wil"):
// only a name when a surname follows. Exact spelling, as above.
[[nodiscard]] bool isAmbiguousFirstName(const QString &word);

// A word that, capitalised, is an ordinary word at the start of a sentence or a heading and never
// a surname on its own ("De", "Daarna", "Maandag"). Takes the word in lower case.
[[nodiscard]] bool isNameStopWord(const QString &lowerWord);

// A word that ends a street, institution or place name ("Galenstraat", "Ziekenhuis"): a
// "first name + surname" that contains one is a place, not a person. Takes the word in lower case.
[[nodiscard]] bool isPlaceWord(const QString &lowerWord);

} // namespace schouw::privacy
