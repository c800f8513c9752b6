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

namespace {

const QByteArray NewPassphrase = "kievitsbloem-dijkhuis-negentig";
const QStringList StatsKeys = {QStringLiteral("providers"),  QStringLiteral("frameworks"),
                               QStringLiteral("visits"),     QStringLiteral("observations"),
                               QStringLiteral("interviews"), QStringLiteral("attachments"),
                               QStringLiteral("reports"),    QStringLiteral("pending_changes")};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void initThenStatsShowsZeros();
    void initRefusesExistingVault();
    void weakPassphraseFromFileIsAcceptedWithWarning();
    void wrongPassphraseChangesNothing();
    void usageErrors_data();
    void usageErrors();
    void damagedKeyFile();
    void truncatedDatabase();
    void missingVault();
    void passwdWithFiles();
    void passwdWithWrongCurrentPassphrase();
    void checkHealthyVault();
    void passphraseFromStandardInput();
    void emptyStandardInputIsRefused();
    void demoSmallThenStats();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--vault DIR"));
    QVERIFY(help.out.contains("for tests only"));
    QVERIFY(help.err.isEmpty());

    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("schouw-cli "), version.out.constData());
}

void TestCli::initThenStatsShowsZeros()
{
    Workspace space;
    QVERIFY(space.isValid());
    const Run init = space.init();
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.err.isEmpty(), init.err.constData());
    QVERIFY(QFile::exists(space.vault() + QStringLiteral("/schouw.key")));

    const Run stats = runCli(space.args({QStringLiteral("stats")}));
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), stats.err.constData());
    QCOMPARE(stats.out.count('\n'), 1); // one JSON object on one line
    const QJsonObject json = stats.json();
    QCOMPARE(json.size(), StatsKeys.size());
    for (const QString &key : StatsKeys) {
        QVERIFY2(json.contains(key), qPrintable(key));
        QVERIFY2(json.value(key).isDouble(), qPrintable(key));
        QCOMPARE(json.value(key).toInteger(-1), 0);
    }
}

void TestCli::initRefusesExistingVault()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QByteArray key = readAll(space.vault() + QStringLiteral("/schouw.key"));
    const Run again = space.init();
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
    QCOMPARE(readAll(space.vault() + QStringLiteral("/schouw.key")), key);
}

void TestCli::weakPassphraseFromFileIsAcceptedWithWarning()
{
    Workspace space;
    QVERIFY(space.isValid());
    QVERIFY(writeAll(space.file(QStringLiteral("weak")), "aaaaaaaaaaaa\n"));
    const Run init =
        runCli(space.args({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("fast")},
                          space.file(QStringLiteral("weak"))));
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(init.errLines().size(), 1);
    QVERIFY2(init.err.contains("warning"), init.err.constData());
    QVERIFY(!init.err.contains("aaaaaaaaaaaa"));
}

