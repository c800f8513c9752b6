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

// The framework and visit verbs of the real schouw-cli binary. The helpers are tst_cli.cpp's.
namespace {

const QString Frameworks = QStringLiteral(SCHOUW_SOURCE_DIR "/resources/frameworks");
const QString Cases = QStringLiteral(SCHOUW_SOURCE_DIR "/tests/frameworks/data");

} // namespace

class TestCliFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importListShowRoundTrip();
    void importTwiceIsANoOp();
    void changedDocumentIsRefusedAndNothingChanges();
    void invalidFileListsEveryProblem();
    void invalidFileNeedsNoVault();
    void usage_data();
    void usage();
    void visitListAfterDemo();
};

void TestCliFrameworks::importListShowRoundTrip()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const Run imported = runCli(space.args(
        {QStringLiteral("framework"), QStringLiteral("import"), Frameworks + u"/ggz.json"}));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject summary = imported.json();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(summary.value(QStringLiteral("code")).toString(), QStringLiteral("GGZ"));
    const QString id = summary.value(QStringLiteral("id")).toString();

    const Run list = runCli(space.args({QStringLiteral("framework"), QStringLiteral("list")}));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray frameworks = list.array();
    QCOMPARE(frameworks.size(), 1);
    const QJsonObject listed = frameworks.at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(listed.value(QStringLiteral("version")).toString(), QStringLiteral("2026.1"));
    QCOMPARE(listed.value(QStringLiteral("themes")).toInt(),
             summary.value(QStringLiteral("themes")).toInt());
    QCOMPARE(listed.value(QStringLiteral("norms")).toInt(),
             summary.value(QStringLiteral("norms")).toInt());

    const Run show = runCli(space.args({QStringLiteral("framework"), QStringLiteral("show"), id}));
    QCOMPARE(show.exitCode, 0);
    // What show prints is the file's content: themes, norms, evidence and guides.
    const QJsonObject source = QJsonDocument::fromJson(readAll(Frameworks + u"/ggz.json")).object();
    const QJsonObject shown = show.json();
    QCOMPARE(shown.value(QStringLiteral("title")), source.value(QStringLiteral("title")));
    const QJsonArray themes = shown.value(QStringLiteral("themes")).toArray();
    const QJsonArray sourceThemes = source.value(QStringLiteral("themes")).toArray();
    QCOMPARE(themes.size(), sourceThemes.size());
    for (qsizetype t = 0; t < themes.size(); ++t) {
        const QJsonArray norms = themes.at(t)[QStringLiteral("norms")].toArray();
        const QJsonArray sourceNorms = sourceThemes.at(t)[QStringLiteral("norms")].toArray();
        QCOMPARE(norms.size(), sourceNorms.size());
        for (qsizetype n = 0; n < norms.size(); ++n)
            for (const QString &key :
                 {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("text"),
                  QStringLiteral("guidance"), QStringLiteral("evidence")})
                QCOMPARE(norms.at(n)[key], sourceNorms.at(n)[key]);
    }
    QCOMPARE(shown.value(QStringLiteral("interviewGuides")),
             source.value(QStringLiteral("interviewGuides")));

    const Run missing =
        runCli(space.args({QStringLiteral("framework"), QStringLiteral("show"),
                           QStringLiteral("9a1d4c1e-5b7e-4f0a-8a55-0d1e2f3a4b5c")}));
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.errLines().size(), 1);
}

void TestCliFrameworks::importTwiceIsANoOp()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QStringList import = {QStringLiteral("framework"), QStringLiteral("import"),
                                Frameworks + u"/jeugdhulp.json"};
    QCOMPARE(runCli(space.args(import)).exitCode, 0);
    const QByteArray statsBefore = runCli(space.args({QStringLiteral("stats")})).out;
    const Run again = runCli(space.args(import));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("already_present"));
    QCOMPARE(runCli(space.args({QStringLiteral("stats")})).out, statsBefore);
}

void TestCliFrameworks::changedDocumentIsRefusedAndNothingChanges()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    QCOMPARE(runCli(space.args({QStringLiteral("framework"), QStringLiteral("import"),
                                Frameworks + u"/thuiszorg.json"}))
                 .exitCode,
             0);
    const QByteArray statsBefore = runCli(space.args({QStringLiteral("stats")})).out;
    const QByteArray listBefore =
        runCli(space.args({QStringLiteral("framework"), QStringLiteral("list")})).out;

    QJsonObject changed =
        QJsonDocument::fromJson(readAll(Frameworks + u"/thuiszorg.json")).object();
    changed.insert(QStringLiteral("title"), QStringLiteral("Een andere titel"));
    QVERIFY(writeAll(space.file(QStringLiteral("changed.json")), QJsonDocument(changed).toJson()));
    const Run refused = runCli(space.args({QStringLiteral("framework"), QStringLiteral("import"),
                                           space.file(QStringLiteral("changed.json"))}));
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(runCli(space.args({QStringLiteral("stats")})).out, statsBefore);
    QCOMPARE(runCli(space.args({QStringLiteral("framework"), QStringLiteral("list")})).out,
             listBefore);
}

