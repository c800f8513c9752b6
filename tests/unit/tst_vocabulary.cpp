#include "domain/vocabulary.h"

#include <QTest>

using namespace schouw;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgementScaleHasFiveValuesWithDutchLabels()
    {
        QCOMPARE(vocabulary<Judgement>().size(), std::size_t(5));
        QCOMPARE(dutchLabel(Judgement::Meets), QStringLiteral("voldoet"));
        QCOMPARE(dutchLabel(Judgement::LargelyMeets), QStringLiteral("voldoet grotendeels"));
        QCOMPARE(dutchLabel(Judgement::LargelyFails), QStringLiteral("voldoet grotendeels niet"));
        QCOMPARE(dutchLabel(Judgement::DoesNotMeet), QStringLiteral("voldoet niet"));
        QCOMPARE(dutchLabel(Judgement::NotAssessed), QStringLiteral("niet getoetst"));
        QCOMPARE(englishLabel(Judgement::LargelyFails), QStringLiteral("largely fails to meet"));
    }

    void elevenSectors()
    {
        QCOMPARE(vocabulary<Sector>().size(), std::size_t(11));
        QCOMPARE(dutchLabel(Sector::JusticeAndAsylumCare),
                 QStringLiteral("zorg aan justitiabelen en asielzoekers"));
    }

    void keysRoundTripAndAreUnique()
    {
        const auto check = []<typename E>(E) {
            QStringList seen;
            for (const auto &entry : vocabulary<E>()) {
                const QString key = keyOf(entry.value);
                QVERIFY(!seen.contains(key));
                seen << key;
                QCOMPARE(fromKey<E>(key), std::optional<E>(entry.value));
            }
        };
        check(Judgement {});
        check(VisitType {});
        check(RespondentGroup {});
        check(ReportState {});
        check(Sector {});
        check(ObservationSource {});
        check(SignalSource {});
        check(Role {});
        QCOMPARE(vocabulary<ReportState>().size(), std::size_t(7));
    }

    void unknownKeysGiveNothing()
    {
        QVERIFY(!fromKey<Judgement>(u"excellent").has_value());
        QVERIFY(!fromKey<Sector>(u"").has_value());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
