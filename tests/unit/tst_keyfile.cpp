#include "testvault.h"
#include "vault/keyfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace schouw;

class TestKeyFile : public QObject
{
    Q_OBJECT

private:
    const Id m_account = newId();
    SecureBytes m_dataKey = SecureBytes::random(KeyFile::DataKeySize);

    KeyFile make()
    {
        auto file =
            KeyFile::create(test::passphrase(), m_dataKey, m_account, KdfParams::fastForTests());
        if (!file)
            qFatal("cannot create key file");
        return *file;
    }

private Q_SLOTS:
    void wrapsAndUnwrapsTheDataKey()
    {
        const KeyFile file = make();
        QCOMPARE(file.bytes().size(), qsizetype(KeyFile::FileSize));
        auto parsed = KeyFile::parse(file.bytes());
        QVERIFY(parsed);
        QCOMPARE(parsed->accountId(), m_account);
        QCOMPARE(parsed->params(), KdfParams::fastForTests());
        auto key = parsed->unwrap(test::passphrase());
        QVERIFY(key);
        QVERIFY(key->equals(m_dataKey));
    }

    void freshSaltAndNonceEachTime() { QVERIFY(make().bytes() != make().bytes()); }

    void wrongPassphraseIsTyped()
    {
        auto key = make().unwrap(test::passphrase("wrong passphrase"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::PassphraseIncorrect);
        QVERIFY(!key.error().message.isEmpty());
    }

    void everyFlippedByteIsNoticed()
    {
        const QByteArray original = make().bytes();
        for (qsizetype i = 0; i < original.size(); ++i) {
            QByteArray tampered = original;
            tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
            auto parsed = KeyFile::parse(tampered);
            QVERIFY2(!parsed, qPrintable(QStringLiteral("byte %1").arg(i)));
            QCOMPARE(parsed.error().code, ErrorCode::KeyFileDamaged);
        }
    }

    // Someone who recomputes the checksum still cannot swap parameters or salt: they are the
    // AEAD's associated data.
    void associatedDataBindsParametersAndSalt()
    {
        QByteArray tampered = make().bytes();
        tampered[50] = static_cast<char>(tampered[50] ^ 0x01); // inside the salt
        crypto_generichash(reinterpret_cast<unsigned char *>(tampered.data()) + 136, 32,
                           reinterpret_cast<const unsigned char *>(tampered.constData()), 136,
                           nullptr, 0);
        auto parsed = KeyFile::parse(tampered);
        QVERIFY(parsed);
        QVERIFY(!parsed->unwrap(test::passphrase()));
    }

    void wrongSizesAndVersionsAreRefused()
    {
        const QByteArray original = make().bytes();
        QCOMPARE(KeyFile::parse(original.left(100)).error().code, ErrorCode::KeyFileDamaged);
        QCOMPARE(KeyFile::parse(original + 'x').error().code, ErrorCode::KeyFileDamaged);
        QCOMPARE(KeyFile::parse(QByteArray()).error().code, ErrorCode::KeyFileDamaged);

        QByteArray newer = original;
        newer[8] = 2; // format version 2
        crypto_generichash(reinterpret_cast<unsigned char *>(newer.data()) + 136, 32,
                           reinterpret_cast<const unsigned char *>(newer.constData()), 136, nullptr,
                           0);
        QCOMPARE(KeyFile::parse(newer).error().code, ErrorCode::VaultTooNew);
    }

    void absurdParametersAreRefusedBeforeDeriving()
    {
        QByteArray greedy = make().bytes();
        greedy[31] = 0x7f; // memlimit in the exabytes
        crypto_generichash(reinterpret_cast<unsigned char *>(greedy.data()) + 136, 32,
                           reinterpret_cast<const unsigned char *>(greedy.constData()), 136,
                           nullptr, 0);
        QCOMPARE(KeyFile::parse(greedy).error().code, ErrorCode::KeyFileDamaged);
    }

    void atomicWriteReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schouw.key"));
        const KeyFile first = make();
        QVERIFY(first.writeAtomically(path));
        const KeyFile second = make();
        QVERIFY(second.writeAtomically(path));
        auto read = KeyFile::read(path);
        QVERIFY(read);
        QCOMPARE(read->bytes(), second.bytes());
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void missingFileIsVaultMissing()
    {
        QTemporaryDir dir;
        QCOMPARE(KeyFile::read(dir.filePath(QStringLiteral("none"))).error().code,
                 ErrorCode::VaultMissing);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
