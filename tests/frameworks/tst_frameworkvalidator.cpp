#include "frameworks/frameworkimport.h"
#include "frameworks/frameworkloader.h"
#include "testvault.h"
#include "vault/frameworkrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;

namespace {

const QString DataDir = QStringLiteral(SCHOUW_TEST_DATA_DIR);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The form the .expected files use: "line:column kind path", one issue a line.
QStringList described(const FrameworkIssues &issues)
{
    QStringList lines;
    for (const FrameworkIssue &issue : issues)
        lines << QStringLiteral("%1:%2 %3 %4")
                     .arg(issue.line)
                     .arg(issue.column)
                     .arg(FrameworkIssue::kindKey(issue.kind), issue.path);
    return lines;
}

QJsonObject validDocument()
{
    return QJsonDocument::fromJson(readAll(DataDir + QStringLiteral("/valid.json"))).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFrameworkValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedFiles_data();
    void malformedFiles();
    void validFileReadsWhole();
    void shippedFrameworksAreValid_data();
    void shippedFrameworksAreValid();
    void tooLargeIsRefusedBeforeParsing();
    void unreadableFile();
    void problemsAreCapped();
    void errorNamesFileAndPlace();
    void importIsImmutable();
};

void TestFrameworkValidator::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(DataDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 30);
    for (const QString &file : files) {
        if (file != QStringLiteral("valid.json"))
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestFrameworkValidator::malformedFiles()
{
    QFETCH(QString, file);
    QString expectedPath = file;
    expectedPath.replace(QStringLiteral(".json"), QStringLiteral(".expected"));
    const QStringList expected =
        QString::fromUtf8(readAll(expectedPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!expected.isEmpty());

    const FrameworkParse parse = FrameworkLoader::readFile(file);
    QVERIFY(!parse.framework);
    QCOMPARE(described(parse.issues).join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    for (const FrameworkIssue &issue : parse.issues)
        QVERIFY(!issue.message.isEmpty());

    auto loaded = FrameworkLoader::fromFile(file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
    QVERIFY(loaded.error().message.contains(file));
}

void TestFrameworkValidator::validFileReadsWhole()
{
    const QString path = DataDir + QStringLiteral("/valid.json");
    const FrameworkParse parse = FrameworkLoader::readFile(path);
    QVERIFY2(parse.issues.isEmpty(), qPrintable(described(parse.issues).join(u'\n')));
    QVERIFY(parse.framework);
    const LoadedFramework &loaded = *parse.framework;
    QCOMPARE(loaded.framework.code, QStringLiteral("TK"));
    QCOMPARE(loaded.framework.sectors, (QList<Sector> {Sector::NursingAndCare, Sector::HomeCare}));
    QCOMPARE(loaded.framework.themes.size(), 2);
    QCOMPARE(loaded.normCount(), 3);
    const Norm &norm = loaded.framework.themes.at(0).norms.at(1);
    QCOMPARE(norm.code, QStringLiteral("1.2"));
    QCOMPARE(norm.position, 1);
    QCOMPARE(norm.id, FrameworkRepository::normId(loaded.framework.id, QStringLiteral("1.2")));
    QCOMPARE(loaded.evidence.value(QStringLiteral("1.1")),
             QStringList {QStringLiteral("zorgplan")});
    QCOMPARE(loaded.interviewGuides.size(), 2);
    QCOMPARE(loaded.interviewGuides.at(1).group, RespondentGroup::Staff);
    QCOMPARE(loaded.definitionJson, QString::fromUtf8(readAll(path)));
}

void TestFrameworkValidator::shippedFrameworksAreValid_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SCHOUW_FRAMEWORKS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestFrameworkValidator::shippedFrameworksAreValid()
{
    QFETCH(QString, file);
    const FrameworkParse parse = FrameworkLoader::readFile(file);
    QVERIFY2(parse.issues.isEmpty(), qPrintable(described(parse.issues).join(u'\n')));
    const LoadedFramework &loaded = *parse.framework;
    // The issue's bar for a shipped framework: 4-8 themes, 20-40 norms, every norm with
    // guidance, and guides for every respondent group.
    QVERIFY(loaded.framework.themes.size() >= 4 && loaded.framework.themes.size() <= 8);
    QVERIFY(loaded.normCount() >= 20 && loaded.normCount() <= 40);
    for (const Theme &theme : loaded.framework.themes)
        for (const Norm &norm : theme.norms)
            QVERIFY2(!norm.guidance.isEmpty(), qPrintable(norm.code));
    QCOMPARE(loaded.interviewGuides.size(), 5);
}

void TestFrameworkValidator::tooLargeIsRefusedBeforeParsing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(FrameworkValidator::MaxDocumentSize + 1, ' ')) > 0);
    file.close();
    const FrameworkParse parse = FrameworkLoader::readFile(path);
    QCOMPARE(described(parse.issues), QStringList {QStringLiteral("0:0 too_large ")});
    // Exactly at the limit it is parsed (and then found to be no JSON).
    const FrameworkParse atLimit =
        FrameworkValidator::parse(QByteArray(FrameworkValidator::MaxDocumentSize, ' '));
    QCOMPARE(atLimit.issues.constFirst().kind, FrameworkIssue::Kind::Syntax);
}

void TestFrameworkValidator::unreadableFile()
{
    const QString path = DataDir + QStringLiteral("/does-not-exist.json");
    const FrameworkParse parse = FrameworkLoader::readFile(path);
    QCOMPARE(parse.issues.size(), 1);
    QCOMPARE(parse.issues.constFirst().kind, FrameworkIssue::Kind::Unreadable);
    auto loaded = FrameworkLoader::fromFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Io);
}

void TestFrameworkValidator::problemsAreCapped()
{
    QJsonObject root = validDocument();
    QJsonArray norms;
    for (int n = 0; n < 80; ++n)
        norms.append(QJsonObject {{QStringLiteral("code"), QString::number(n)},
                                  {QStringLiteral("title"), QStringLiteral("N")},
                                  {QStringLiteral("text"), QString()}});
    root.insert(QStringLiteral("themes"),
                QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("1")},
                                         {QStringLiteral("title"), QStringLiteral("T")},
                                         {QStringLiteral("norms"), norms}}});
    root.remove(QStringLiteral("interviewGuides"));
    const FrameworkParse parse = FrameworkValidator::parse(compact(root));
    QCOMPARE(parse.issues.size(), FrameworkValidator::MaxIssues + 1);
    QCOMPARE(parse.issues.at(49).path, QStringLiteral("themes[0].norms[49].text"));
    QCOMPARE(parse.issues.constLast().kind, FrameworkIssue::Kind::TooManyProblems);
}

