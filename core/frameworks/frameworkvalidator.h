#pragma once

#include "frameworkdocument.h"
#include "frameworkissue.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace schouw {

// The outcome of reading a framework document: the framework when the document is valid, else
// every problem found (up to FrameworkValidator::MaxIssues), each with its place.
struct FrameworkParse
{
    std::optional<LoadedFramework> framework; // set only when issues is empty
    FrameworkIssues issues;
};

// Reads and checks a framework document of format 1 (docs/framework-format.md). It never stops
// at the first problem: a person fixing a file wants the whole list. Framework files are
// untrusted: the size cap applies before parsing, every limit below is checked, and nothing here
// crashes or allocates without bound on hostile input. Pure: no vault, no I/O; any thread.
class FrameworkValidator
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkValidator)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxDocumentSize = 4 * 1024 * 1024;
    static constexpr int MaxIssues = 50;

    static constexpr int MaxCodeLength = 32; // framework, theme and norm codes; version
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxNormTextLength = 4000;
    static constexpr int MaxGuidanceLength = 8000;
    static constexpr int MaxEvidenceLength = 300;
    static constexpr int MaxQuestionLength = 1000;

    static constexpr int MaxThemes = 50;
    static constexpr int MaxNormsPerTheme = 100;
    static constexpr int MaxNorms = 500;
    static constexpr int MaxEvidencePerNorm = 20;
    static constexpr int MaxQuestionsPerGuide = 100;
    static constexpr int MaxNormsPerQuestion = 20;

    [[nodiscard]] static FrameworkParse parse(const QByteArray &json);
};

} // namespace schouw