void TestCli::wrongPassphraseChangesNothing()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QString wrong = space.file(QStringLiteral("wrong"));
    QVERIFY(writeAll(wrong, "not-the-right-passphrase\n"));
    const auto before = test::vaultFiles(space.vault());
    QVERIFY(!before.isEmpty());

    for (const QString &verb : {QStringLiteral("stats"), QStringLiteral("check")}) {
        const Run run = runCli(space.args({verb}, wrong));
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!run.err.contains("not-the-right-passphrase"));
        QCOMPARE(test::vaultFiles(space.vault()), before);
    }

    // In Dutch, the primary language, the same one line.
    const Run dutch =
        runCli(space.args({QStringLiteral("stats")}, wrong), {}, QStringLiteral("nl"));
    QCOMPARE(dutch.exitCode, 3);
    QCOMPARE(dutch.errLines().size(), 1);
    QVERIFY2(dutch.err.contains("wachtwoordzin is onjuist"), dutch.err.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString vault = QStringLiteral("/nonexistent/schouw-cli-test");
    QTest::newRow("nothing") << QStringList {};
    QTest::newRow("no vault") << QStringList {QStringLiteral("stats")};
    QTest::newRow("no verb") << QStringList {QStringLiteral("--vault"), vault};
    QTest::newRow("unknown verb") << QStringList {QStringLiteral("--vault"), vault,
                                                  QStringLiteral("frobnicate")};
    QTest::newRow("two verbs") << QStringList {QStringLiteral("--vault"), vault,
                                               QStringLiteral("stats"), QStringLiteral("check")};
    QTest::newRow("unknown option") << QStringList {
        QStringLiteral("--vault"), vault, QStringLiteral("--frob"), QStringLiteral("stats")};
    QTest::newRow("passphrase argument")
        << QStringList {QStringLiteral("--vault"), vault, QStringLiteral("--passphrase"),
                        QStringLiteral("geheim-wachtwoord"), QStringLiteral("stats")};
    QTest::newRow("passphrase argument with =")
        << QStringList {QStringLiteral("--vault"), vault,
                        QStringLiteral("--passphrase=geheim-wachtwoord"), QStringLiteral("stats")};
    QTest::newRow("passphrase as extra argument")
        << QStringList {QStringLiteral("--vault"), vault, QStringLiteral("stats"),
                        QStringLiteral("geheim-wachtwoord")};
    QTest::newRow("option of another verb")
        << QStringList {QStringLiteral("--vault"), vault, QStringLiteral("stats"),
                        QStringLiteral("--profile"), QStringLiteral("small")};
    QTest::newRow("unknown kdf") << QStringList {QStringLiteral("--vault"), vault,
                                                 QStringLiteral("init"), QStringLiteral("--kdf"),
                                                 QStringLiteral("slow")};
    QTest::newRow("demo without profile")
        << QStringList {QStringLiteral("--vault"), vault, QStringLiteral("demo")};
    QTest::newRow("bad seed") << QStringList {
        QStringLiteral("--vault"), vault,
        QStringLiteral("demo"),    QStringLiteral("--profile"),
        QStringLiteral("small"),   QStringLiteral("--seed"),
        QStringLiteral("many")};
    QTest::newRow("missing value")
        << QStringList {QStringLiteral("stats"), QStringLiteral("--vault")};
    QTest::newRow("vault twice") << QStringList {QStringLiteral("--vault"), vault,
                                                 QStringLiteral("--vault"), vault,
                                                 QStringLiteral("stats")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(!run.err.contains("geheim"), run.err.constData());
}

void TestCli::damagedKeyFile()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QString keyPath = space.vault() + QStringLiteral("/schouw.key");
    QByteArray key = readAll(keyPath);
    QVERIFY(key.size() > 100);
    key[100] = static_cast<char>(key[100] ^ 0x01);
    QVERIFY(writeAll(keyPath, key));

    const Run run = runCli(space.args({QStringLiteral("stats")}));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(readAll(keyPath), key);
}

void TestCli::truncatedDatabase()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QString dbPath = space.vault() + QStringLiteral("/schouw.db");
    const QByteArray db = readAll(dbPath);
    QVERIFY(db.size() >= 8192);
    QVERIFY(writeAll(dbPath, db.left(db.size() / 2)));

    const Run run = runCli(space.args({QStringLiteral("stats")}));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(readAll(dbPath), db.left(db.size() / 2));
}

void TestCli::missingVault()
{
    Workspace space;
    QVERIFY(space.isValid());
    const Run run = runCli(space.args({QStringLiteral("stats")}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
}

void TestCli::passwdWithFiles()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QString newFile = space.file(QStringLiteral("new"));
    QVERIFY(writeAll(newFile, NewPassphrase + "\r\n")); // a Windows line end is stripped too
    const QString dbPath = space.vault() + QStringLiteral("/schouw.db");
    const QByteArray dbBefore = readAll(dbPath);
    const QByteArray keyBefore = readAll(space.vault() + QStringLiteral("/schouw.key"));

    const Run passwd =
        runCli(space.args({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"),
                           newFile, QStringLiteral("--kdf"), QStringLiteral("fast")}));
    QCOMPARE(passwd.exitCode, 0);
    QVERIFY2(passwd.err.isEmpty(), passwd.err.constData());
    QCOMPARE(readAll(dbPath), dbBefore);
    QVERIFY(readAll(space.vault() + QStringLiteral("/schouw.key")) != keyBefore);

    QCOMPARE(runCli(space.args({QStringLiteral("stats")})).exitCode, 3);
    const Run stats = runCli(space.args({QStringLiteral("stats")}, newFile));
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(stats.json().contains(QStringLiteral("providers")));
}

void TestCli::passwdWithWrongCurrentPassphrase()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const QString wrong = space.file(QStringLiteral("wrong"));
    QVERIFY(writeAll(wrong, "not-the-right-passphrase\n"));
    const QString newFile = space.file(QStringLiteral("new"));
    QVERIFY(writeAll(newFile, NewPassphrase + '\n'));
    const auto before = test::vaultFiles(space.vault());

    const Run passwd =
        runCli(space.args({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"),
                           newFile, QStringLiteral("--kdf"), QStringLiteral("fast")},
                          wrong));
    QCOMPARE(passwd.exitCode, 3);
    QCOMPARE(passwd.errLines().size(), 1);
    QCOMPARE(test::vaultFiles(space.vault()), before);
}

