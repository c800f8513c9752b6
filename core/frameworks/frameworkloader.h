#pragma once

#include "domain/error.h"
#include "frameworkdocument.h"
#include "frameworkvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace schouw {

// Reads framework documents (docs/framework-format.md) from bytes or files. The checking is
// FrameworkValidator's; this adds file access and, for callers that want one Error, folds the
// issues into it.
class FrameworkLoader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkLoader)

public:
    static constexpr qsizetype MaxDocumentSize = FrameworkValidator::MaxDocumentSize;

    // Every problem in the file, or the framework. A file that cannot be read is one Unreadable
    // issue; one over the size cap is refused without reading it whole. path may be a Qt
    // resource path (":/frameworks/ggz.json").
    [[nodiscard]] static FrameworkParse readFile(const QString &path);

    // The same as one Error: InvalidInput whose message names the first problem and how many
    // there are, and whose detail lists every problem's place and kind (no document text).
    [[nodiscard]] static Result<LoadedFramework> fromJson(const QByteArray &json);
    // As fromJson; Io if the file cannot be read.
    [[nodiscard]] static Result<LoadedFramework> fromFile(const QString &path);

    // The Error fromJson gives for these issues (which must not be empty).
    [[nodiscard]] static Error errorFor(const FrameworkIssues &issues, const QString &file = {});
};

} // namespace schouw
