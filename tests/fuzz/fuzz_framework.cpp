// libFuzzer harness for the framework reader (docs/fuzzing.md). Framework files come from outside
// the inspectorate's control, so FrameworkValidator::parse must never crash or allocate without
// bound, and its result must be coherent: a framework exactly when there are no issues, at most
// MaxIssues issues (plus the "stopped" marker), positions inside the document, every limit of
// the format held, and the text it keeps (definitionJson, what the vault stores and sync ships)
// reading back to the same framework. Every broken property aborts, which libFuzzer reports as a
// crash.
#include "frameworks/frameworkloader.h"
#include "frameworks/frameworkvalidator.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace schouw;

namespace {

[[noreturn]] void broken(const char *property)
{
    std::fprintf(stderr, "fuzz_framework: property broken: %s\n", property);
    std::abort();
}

void check(bool holds, const char *property)
{
    if (!holds)
        broken(property);
}

bool sameNorms(const QList<Norm> &a, const QList<Norm> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].themeId != b[i].themeId || a[i].code != b[i].code ||
            a[i].title != b[i].title || a[i].text != b[i].text || a[i].guidance != b[i].guidance ||
            a[i].position != b[i].position)
            return false;
    }
    return true;
}

bool sameFramework(const LoadedFramework &a, const LoadedFramework &b)
{
    const Framework &x = a.framework;
    const Framework &y = b.framework;
    if (x.id != y.id || x.code != y.code || x.version != y.version || x.title != y.title ||
        x.sectors != y.sectors || x.themes.size() != y.themes.size())
        return false;
    for (qsizetype i = 0; i < x.themes.size(); ++i) {
        const Theme &s = x.themes[i];
        const Theme &t = y.themes[i];
        if (s.id != t.id || s.frameworkId != t.frameworkId || s.code != t.code ||
            s.title != t.title || s.position != t.position || !sameNorms(s.norms, t.norms))
            return false;
    }
    if (a.interviewGuides.size() != b.interviewGuides.size() || a.evidence != b.evidence)
        return false;
    for (qsizetype i = 0; i < a.interviewGuides.size(); ++i) {
        const InterviewGuide &g = a.interviewGuides[i];
        const InterviewGuide &h = b.interviewGuides[i];
        if (g.group != h.group || g.questions.size() != h.questions.size())
            return false;
        for (qsizetype q = 0; q < g.questions.size(); ++q) {
            if (g.questions[q].text != h.questions[q].text ||
                g.questions[q].normCodes != h.questions[q].normCodes)
                return false;
        }
    }
    return true;
}

void checkLimits(const LoadedFramework &loaded)
{
    const Framework &framework = loaded.framework;
    check(!framework.id.isNull(), "a valid framework has an id");
    check(framework.code.size() <= FrameworkValidator::MaxCodeLength, "code within its limit");
    check(framework.version.size() <= FrameworkValidator::MaxCodeLength,
          "version within its limit");
    check(framework.title.size() <= FrameworkValidator::MaxTitleLength, "title within its limit");
    check(!framework.themes.isEmpty(), "a valid framework has themes");
    check(framework.themes.size() <= FrameworkValidator::MaxThemes, "themes within the limit");
    check(loaded.normCount() <= FrameworkValidator::MaxNorms, "norms within the limit");
    for (const Theme &theme : framework.themes) {
        check(!theme.norms.isEmpty(), "every theme has norms");
        check(theme.norms.size() <= FrameworkValidator::MaxNormsPerTheme,
              "norms per theme within the limit");
        for (const Norm &norm : theme.norms) {
            check(norm.code.size() <= FrameworkValidator::MaxCodeLength,
                  "norm code within its limit");
            check(norm.text.size() <= FrameworkValidator::MaxNormTextLength,
                  "norm text within its limit");
            check(norm.guidance.size() <= FrameworkValidator::MaxGuidanceLength,
                  "guidance within its limit");
        }
    }
    for (const QStringList &items : loaded.evidence) {
        check(items.size() <= FrameworkValidator::MaxEvidencePerNorm,
              "evidence per norm within the limit");
        for (const QString &text : items)
            check(text.size() <= FrameworkValidator::MaxEvidenceLength,
                  "evidence within its limit");
    }
    for (const InterviewGuide &guide : loaded.interviewGuides) {
        check(guide.questions.size() <= FrameworkValidator::MaxQuestionsPerGuide,
              "questions per guide within the limit");
        for (const InterviewQuestion &question : guide.questions) {
            check(question.text.size() <= FrameworkValidator::MaxQuestionLength,
                  "question within its limit");
            check(question.normCodes.size() <= FrameworkValidator::MaxNormsPerQuestion,
                  "norms per question within the limit");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const FrameworkParse parse = FrameworkValidator::parse(json);

    check(parse.framework.has_value() == parse.issues.isEmpty(),
          "a framework exactly when there are no issues");
    check(parse.issues.size() <= FrameworkValidator::MaxIssues + 1, "issues capped");
    const qsizetype lines = json.count('\n') + 1;
    for (qsizetype i = 0; i < parse.issues.size(); ++i) {
        const FrameworkIssue &issue = parse.issues[i];
        check(!issue.message.isEmpty(), "every issue has a message");
        check(!FrameworkIssue::kindKey(issue.kind).isEmpty(), "every kind has a key");
        check(issue.kind != FrameworkIssue::Kind::TooManyProblems ||
                  i == FrameworkValidator::MaxIssues,
              "the cap marker comes last, after MaxIssues issues");
        check(issue.line >= 0 && issue.line <= lines, "line inside the document");
        check(issue.column >= 0 && issue.column <= json.size() + 1, "column inside the document");
        check((issue.line == 0) == (issue.column == 0), "line and column known together");
        check(!issue.toString(QStringLiteral("f.json")).isEmpty(), "an issue prints");
    }

    if (!parse.framework) {
        const Error error = FrameworkLoader::errorFor(parse.issues);
        check(error.code == ErrorCode::InvalidInput, "a refused document is InvalidInput");
        check(!error.message.isEmpty(), "a refused document has a message");
        return 0;
    }

    const LoadedFramework &loaded = *parse.framework;
    checkLimits(loaded);
    // The kept text is the document itself, and reads back to the same framework.
    const QByteArray kept = loaded.definitionJson.toUtf8();
    check(kept == json, "definitionJson is the document unchanged");
    const FrameworkParse again = FrameworkValidator::parse(kept);
    check(again.framework.has_value(), "the kept text validates again");
    check(sameFramework(*again.framework, loaded), "the kept text reads to the same framework");
    return 0;
}
