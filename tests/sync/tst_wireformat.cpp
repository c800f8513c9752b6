#include "sync/wireformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <string>

using namespace schouw;
using namespace schouw::wire;

Q_DECLARE_METATYPE(schouw::wire::DecodeFailure)

namespace {

// Offsets into an encoded batch with at least one change (docs/sync-protocol.md, "Layout").
constexpr int kVersionOffset = 4;
constexpr int kLengthOffset = 6;
constexpr int kBatchTrackingOffset = 10;
constexpr int kBatchVersionOffset = 11;
constexpr int kCountOffset = 15;
constexpr int kChangeTrackingOffset = 19;
constexpr int kChangeVersionOffset = 20;
constexpr int kEntityLengthOffset = 40;

WireUuid uuid(std::uint8_t seed)
{
    WireUuid id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i)
        id.bytes[i] = static_cast<std::uint8_t>(seed + i);
    return id;
}

// The batches of the golden files. Changing them changes the files: never do that for version 1.
ChangeBatch twoChanges()
{
    ChangeBatch batch;
    WireChange first;
    first.changeId = uuid(0x10);
    first.entity = "observation";
    first.entityId = uuid(0x40);
    first.op = 0;
    first.fieldsJson =
        QStringLiteral(u"{\"text\":\"Cliënt krijgt zorg volgens plan\"}").toUtf8().toStdString();
    first.authorId = uuid(0x70);
    first.deviceId = "laptop-3f2a";
    first.hlc = (std::uint64_t {1'717'000'000'000} << 16) | 3;
    WireChange second;
    second.changeId = uuid(0xa0);
    second.entity = "finding";
    second.entityId = uuid(0xc0);
    second.op = 2;
    // Through QByteArray like the first: GCC 12 at -O3 warns (falsely) "may be used
    // uninitialized" when a two-byte literal is assigned here.
    second.fieldsJson = QByteArrayLiteral("{}").toStdString();
    second.authorId = uuid(0x70);
    second.deviceId = "laptop-3f2a";
    second.hlc = std::uint64_t {0xffffffffffffffff};
    batch.changes = {first, second};
    return batch;
}

// Version 2 of WireChange: the first change names the text it replaced. Never change it either:
// golden-v2-two-changes.bin holds it.
ChangeBatch twoChangesV2()
{
    ChangeBatch batch = twoChanges();
    batch.changes[0].basesJson = "{\"text\":[\"10111213-1415-1617-1819-1a1b1c1d1e1f\"]}";
    return batch;
}

// One change whose bases are the last field of the message.
ChangeBatch oneChangeWithBases(std::string bases)
{
    ChangeBatch batch;
    batch.changes = {twoChanges().changes.front()};
    batch.changes[0].basesJson = std::move(bases);
    return batch;
}

QByteArray withU32(QByteArray message, int offset, std::uint32_t value)
{
    qToLittleEndian<std::uint32_t>(value, message.data() + offset);
    return message;
}

QByteArray withByte(QByteArray message, int offset, char value)
{
    message[offset] = value;
    return message;
}

