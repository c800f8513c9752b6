#pragma once

#include "domain/records.h"

namespace schouw::test {

// A framework version for tests: "VV 2026.1, Toetsingskader verpleeghuiszorg", themes "1".."n"
// titled "Thema t", each with norms "t.1".."t.m" titled "Norm t.n" and the text "Tekst van norm
// t.n". A fresh id each call; the norms' ids are derived when it is stored.
[[nodiscard]] Framework sampleFramework(int themes = 2, int normsPerTheme = 3);

} // namespace schouw::test
