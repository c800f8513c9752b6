#include "domain/hlc.h"
#include "manualclock.h"

#include <QTest>

using namespace schouw;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void advancesWithTheWallClock()
    {
        test::ManualClock wall;
        HlcClock clock(wall.function());
        const auto first = clock.now();
        wall.advance(5);
        const auto second = clock.now();
        QCOMPARE(second.wallMs, first.wallMs + 5);
        QCOMPARE(second.counter, 0);
        QVERIFY(second > first);
    }

    void staysMonotonicWhenTheWallClockJumpsBack()
    {
        test::ManualClock wall;
        HlcClock clock(wall.function());
        auto previous = clock.now();
        wall.advance(-3'600'000); // an hour back, e.g. NTP correcting a laptop's clock
        for (int i = 0; i < 1000; ++i) {
            const auto next = clock.now();
            QVERIFY2(next > previous, qPrintable(next.toText()));
            previous = next;
        }
        QCOMPARE(previous.wallMs, wall.now() + 3'600'000);
        wall.advance(3'600'001);
        QCOMPARE(clock.now(), (HlcTimestamp {wall.now(), 0}));
    }

    void borrowsTheNextMillisecondWhenTheCounterIsFull()
    {
        test::ManualClock wall;
        HlcClock clock(wall.function());
        clock.advanceTo({wall.now(), 0xffff});
        const auto next = clock.now();
        QCOMPARE(next.wallMs, wall.now() + 1);
        QCOMPARE(next.counter, 0);
    }

    void observedRemoteTimestampsAreOvertaken()
    {
        test::ManualClock wall;
        HlcClock clock(wall.function());
        const HlcTimestamp remote {wall.now() + 10'000, 7}; // a peer whose clock runs ahead
        const auto merged = clock.observe(remote);
        QVERIFY(merged > remote);
        QVERIFY(clock.now() > merged);
        // A remote timestamp from the past changes nothing but the counter order.
        const auto before = clock.last();
        QVERIFY(clock.observe({wall.now() - 10'000, 0}) > before);
    }

    void packedAndTextFormsRoundTrip_data()
    {
        QTest::addColumn<qint64>("wallMs");
        QTest::addColumn<int>("counter");
        QTest::newRow("epoch") << qint64(0) << 0;
        QTest::newRow("now") << qint64(1'767'225'600'123) << 42;
        QTest::newRow("full counter") << qint64(1'767'225'600'123) << 0xffff;
    }

    void packedAndTextFormsRoundTrip()
    {
        QFETCH(qint64, wallMs);
        QFETCH(int, counter);
        const HlcTimestamp stamp {wallMs, static_cast<std::uint16_t>(counter)};
        QCOMPARE(HlcTimestamp::fromPacked(stamp.packed()), stamp);
        bool ok = false;
        QCOMPARE(HlcTimestamp::fromText(stamp.toText(), &ok), stamp);
        QVERIFY(ok);
    }

    void textOrderIsTimeOrder()
    {
        const HlcTimestamp a {999, 2};
        const HlcTimestamp b {1000, 1};
        QVERIFY(a < b);
        QVERIFY(a.toText() < b.toText());
        QVERIFY(a.packed() < b.packed());
    }

    void malformedTextIsRejected()
    {
        bool ok = true;
        (void)HlcTimestamp::fromText(u"not-a-time", &ok);
        QVERIFY(!ok);
        (void)HlcTimestamp::fromText(u"123-99999999", &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