// The header of `message` rewritten to announce what it now carries.
QByteArray fixLength(QByteArray message)
{
    return withU32(message, kLengthOffset, static_cast<std::uint32_t>(message.size() - 10));
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

QString goldenPath(const char *name)
{
    return QStringLiteral(SCHOUW_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TestWireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Boost.Serialization trusts the sizes it reads; ours must not. Each of these would ask for
    // gigabytes if a length were believed.
    void hugeClaimsAreRefusedFastWithoutAllocating()
    {
        const QByteArray valid = encodeBatch(twoChanges());
        const QByteArray hostile[] = {
            withU32(valid, kLengthOffset, 0xffffffffu),
            withU32(valid, kEntityLengthOffset, 0xffffffffu),
            withU32(valid, kCountOffset, 0xffffffffu),
            withU32(valid, kCountOffset, kMaxChangesPerBatch),
            fixLength(
                withU32(valid.left(kEntityLengthOffset + 4), kEntityLengthOffset, kMaxEntityBytes)),
        };
        // First in the suite, before other tests raise the peak; resetting it (Linux 4.0 and
        // later) makes the measurement independent of that order where the kernel allows it.
        resetPeakRss();
        const qint64 peakBefore = peakRssKiB();
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 100; ++round) {
            for (const QByteArray &bytes : hostile)
                QVERIFY(!decodeBatch(bytes).has_value());
        }
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        const qint64 peakAfter = peakRssKiB();
        if (peakBefore >= 0 && peakAfter >= 0)
            QVERIFY2(
                peakAfter - peakBefore < 4 * 1024,
                qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakAfter - peakBefore)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("empty batch") << 0;
        QTest::newRow("two changes") << 1;
        QTest::newRow("fields at their limits") << 2;
        QTest::newRow("many changes") << 3;
    }

    void roundTrip()
    {
        QFETCH(int, which);
        ChangeBatch batch;
        if (which == 1)
            batch = twoChangesV2();
        if (which == 2) {
            WireChange change;
            change.entity.assign(kMaxEntityBytes, 'e');
            change.fieldsJson.assign(kMaxFieldsJsonBytes, 'f');
            change.deviceId.assign(kMaxDeviceIdBytes, 'd');
            change.basesJson.assign(kMaxBasesJsonBytes, 'b');
            change.op = kMaxOp;
            batch.changes = {change};
        }
        if (which == 3) {
            for (std::uint32_t i = 0; i < kMaxChangesPerBatch; ++i) {
                WireChange change = twoChanges().changes.front();
                change.hlc = i;
                batch.changes.push_back(change);
            }
        }
        const QByteArray bytes = encodeBatch(batch);
        QVERIFY(!bytes.isEmpty());
        DecodeFailure failure = DecodeFailure::Malformed;
        const auto decoded = decodeBatch(bytes, &failure);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().detail));
        QCOMPARE(failure, DecodeFailure::None);
        QVERIFY(*decoded == batch);
        QCOMPARE(encodeBatch(*decoded), bytes);
    }

    void encodedBatchStartsWithTheHeader()
    {
        const QByteArray bytes = encodeBatch(twoChanges());
        QVERIFY(bytes.startsWith("SCHW"));
        QCOMPARE(qFromLittleEndian<std::uint16_t>(bytes.constData() + kVersionOffset),
                 kProtocolVersion);
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kLengthOffset),
                 static_cast<std::uint32_t>(bytes.size() - 10));
        // The documented layout: tracking off, class versions 1, the count, the first UUID.
        QCOMPARE(bytes.at(kBatchTrackingOffset), '\0');
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kBatchVersionOffset), 1u);
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kCountOffset), 2u);
        QCOMPARE(bytes.at(kChangeTrackingOffset), '\0');
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kChangeVersionOffset), 2u);
        QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kEntityLengthOffset), 11u);
    }

    void encodeRefusesWhatBreaksALimit()
    {
        ChangeBatch longEntity = twoChanges();
        longEntity.changes[1].entity.assign(kMaxEntityBytes + 1, 'e');
        QVERIFY(encodeBatch(longEntity).isEmpty());

        ChangeBatch longDevice = twoChanges();
        longDevice.changes[0].deviceId.assign(kMaxDeviceIdBytes + 1, 'd');
        QVERIFY(encodeBatch(longDevice).isEmpty());

        QVERIFY(!encodeBatch(oneChangeWithBases(std::string(kMaxBasesJsonBytes, 'b'))).isEmpty());
        QVERIFY(
            encodeBatch(oneChangeWithBases(std::string(kMaxBasesJsonBytes + 1, 'b'))).isEmpty());

        ChangeBatch tooMany;
        tooMany.changes.resize(kMaxChangesPerBatch + 1);
        QVERIFY(encodeBatch(tooMany).isEmpty());
    }

    // Writes the golden files; run once per new format, by hand (see CMakeLists.txt).
    void writeGolden()
    {
        if (qEnvironmentVariable("SCHOUW_WRITE_GOLDEN") != QStringLiteral("1"))
            QSKIP("set SCHOUW_WRITE_GOLDEN=1 to rewrite tests/sync/data");
        // Version 1 files were written by the version-1 encoder and are kept as they are; this
        // build writes version 2 only.
        const std::pair<const char *, ChangeBatch> files[] = {
            {"golden-v2-two-changes.bin", twoChangesV2()},
        };
        for (const auto &[name, batch] : files) {
            QFile file(goldenPath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(file.write(encodeBatch(batch)) > 0);
        }
    }

    void golden_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("written");
        // Version 1 files decode to their values (bases empty); this build writes version 2, so
        // they no longer re-encode byte for byte. The empty batch has no WireChange class
        // information and is the same in both versions.
        QTest::newRow("v1 empty") << goldenPath("golden-v1-empty.bin") << 0 << true;
        QTest::newRow("v1 two changes") << goldenPath("golden-v1-two-changes.bin") << 1 << false;
        QTest::newRow("v2 two changes") << goldenPath("golden-v2-two-changes.bin") << 2 << true;
    }

    void golden()
    {
        QFETCH(QString, path);
        QFETCH(int, which);
        QFETCH(bool, written);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const auto decoded = decodeBatch(bytes);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().detail));
        const ChangeBatch expected = which == 0 ? ChangeBatch {}
            : which == 1                        ? twoChanges()
                                                : twoChangesV2();
        QVERIFY(*decoded == expected);
        if (which == 1) {
            for (const WireChange &change : decoded->changes)
                QVERIFY(change.basesJson.empty());
            QCOMPARE(qFromLittleEndian<std::uint32_t>(bytes.constData() + kChangeVersionOffset),
                     1u);
        }
        // Byte-identical both ways for what this build writes.
        if (written) {
            QCOMPARE(encodeBatch(*decoded), bytes);
            QCOMPARE(encodeBatch(expected), bytes);
        }
    }

    // The bases string has its own limit, checked from its length field before allocating.
    void basesAreBounded()
    {
        const QByteArray valid = encodeBatch(oneChangeWithBases("{}"));
        QVERIFY(decodeBatch(valid).has_value());
        const int basesLengthOffset = int(valid.size()) - 2 - 4;
        QCOMPARE(qFromLittleEndian<std::uint32_t>(valid.constData() + basesLengthOffset), 2u);
        const QByteArray hostile[] = {
            withU32(valid, basesLengthOffset, kMaxBasesJsonBytes + 1),
            withU32(valid, basesLengthOffset, 0xffffffffu),
            withU32(valid, basesLengthOffset, 3),
        };
        for (const QByteArray &bytes : hostile) {
            DecodeFailure failure = DecodeFailure::None;
            QVERIFY(!decodeBatch(bytes, &failure).has_value());
            QCOMPARE(failure, DecodeFailure::Malformed);
        }
        const QByteArray atLimit =
            encodeBatch(oneChangeWithBases(std::string(kMaxBasesJsonBytes, 'b')));
        QVERIFY(decodeBatch(atLimit).has_value());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<DecodeFailure>("expected");
        const QByteArray valid = encodeBatch(twoChanges());
        const auto malformed = DecodeFailure::Malformed;

        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("shorter than the header") << valid.left(9) << malformed;
        QTest::newRow("wrong magic") << withByte(valid, 0, 'X') << malformed;
        QTest::newRow("lower-case magic") << QByteArray("schw").append(valid.mid(4)) << malformed;
        QTest::newRow("protocol version 0") << withByte(valid, kVersionOffset, 0) << malformed;
        QTest::newRow("newer protocol version")
            << withByte(valid, kVersionOffset, 2) << DecodeFailure::NewerProtocol;
        QTest::newRow("protocol version 0xffff")
            << withByte(withByte(valid, kVersionOffset, '\xff'), kVersionOffset + 1, '\xff')
            << DecodeFailure::NewerProtocol;
        QTest::newRow("payload length claims 4 GB")
            << withU32(valid, kLengthOffset, 0xffffffffu) << malformed;
        QTest::newRow("payload length one short")
            << withU32(valid, kLengthOffset, std::uint32_t(valid.size() - 11)) << malformed;
        QTest::newRow("trailing garbage after the message") << valid + "junk" << malformed;
        QTest::newRow("trailing garbage inside the payload")
            << fixLength(valid + QByteArray(7, '\0')) << malformed;
        QTest::newRow("entity length claims 4 GB")
            << withU32(valid, kEntityLengthOffset, 0xfffffff0u) << malformed;
        QTest::newRow("entity length above its limit")
            << withU32(valid, kEntityLengthOffset, kMaxEntityBytes + 1) << malformed;
        // A length within the limit that the remaining bytes cannot hold: the message ends
        // right after the entity length.
        QTest::newRow("string length beyond the remaining bytes")
            << fixLength(withU32(valid.left(kEntityLengthOffset + 4), kEntityLengthOffset, 60))
            << malformed;
        QTest::newRow("count above the maximum")
            << withU32(valid, kCountOffset, kMaxChangesPerBatch + 1) << malformed;
        QTest::newRow("count claims 4 G changes")
            << withU32(valid, kCountOffset, 0xffffffffu) << malformed;
        QTest::newRow("count within the maximum, beyond the bytes")
            << withU32(valid, kCountOffset, kMaxChangesPerBatch) << malformed;
        QTest::newRow("count one more than present")
            << withU32(valid, kCountOffset, 3) << malformed;
        QTest::newRow("count one less than present")
            << withU32(valid, kCountOffset, 1) << malformed;
        QTest::newRow("tracking asked for the batch")
            << withByte(valid, kBatchTrackingOffset, 1) << malformed;
        QTest::newRow("tracking asked for a change")
            << withByte(valid, kChangeTrackingOffset, 1) << malformed;
        QTest::newRow("newer batch class version")
            << withU32(valid, kBatchVersionOffset, 2) << DecodeFailure::NewerProtocol;
        QTest::newRow("newer change class version")
            << withU32(valid, kChangeVersionOffset, 3) << DecodeFailure::NewerProtocol;
        QTest::newRow("change class version 0x7fffffff")
            << withU32(valid, kChangeVersionOffset, 0x7fffffff) << DecodeFailure::NewerProtocol;
        // op sits after changeId, entity ("observation") and entityId.
        QTest::newRow("unknown operation")
            << withByte(valid, kEntityLengthOffset + 4 + 11 + 16, 3) << malformed;
        QTest::newRow("above the message cap")
            << QByteArray(kMaxMessageBytes + 1, 'S') << DecodeFailure::TooLarge;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(DecodeFailure, expected);
        DecodeFailure failure = DecodeFailure::None;
        const auto decoded = decodeBatch(bytes, &failure);
        QVERIFY(!decoded.has_value());
        QCOMPARE(failure, expected);
        QCOMPARE(decoded.error().code,
                 expected == DecodeFailure::NewerProtocol ? ErrorCode::ProtocolTooNew
                                                          : ErrorCode::InvalidInput);
        QVERIFY(!decoded.error().message.isEmpty());
        QVERIFY(decoded.error().detail.startsWith(QStringLiteral("sync batch: ")));
        // The detail is for logs: it must not carry the content of the batch.
        QVERIFY(!decoded.error().detail.contains(QStringLiteral("laptop")));
        QVERIFY(!decoded.error().detail.contains(QStringLiteral("observation")));
    }

    // Within their maxima but beyond the input: refused from the size field itself, before
    // the vector is reserved or the string sized, not later by running out of bytes.
    void sizesAreCheckedAgainstTheRemainingBytes()
    {
        const QByteArray valid = encodeBatch(twoChanges());
        const QByteArray hostile[] = {
            withU32(valid, kCountOffset, kMaxChangesPerBatch),
            fixLength(
                withU32(valid.left(kEntityLengthOffset + 4), kEntityLengthOffset, kMaxEntityBytes)),
        };
        for (const QByteArray &bytes : hostile) {
            const auto decoded = decodeBatch(bytes);
            QVERIFY(!decoded.has_value());
            QVERIFY2(decoded.error().detail.contains(QStringLiteral("beyond the remaining")),
                     qPrintable(decoded.error().detail));
        }
    }

    void newerProtocolSaysSo()
    {
        const QByteArray bytes = withByte(encodeBatch(twoChanges()), kVersionOffset, 2);
        const auto decoded = decodeBatch(bytes);
        QVERIFY(!decoded.has_value());
        QCOMPARE(decoded.error().code, ErrorCode::ProtocolTooNew);
        QVERIFY(decoded.error().message.contains(QStringLiteral("newer Schouw")));
    }

    void truncatedAtEveryOffset()
    {
        const QByteArray valid = encodeBatch(twoChanges());
        for (qsizetype length = 0; length < valid.size(); ++length) {
            // As cut off in transit, and with the header repaired to match, which reaches
            // every read of the archive.
            QVERIFY2(!decodeBatch(valid.left(length)).has_value(),
                     qPrintable(QString::number(length)));
            if (length >= 10) {
                QVERIFY2(!decodeBatch(fixLength(valid.left(length))).has_value(),
                         qPrintable(QString::number(length)));
            }
        }
    }

    // Seeded, so a failure can be replayed: never a crash; either a clean refusal or a batch
    // that is valid in every respect (it re-encodes and decodes to itself).
    void randomByteFlips()
    {
        const QByteArray valid = encodeBatch(twoChanges());
        QRandomGenerator random(20240604);
        int refused = 0;
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes = valid;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                const auto at = random.bounded(int(bytes.size()));
                bytes[at] = char(bytes.at(at) ^ char(1 + random.bounded(255)));
            }
            if (random.bounded(4) == 0)
                bytes = fixLength(bytes.left(10 + random.bounded(int(bytes.size()) - 10)));
            const auto decoded = decodeBatch(bytes);
            if (!decoded) {
                ++refused;
                QVERIFY(decoded.error().code == ErrorCode::InvalidInput ||
                        decoded.error().code == ErrorCode::ProtocolTooNew);
                continue;
            }
            const QByteArray again = encodeBatch(*decoded);
            QVERIFY(!again.isEmpty());
            const auto redecoded = decodeBatch(again);
            QVERIFY(redecoded.has_value());
            QVERIFY(*redecoded == *decoded);
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
