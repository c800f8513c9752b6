#include "providers/csvreader.h"
#include "providers/registerimport.h"
#include "testvault.h"
#include "vault/providerrepository.h"

#include <QFile>
#include <QTest>

using namespace schouw;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(SCHOUW_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList result;
    for (const char *field : fields)
        result << QString::fromUtf8(field);
    return result;
}

bool hasProblem(const RegisterPlan &plan, int line, const QString &column)
{
    for (const RegisterProblem &problem : plan.problems)
        if (problem.line == line && problem.column == column && !problem.message.isEmpty())
            return true;
    return false;
}

} // namespace

class TestProviderRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reader_data();
    void reader();
    void readerProblems_data();
    void readerProblems();
    void postcode_data();
    void postcode();
    void sector();
    void validFile();
    void missingColumn();
    void lineProblems();
    void conflictingProvider();
    void semicolonHeader();
    void importAndReimport();
    void validLinesOnly();
};

void TestProviderRegister::reader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("lf") << QByteArray("a,b\n1,2\n")
                        << QList<QStringList> {row({"a", "b"}), row({"1", "2"})} << QList {1, 2};
    QTest::newRow("crlf, no final newline")
        << QByteArray("a,b\r\n1,2") << QList<QStringList> {row({"a", "b"}), row({"1", "2"})}
        << QList {1, 2};
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                       "a,b\n")
                         << QList<QStringList> {row({"a", "b"})} << QList {1};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n")
                                  << QList<QStringList> {row({"a,b", "c"})} << QList {1};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                   << QList<QStringList> {row({"say \"hi\"", "x"})} << QList {1};
    QTest::newRow("newline inside quotes")
        << QByteArray("\"one\r\ntwo\",x\r\nnext,y\r\n")
        << QList<QStringList> {row({"one\ntwo", "x"}), row({"next", "y"})} << QList {1, 3};
    QTest::newRow("blank lines skipped")
        << QByteArray("a\n\n\nb\n") << QList<QStringList> {row({"a"}), row({"b"})} << QList {1, 4};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList> {row({"", "", ""})}
                                  << QList {1};
    QTest::newRow("semicolon") << QByteArray("a;b;c,d\n1;2;3,4\n")
                               << QList<QStringList> {row({"a", "b", "c,d"}),
                                                      row({"1", "2", "3,4"})}
                               << QList {1, 2};
    QTest::newRow("utf-8") << QByteArray("Cli\xc3\xabnt,\xe2\x82\xac\n")
                           << QList<QStringList> {row({"Cliënt", "€"})} << QList {1};
}

void TestProviderRegister::reader()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const CsvParse parse = CsvReader::parse(data);
    QVERIFY(!parse.problem);
    QCOMPARE(parse.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(parse.records.at(i).fields, records.at(i));
        QCOMPARE(parse.records.at(i).line, lines.at(i));
    }
}

void TestProviderRegister::readerProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");

    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\nstill open\n") << 3;
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2;
    QTest::newRow("invalid utf-8") << QByteArray("a,b\n1,2\n3,\xff\xfe\n") << 3;
    QTest::newRow("truncated sequence") << QByteArray("a,b\n\xc3") << 2;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf\n") << 1;
    QTest::newRow("surrogate") << QByteArray("a\n\xed\xa0\x80\n") << 2;
}

void TestProviderRegister::readerProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    const CsvParse parse = CsvReader::parse(data);
    QVERIFY(parse.problem);
    QCOMPARE(parse.problem->line, line);
    QVERIFY(!parse.problem->message.isEmpty());
    QVERIFY(parse.records.isEmpty());
}

