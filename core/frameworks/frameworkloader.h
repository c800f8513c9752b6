#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace schouw {

// One question of an interview guide and the norms it helps to assess (by norm code).
struct InterviewQuestion
{
    QString text;
    QStringList normCodes;
};

// The questions a family inspector asks one respondent group.
struct InterviewGuide
{
    RespondentGroup group = RespondentGroup::Client;
    QList<InterviewQuestion> questions;
};

// A framework version read from its document, with the document's own text (what
// FrameworkRepository::add(framework, definitionJson) stores and sync ships unchanged).
struct LoadedFramework
{
    Framework framework; // theme and norm ids as the vault derives them from the framework id
    QList<InterviewGuide> interviewGuides;
    QHash<QString, QStringList> evidence; // per norm code: what the inspector looks at
    QString definitionJson;
};

// Reads a framework definition document (format 1, see resources/frameworks). This is the minimal
// reader: it checks that the document is JSON with the fields it needs, of the right types, and
// that theme and norm codes are unique; the full validator comes with the framework issue.
// Framework files are untrusted input: a size cap applies before parsing, and every problem is an
// InvalidInput error, never a crash.
class FrameworkLoader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkLoader)

public:
    static constexpr qsizetype MaxDocumentSize = 4 * 1024 * 1024;

    [[nodiscard]] static Result<LoadedFramework> fromJson(const QByteArray &json);
    // Reads a file (also a Qt resource path such as ":/frameworks/ggz.json"). Io if unreadable.
    [[nodiscard]] static Result<LoadedFramework> fromFile(const QString &path);
};

} // namespace schouw
