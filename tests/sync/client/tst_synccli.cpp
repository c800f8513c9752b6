// `schouw-cli sync` in process (CommandLine, as app/cli/main.cpp runs it) against the in-memory
// office: the sync runs its own event loop, which also serves the office here.
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/passphraseinput.h"
#include "fakeoffice.h"
#include "testvault.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace schouw;
using namespace schouw::test;

namespace {

class NoInput final : public PassphraseInput
{
public:
    bool isInteractive() const override { return false; }
    Result<SecureBytes> readLine() override
    {
        return fail(ErrorCode::InvalidInput, QStringLiteral("no input in this test"));
    }
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun cli(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    NoInput input;
    CommandLine commandLine(out, err, input);
    CliRun run;
    run.exitCode = commandLine.run(QStringList {QStringLiteral("schouw-cli")} + arguments);
    run.out = out.data();
    run.err = err.data();
    return run;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QStringList args(const QStringList &rest) const
    {
        return QStringList {QStringLiteral("--vault"), vaultDir(),
                            QStringLiteral("--passphrase-file"), file(QStringLiteral("pass"))} +
            rest;
    }

private Q_SLOTS:
    void init()
    {
        QDir(vaultDir()).removeRecursively();
        QVERIFY(write(file(QStringLiteral("pass")), QByteArray(TestPassphrase) + '\n'));
        auto created = Vault::create(vaultDir(), passphrase(), fastOptions());
        QVERIFY(created);
        const Id id = QUuid::createUuid();
        QVERIFY((*created)->changes().insert(QStringLiteral("team"), id,
                                             {{QStringLiteral("name"), QStringLiteral("Noord")}}));
    }

    void usageErrors()
    {
        const CliRun userOnly =
            cli(args({QStringLiteral("sync"), QStringLiteral("--user"), QStringLiteral("inge")}));
        QCOMPARE(userOnly.exitCode, int(ExitCode::Usage));
        const CliRun badPin = cli(args(
            {QStringLiteral("sync"), QStringLiteral("--pin"), QStringLiteral("sha256//short")}));
        QCOMPARE(badPin.exitCode, int(ExitCode::Usage));
        const CliRun badTimeout =
            cli(args({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("0")}));
        QCOMPARE(badTimeout.exitCode, int(ExitCode::Usage));
        const CliRun notForStats = cli(args({QStringLiteral("stats"), QStringLiteral("--server"),
                                             QStringLiteral("https://office.example")}));
        QCOMPARE(notForStats.exitCode, int(ExitCode::Usage));
    }

    void firstSyncThenStoredLoginThenRevocation()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        QVERIFY(write(file(QStringLiteral("password")), office.password.toUtf8() + '\n'));

        // No login yet: exit 6, and a hint.
        const CliRun noLogin = cli(
            args({QStringLiteral("sync"), QStringLiteral("--server"), office.url().toString()}));
        QCOMPARE(noLogin.exitCode, int(ExitCode::LoginRequired));

        const CliRun first =
            cli(args({QStringLiteral("sync"), QStringLiteral("--server"), office.url().toString(),
                      QStringLiteral("--user"), QStringLiteral("inge"),
                      QStringLiteral("--password-file"), file(QStringLiteral("password"))}));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject summary = first.json();
        QCOMPARE(summary.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(summary.contains(QStringLiteral("pulled")));
        QVERIFY(summary.contains(QStringLiteral("conflicts")));
        QVERIFY(summary.contains(QStringLiteral("cursor")));
        QVERIFY(!summary.value(QStringLiteral("lastSyncAt")).toString().isEmpty());
        // The password is nowhere in what the command printed.
        QVERIFY(!first.out.contains(office.password.toUtf8()));
        QVERIFY(!first.err.contains(office.password.toUtf8()));

        // Later: no --server, no password.
        const CliRun later = cli(args({QStringLiteral("sync")}));
        QVERIFY2(later.exitCode == 0, later.err.constData());

        // A busy office: exit 5.
        office.fault = [](const HttpRequest &) -> std::optional<HttpResponse> {
            return HttpResponse::error(503, "busy");
        };
        QCOMPARE(cli(args({QStringLiteral("sync")})).exitCode, int(ExitCode::Unreachable));
        office.fault = nullptr;

        // Revoked: exit 8 and the vault is gone.
        office.revoked = true;
        const CliRun revoked = cli(args({QStringLiteral("sync")}));
        QCOMPARE(revoked.exitCode, int(ExitCode::DeviceRevoked));
        QVERIFY(revoked.err.contains("wiped"));
        QVERIFY(!QFileInfo::exists(Vault::keyFilePath(vaultDir())));
        QVERIFY(!QFileInfo::exists(Vault::databasePath(vaultDir())));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
