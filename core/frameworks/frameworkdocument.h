#pragma once

#include "domain/records.h"
#include "domain/vocabulary.h"

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

// A framework version read from its document (docs/framework-format.md), with the document's own
// text: what FrameworkRepository::add(framework, definitionJson) stores and sync ships unchanged.
struct LoadedFramework
{
    Framework framework; // theme and norm ids as the vault derives them from the framework id
    QList<InterviewGuide> interviewGuides;
    QHash<QString, QStringList> evidence; // per norm code: what the inspector looks at
    QString definitionJson;

    [[nodiscard]] int normCount() const
    {
        int count = 0;
        for (const Theme &theme : framework.themes)
            count += static_cast<int>(theme.norms.size());
        return count;
    }
};

} // namespace schouw