void TestProviderRegister::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("compact") << QStringLiteral("1234ab") << QStringLiteral("1234 AB");
    QTest::newRow("spaced") << QStringLiteral(" 1234 AB ") << QStringLiteral("1234 AB");
    QTest::newRow("two spaces") << QStringLiteral("1234  ab") << QStringLiteral("1234 AB");
    QTest::newRow("leading zero") << QStringLiteral("0123 AB") << QString();
    QTest::newRow("five digits") << QStringLiteral("12345") << QString();
    QTest::newRow("one letter") << QStringLiteral("1234 A") << QString();
}

void TestProviderRegister::postcode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(RegisterImport::normalisedPostcode(input).value_or(QString()), expected);
}

void TestProviderRegister::sector()
{
    QCOMPARE(RegisterImport::sectorFrom(QStringLiteral("nursing_care")), Sector::NursingAndCare);
    QCOMPARE(RegisterImport::sectorFrom(QStringLiteral("Verpleging en Verzorging")),
             Sector::NursingAndCare);
    QCOMPARE(RegisterImport::sectorFrom(QStringLiteral("GGZ")), Sector::MentalHealthCare);
    QVERIFY(!RegisterImport::sectorFrom(QStringLiteral("ruimtevaart")));
}

void TestProviderRegister::validFile()
{
    auto plan = RegisterImport::readFile(dataFile("valid.csv"));
    QVERIFY(plan);
    QVERIFY(plan->problems.isEmpty());
    QCOMPARE(plan->lines, 3);
    QCOMPARE(plan->validLines, 3);
    QCOMPARE(plan->providers.size(), 2);
    const RegisterProvider &linde = plan->providers.at(0);
    QCOMPARE(linde.kvkNumber, QStringLiteral("12345678"));
    QCOMPARE(linde.sector, Sector::NursingAndCare);
    QCOMPARE(linde.locations.size(), 2); // two rows, one provider
    QCOMPARE(linde.locations.at(0).postcode, QStringLiteral("1234 AB"));
    QCOMPARE(linde.locations.at(1).name, QStringLiteral("De Eik, afdeling B"));
    const RegisterProvider &anker = plan->providers.at(1);
    QCOMPARE(anker.name, QStringLiteral("Jeugdhulp \"Het Anker\""));
    QCOMPARE(anker.sector, Sector::YouthCare);
    QCOMPARE(anker.locations.at(0).name, anker.name); // no location name: the provider's
}

void TestProviderRegister::missingColumn()
{
    auto plan = RegisterImport::readFile(dataFile("missingcolumn.csv"));
    QVERIFY(plan);
    QVERIFY(plan->unusable);
    QVERIFY(hasProblem(*plan, 1, QStringLiteral("sector")));
    QVERIFY(plan->providers.isEmpty());
}

void TestProviderRegister::lineProblems()
{
    auto plan = RegisterImport::readFile(dataFile("problems.csv"));
    QVERIFY(plan);
    QVERIFY(!plan->unusable);
    QVERIFY(hasProblem(*plan, 2, QStringLiteral("kvk_number")));
    QVERIFY(hasProblem(*plan, 4, QStringLiteral("sector")));
    QVERIFY(hasProblem(*plan, 5, QStringLiteral("postcode")));
    QCOMPARE(plan->problems.size(), 3);
    QCOMPARE(plan->validLines, 1);
    QCOMPARE(plan->providers.size(), 1);
    QCOMPARE(plan->providers.at(0).kvkNumber, QStringLiteral("23456789"));
}

void TestProviderRegister::conflictingProvider()
{
    const RegisterPlan plan = RegisterImport::read("kvk_number,name,sector,city\n"
                                                   "12345678,Een,home_care,Ede\n"
                                                   "12345678,Twee,home_care,Ede\n"
                                                   "12345678,een,youth_care,Ede\n"
                                                   "12345678,a,home_care,Ede,extra\n");
    QVERIFY(hasProblem(plan, 3, QStringLiteral("name")));
    QVERIFY(hasProblem(plan, 4, QStringLiteral("sector")));
    QVERIFY(!hasProblem(plan, 4, QStringLiteral("name"))); // names compare without case
    QVERIFY(hasProblem(plan, 5, QString()));
    QCOMPARE(plan.validLines, 1);
}

