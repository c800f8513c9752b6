#pragma once

#include "domain/vocabulary.h"

#include <span>

namespace schouw::demo {

// Word lists for the synthetic data. The entries are Dutch content (UTF-8), not user-interface
// text, so they are not translated. Placeholders in templates are written {name}; see
// demotexts.h for what each one becomes.

using Words = std::span<const char *const>;

struct City
{
    const char *name;
    int postcodeLow; // the four-digit postcode area of the city, roughly as in reality
    int postcodeHigh;
    const char *region;
};

[[nodiscard]] std::span<const City> cities();
[[nodiscard]] Words streets();
[[nodiscard]] Words firstNames();
[[nodiscard]] Words surnames(); // with their tussenvoegsel: "van der Meer"
[[nodiscard]] Words unitNames(); // names of wards, houses and groups: "De Wilg"

// How a sector speaks about the people it serves and the people who work there.
struct SectorWords
{
    Sector sector;
    const char *client; // "bewoner"
    const char *clients; // "bewoners"
    const char *staff; // "verzorgende IG"
    const char *otherStaff; // "specialist ouderengeneeskunde"
    const char *plan; // "zorgleefplan"
    const char *plans; // "zorgleefplannen"
    const char *unit; // "afdeling", empty where the sector has no wards
    bool residential; // people live or stay there (wards, groups)
    int weight; // share of providers in this sector (relative)
    int minLocations;
    int maxLocations;
};

[[nodiscard]] const SectorWords &sectorWords(Sector sector);

// Provider names: a pattern with {core}, {place}, {region}, {street} or {surname}, and the cores.
[[nodiscard]] Words providerPatterns(Sector sector);
[[nodiscard]] Words providerCores(Sector sector);
// What a location is called: a prefix before a unit name or the city.
[[nodiscard]] Words locationPrefixes(Sector sector);

// Risk signals per source: for every sector, and for residential ones only.
[[nodiscard]] Words signalTemplates(SignalSource source);
[[nodiscard]] Words residentialSignalTemplates(SignalSource source);

// Templates starting with "R:" fit only residential sectors (see SectorWords::residential).
[[nodiscard]] Words findingTemplates(ObservationSource source);
// Findings about the linked norm, with {norm} and {evidence}.
[[nodiscard]] Words normFindingTemplates(ObservationSource source);
[[nodiscard]] Words interviewAnswers(RespondentGroup group);
[[nodiscard]] Words fallbackQuestions(RespondentGroup group);
[[nodiscard]] Words reviewCommentTemplates();
[[nodiscard]] Words documentNames();
[[nodiscard]] Words monthNames(); // "januari" .. "december"

struct TeamTemplate
{
    const char *name;
    Sector sectors[2];
    int sectorCount;
};

[[nodiscard]] std::span<const TeamTemplate> teamTemplates();

} // namespace schouw::demo
