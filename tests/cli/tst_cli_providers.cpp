#include "clirunner.h"
#include "testvault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

// providers import through the real schouw-cli binary (helpers in clirunner.h).
namespace {

const QString Cases = QStringLiteral(SCHOUW_SOURCE_DIR "/tests/providers/data");

} // namespace

class TestCliProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importThenReimport();
    void dryRunWritesNothing();
    void problemsImportNothing();
    void validLinesOnlyImportsTheGoodRows();
    void semicolonFile();
    void usage();

private:
    static QStringList import(const QString &file, const QStringList &options = {})
    {
        return QStringList {QStringLiteral("providers"), QStringLiteral("import"), file} + options;
    }
    static QString fixture(const char *name)
    {
        return Cases + QLatin1Char('/') + QString::fromLatin1(name);
    }
};

void TestCliProviders::importThenReimport()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(workspace.init().exitCode, 0);
    const Run first = runCli(workspace.args(import(fixture("valid.csv"))));
    QCOMPARE(first.exitCode, 0);
    const QJsonObject json = first.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(json.value(QStringLiteral("providers_new")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("locations_new")).toInt(), 3);
    const Run again = runCli(workspace.args(import(fixture("valid.csv"))));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("providers_new")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("locations_new")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("providers_unchanged")).toInt(), 2);
}

void TestCliProviders::dryRunWritesNothing()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(workspace.init().exitCode, 0);
    const Run before = runCli(workspace.args({QStringLiteral("stats")}));
    QCOMPARE(before.exitCode, 0);
    const Run dry =
        runCli(workspace.args(import(fixture("valid.csv"), {QStringLiteral("--dry-run")})));
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(dry.json().value(QStringLiteral("providers_new")).toInt(), 2);
    const Run after = runCli(workspace.args({QStringLiteral("stats")}));
    QCOMPARE(after.out, before.out);
}

void TestCliProviders::problemsImportNothing()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(workspace.init().exitCode, 0);
    const Run before = runCli(workspace.args({QStringLiteral("stats")}));
    const Run run = runCli(workspace.args(import(fixture("problems.csv"))));
    QCOMPARE(run.exitCode, 4);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("kvk_number"));
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(runCli(workspace.args({QStringLiteral("stats")})).out, before.out);
}

void TestCliProviders::validLinesOnlyImportsTheGoodRows()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(workspace.init().exitCode, 0);
    const Run run = runCli(
        workspace.args(import(fixture("problems.csv"), {QStringLiteral("--valid-lines-only")})));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(json.value(QStringLiteral("providers_new")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("lines_skipped")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 3);
    // Only the good row is there: importing it again adds nothing.
    const Run again = runCli(workspace.args(
        import(fixture("problems.csv"),
               {QStringLiteral("--valid-lines-only"), QStringLiteral("--dry-run")})));
    QCOMPARE(again.json().value(QStringLiteral("providers_new")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("providers_unchanged")).toInt(), 1);
}

void TestCliProviders::semicolonFile()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(workspace.init().exitCode, 0);
    const Run run = runCli(workspace.args(import(fixture("semicolon.csv"))));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("providers_new")).toInt(), 1);
}

void TestCliProviders::usage()
{
    Workspace workspace;
    QVERIFY(workspace.isValid());
    QCOMPARE(
        runCli(workspace.args({QStringLiteral("providers"), QStringLiteral("import")})).exitCode,
        2);
    QCOMPARE(
        runCli(workspace.args({QStringLiteral("stats"), QStringLiteral("--dry-run")})).exitCode, 2);
    // A bad file is reported before the vault is opened: no vault needed.
    QCOMPARE(runCli(workspace.args(import(fixture("missingcolumn.csv")))).exitCode, 4);
    QCOMPARE(runCli(workspace.args(import(workspace.file(QStringLiteral("absent.csv"))))).exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cli_providers.moc"