void TestProviderRegister::semicolonHeader()
{
    auto plan = RegisterImport::readFile(dataFile("semicolon.csv"));
    QVERIFY(plan);
    QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.value(0).message));
    QCOMPARE(plan->providers.size(), 1);
    QCOMPARE(plan->providers.at(0).name, QStringLiteral("Zorg; en welzijn"));
    QCOMPARE(plan->providers.at(0).sector, Sector::MentalHealthCare);
    QCOMPARE(plan->providers.at(0).locations.at(0).houseNumber, QStringLiteral("5"));
}

void TestProviderRegister::importAndReimport()
{
    test::TempVault temp;
    QVERIFY(temp.isValid());
    auto plan = RegisterImport::readFile(dataFile("valid.csv"));
    QVERIFY(plan);

    auto dry = RegisterImport::apply(temp.vault(), *plan, RegisterImport::Mode::DryRun);
    QVERIFY(dry);
    QCOMPARE(dry->providersNew, 2);
    QCOMPARE(dry->locationsNew, 3);
    ProviderRepository repository(temp.vault());
    QCOMPARE(repository.count().value_or(-1), 0);

    auto first = RegisterImport::apply(temp.vault(), *plan, RegisterImport::Mode::Write);
    QVERIFY(first);
    QCOMPARE(first->providersNew, 2);
    QCOMPARE(first->locationsNew, 3);
    QCOMPARE(repository.count().value_or(-1), 2);

    // The same file again changes nothing.
    auto again = RegisterImport::apply(temp.vault(), *plan, RegisterImport::Mode::Write);
    QVERIFY(again);
    QCOMPARE(again->providersNew, 0);
    QCOMPARE(again->providersUpdated, 0);
    QCOMPARE(again->providersUnchanged, 2);
    QCOMPARE(again->locationsNew, 0);
    QCOMPARE(repository.count().value_or(-1), 2);

    // A renamed provider with one known and one new location: updated, not duplicated.
    const RegisterPlan changed =
        RegisterImport::read("kvk_number,name,sector,city,postcode,house_number\n"
                             "12345678,Zorggroep De Linde-Eik,thuiszorg,Utrecht,1234 AB,12\n"
                             "12345678,Zorggroep De Linde-Eik,thuiszorg,Utrecht,1234 AC,14\n");
    QVERIFY(changed.problems.isEmpty());
    auto update = RegisterImport::apply(temp.vault(), changed, RegisterImport::Mode::Write);
    QVERIFY(update);
    QCOMPARE(update->providersNew, 0);
    QCOMPARE(update->providersUpdated, 1);
    QCOMPARE(update->locationsNew, 1);
    QCOMPARE(repository.count().value_or(-1), 2);
    auto page = repository.page(std::nullopt, 10, QStringLiteral("Linde-Eik"));
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    auto provider = repository.find(page->at(0).id);
    QVERIFY(provider && provider->has_value());
    QCOMPARE((*provider)->name, QStringLiteral("Zorggroep De Linde-Eik"));
    QCOMPARE((*provider)->sector, Sector::HomeCare);
    QCOMPARE(repository.locations(page->at(0).id).value_or(QList<Location>()).size(), 3);
}

void TestProviderRegister::validLinesOnly()
{
    test::TempVault temp;
    QVERIFY(temp.isValid());
    auto plan = RegisterImport::readFile(dataFile("problems.csv"));
    QVERIFY(plan);
    auto stats = RegisterImport::apply(temp.vault(), *plan, RegisterImport::Mode::Write);
    QVERIFY(stats);
    QCOMPARE(stats->providersNew, 1);
    QCOMPARE(ProviderRepository(temp.vault()).count().value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestProviderRegister)
#include "tst_providerregister.moc"