void TestFrameworkValidator::errorNamesFileAndPlace()
{
    const QString path = DataDir + QStringLiteral("/norm-code-duplicate.json");
    auto loaded = FrameworkLoader::fromFile(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(path +
                                             QStringLiteral(":38:19: "
                                                            "themes[1].norms[0].code: ")),
             qPrintable(loaded.error().message));
    // The detail (for logs) has places and kinds, never the document's text.
    QCOMPARE(loaded.error().detail,
             QStringLiteral("38:19 themes[1].norms[0].code duplicate; "
                            "70:13 interviewGuides[1].questions[0].norms[0] unknown_norm"));
}

void TestFrameworkValidator::importIsImmutable()
{
    test::TempVault vault;
    QVERIFY(vault.isValid());
    FrameworkRepository repository(vault.vault());
    const QJsonObject root = validDocument();
    auto first = FrameworkLoader::fromJson(readAll(DataDir + QStringLiteral("/valid.json")));
    QVERIFY(first);
    QCOMPARE(FrameworkImport::add(vault.vault(), *first).value(),
             FrameworkImport::Outcome::Imported);
    const QString stored = repository.definition(first->framework.id).value();

    // The same document, again and re-indented: nothing is written.
    QCOMPARE(FrameworkImport::add(vault.vault(), *first).value(),
             FrameworkImport::Outcome::AlreadyPresent);
    auto compacted = FrameworkLoader::fromJson(compact(root));
    QVERIFY(compacted);
    QCOMPARE(FrameworkImport::add(vault.vault(), *compacted).value(),
             FrameworkImport::Outcome::AlreadyPresent);
    QCOMPARE(repository.definition(first->framework.id).value(), stored);

    // A changed document under the same code and version is refused.
    QJsonObject changed = root;
    changed.insert(QStringLiteral("title"), QStringLiteral("Anders"));
    auto refused =
        FrameworkImport::add(vault.vault(), FrameworkLoader::fromJson(compact(changed)).value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    // So is a new version that reuses the id.
    changed.insert(QStringLiteral("version"), QStringLiteral("2027.1"));
    refused =
        FrameworkImport::add(vault.vault(), FrameworkLoader::fromJson(compact(changed)).value());
    QVERIFY(!refused);
    QCOMPARE(repository.count().value(), 1);
    QCOMPARE(repository.definition(first->framework.id).value(), stored);

    // A new version with its own id is added beside the old one, which stays as it was.
    changed.insert(QStringLiteral("id"), QStringLiteral("9a1d4c1e-5b7e-4f0a-8a55-0d1e2f3a4b5c"));
    QCOMPARE(
        FrameworkImport::add(vault.vault(), FrameworkLoader::fromJson(compact(changed)).value())
            .value(),
        FrameworkImport::Outcome::Imported);
    QCOMPARE(repository.count().value(), 2);
    QCOMPARE(repository.find(first->framework.id).value()->title,
             QStringLiteral("Toetsingskader proef"));
}

QTEST_GUILESS_MAIN(TestFrameworkValidator)
#include "tst_frameworkvalidator.moc"