void TestCliFrameworks::invalidFileListsEveryProblem()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QByteArray statsBefore = runCli(space.args({QStringLiteral("stats")})).out;
    const QString file = Cases + u"/several-problems.json";
    const Run run =
        runCli(space.args({QStringLiteral("framework"), QStringLiteral("import"), file}));
    QCOMPARE(run.exitCode, 4);
    // The error stays one line; the problems are JSON on standard output.
    QCOMPARE(run.errLines(),
             QStringList {
                 QStringLiteral("schouw-cli: 6 problems in %1; nothing was imported.").arg(file)});
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 6);
    const QJsonObject duplicate = problems.at(2).toObject();
    QCOMPARE(duplicate.value(QStringLiteral("kind")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(duplicate.value(QStringLiteral("path")).toString(),
             QStringLiteral("themes[0].norms[1].code"));
    QCOMPARE(duplicate.value(QStringLiteral("line")).toInt(), 24);
    QCOMPARE(duplicate.value(QStringLiteral("column")).toInt(), 19);
    QVERIFY(!duplicate.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(runCli(space.args({QStringLiteral("stats")})).out, statsBefore);
}

void TestCliFrameworks::invalidFileNeedsNoVault()
{
    // The file is checked before the vault is opened: no vault, no passphrase needed.
    Workspace space;
    QVERIFY(space.isValid());
    const Run run = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("framework"),
                            QStringLiteral("import"), Cases + u"/syntax-truncated.json"});
    QCOMPARE(run.exitCode, 4);
    const QJsonObject problem =
        run.json().value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(problem.value(QStringLiteral("kind")).toString(), QStringLiteral("syntax"));
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 11);
}

void TestCliFrameworks::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("framework alone") << QStringList {QStringLiteral("framework")};
    QTest::newRow("import without file")
        << QStringList {QStringLiteral("framework"), QStringLiteral("import")};
    QTest::newRow("list with argument")
        << QStringList {QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("x")};
    QTest::newRow("show without id")
        << QStringList {QStringLiteral("framework"), QStringLiteral("show")};
    QTest::newRow("provider not an id")
        << QStringList {QStringLiteral("visit"), QStringLiteral("list"),
                        QStringLiteral("--provider"), QStringLiteral("acme")};
    QTest::newRow("provider on framework list") << QStringList {
        QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("--provider"),
        QStringLiteral("9a1d4c1e-5b7e-4f0a-8a55-0d1e2f3a4b5c")};
}

void TestCliFrameworks::usage()
{
    QFETCH(QStringList, arguments);
    Workspace space;
    QVERIFY(space.isValid());
    const Run run = runCli(space.args(arguments));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
}

void TestCliFrameworks::visitListAfterDemo()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    QCOMPARE(runCli(space.args({QStringLiteral("demo"), QStringLiteral("--profile"),
                                QStringLiteral("small")}))
                 .exitCode,
             0);
    const qint64 visitCount =
        runCli(space.args({QStringLiteral("stats")})).json()[QStringLiteral("visits")].toInteger();
    const Run all = runCli(space.args({QStringLiteral("visit"), QStringLiteral("list")}));
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QJsonArray visits = all.array();
    QCOMPARE(visits.size(), visitCount);
    QVERIFY(!visits.isEmpty());
    const QJsonObject visit = visits.at(0).toObject();
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("type"),
          QStringLiteral("started"), QStringLiteral("ended"), QStringLiteral("status"),
          QStringLiteral("judged"), QStringLiteral("total")})
        QVERIFY2(visit.contains(key), qPrintable(key));
    // The demo's reported visits carry judgements; none has more than its framework's norms.
    int judgedVisits = 0;
    for (const QJsonValue &each : visits) {
        const int judged = each[QStringLiteral("judged")].toInt();
        QVERIFY(judged >= 0 && judged <= each[QStringLiteral("total")].toInt());
        QVERIFY(each[QStringLiteral("total")].toInt() > 0);
        judgedVisits += judged > 0 ? 1 : 0;
    }
    QVERIFY(judgedVisits > 0);
    const QString status = visit[QStringLiteral("status")].toString();
    QVERIFY(status == QStringLiteral("open") || status == QStringLiteral("finished"));

    const QString provider = visit[QStringLiteral("provider")][QStringLiteral("id")].toString();
    const Run one = runCli(space.args(
        {QStringLiteral("visit"), QStringLiteral("list"), QStringLiteral("--provider"), provider}));
    QCOMPARE(one.exitCode, 0);
    qsizetype expected = 0;
    for (const QJsonValue &each : visits)
        if (each[QStringLiteral("provider")][QStringLiteral("id")].toString() == provider)
            ++expected;
    QCOMPARE(one.array().size(), expected);
    for (const QJsonValue &each : one.array())
        QCOMPARE(each[QStringLiteral("provider")][QStringLiteral("id")].toString(), provider);
}

QTEST_GUILESS_MAIN(TestCliFrameworks)
#include "tst_cli_frameworks.moc"