void TestCli::checkHealthyVault()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const Run check = runCli(space.args({QStringLiteral("check")}));
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.isEmpty(), check.err.constData());
    const QJsonObject json = check.json();
    QCOMPARE(json.value(QStringLiteral("ok")), QJsonValue(true));
    QVERIFY(json.value(QStringLiteral("problems")).isArray());
    QVERIFY(json.value(QStringLiteral("problems")).toArray().isEmpty());
    QVERIFY(!json.value(QStringLiteral("cipher_version")).toString().isEmpty());
    QVERIFY(json.value(QStringLiteral("schema_version")).toInt() >= 1);
    QVERIFY(json.value(QStringLiteral("audit_events")).isDouble());
}

void TestCli::passphraseFromStandardInput()
{
    Workspace space;
    QVERIFY(space.isValid());
    // A pipe is no terminal: one line each, no prompt, no confirmation.
    const Run init = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("init"),
                             QStringLiteral("--kdf"), QStringLiteral("fast")},
                            Passphrase + '\n');
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.err.isEmpty(), init.err.constData());

    const Run stats = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("stats")},
                             Passphrase + '\n');
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.json().value(QStringLiteral("providers")).toInteger(-1), 0);

    // passwd reads the current passphrase, then the new one, from consecutive lines.
    const Run passwd = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("passwd"),
                               QStringLiteral("--kdf"), QStringLiteral("fast")},
                              Passphrase + '\n' + NewPassphrase + '\n');
    QCOMPARE(passwd.exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("stats")},
                    NewPassphrase + '\n')
                 .exitCode,
             0);

    const Run wrong = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("stats")},
                             Passphrase + '\n');
    QCOMPARE(wrong.exitCode, 3);
    QCOMPARE(wrong.errLines().size(), 1);
}

void TestCli::emptyStandardInputIsRefused()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const Run run = runCli({QStringLiteral("--vault"), space.vault(), QStringLiteral("stats")});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.errLines().size(), 1);
}

void TestCli::demoSmallThenStats()
{
    Workspace space;
    QVERIFY(space.isValid());
    QCOMPARE(space.init().exitCode, 0);
    const Run demo = runCli(
        space.args({QStringLiteral("demo"), QStringLiteral("--profile"), QStringLiteral("small"),
                    QStringLiteral("--seed"), QStringLiteral("7")}));
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    const QJsonObject made = demo.json();
    QVERIFY(made.value(QStringLiteral("providers")).toInteger() > 0);

    const Run stats = runCli(space.args({QStringLiteral("stats")}));
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject counts = stats.json();
    for (const QString &key : {QStringLiteral("providers"), QStringLiteral("frameworks"),
                               QStringLiteral("visits"), QStringLiteral("observations")}) {
        QVERIFY2(counts.value(key).toInteger() > 0, qPrintable(key));
        QCOMPARE(counts.value(key).toInteger(), made.value(key).toInteger());
    }
    QVERIFY(counts.value(QStringLiteral("pending_changes")).toInteger() > 0);

    const Run check = runCli(space.args({QStringLiteral("check")}));
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.json().value(QStringLiteral("audit_events")).toInteger() >= 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
