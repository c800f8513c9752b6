#include "officetestsupport.h"
#include "server/office/passwords.h"
#include "server/office/tokens.h"

#include <QElapsedTimer>

using namespace schouw;
using namespace schouw::server;
using schouw::test::TestOffice;
using schouw::test::TestPassword;

// Authentication: Argon2id hashes, logins, rate limits with an injected clock, token lifetimes,
// refresh rotation and binding, revoked devices.
class TestOfficeAuth : public QObject
{
    Q_OBJECT

private:
    static const QString Address;

    static std::expected<TokenPair, AuthRefusal>
    tryLogin(TestOffice &office, const QString &user, const QString &password,
             const QString &address = Address, const QString &device = QStringLiteral("device-1"))
    {
        return office.service->login(user, password, device, QStringLiteral("laptop"), address);
    }

private Q_SLOTS:
    void passwordHashIsArgon2id()
    {
        auto hash = Passwords::hash(TestPassword, PasswordCost::Interactive);
        QVERIFY(hash);
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(TestPassword));
        QVERIFY(Passwords::verify(*hash, TestPassword));
        QVERIFY(!Passwords::verify(*hash, TestPassword + QStringLiteral("x")));
        auto again = Passwords::hash(TestPassword, PasswordCost::Interactive);
        QVERIFY(again && *again != *hash); // salted
        QVERIFY(!Passwords::hash(QStringLiteral("short"), PasswordCost::Interactive));
    }

    void tokensAreRandomAndStoredAsHashes()
    {
        const QString a = newToken();
        const QString b = newToken();
        QCOMPARE(a.size(), 43);
        QVERIFY(looksLikeToken(a));
        QVERIFY(a != b);
        QCOMPARE(tokenHash(a).size(), 64);
        QVERIFY(!looksLikeToken(QString(a + QStringLiteral("="))));
    }

    void loginIssuesTokensAndAuthenticates()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        const QString userId = office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto tokens = tryLogin(office, QStringLiteral("Inge"), TestPassword);
        QVERIFY(tokens);
        QCOMPARE(tokens->userId, userId);
        QCOMPARE(tokens->teamId, team);
        QCOMPARE(tokens->role, Role::Inspector);
        QCOMPARE(tokens->storeId, office.service->storeId());
        QCOMPARE(tokens->accessExpiresInSeconds, 15 * 60);
        QVERIFY(tokens->accessToken != tokens->refreshToken);
        auto who = office.service->authenticate(tokens->accessToken);
        QVERIFY(who);
        QCOMPARE(who->userId, userId);
        QCOMPARE(who->deviceId, QStringLiteral("device-1"));
        QCOMPARE(who->teamId, team);
        // The store never holds the token itself.
        QVERIFY(office.service->store().read([&](StoreSession &session) -> Status {
            auto raw = session.findToken(TokenKind::Access, tokens->accessToken);
            auto hashed = session.findToken(TokenKind::Access, tokenHash(tokens->accessToken));
            if (!raw || *raw || !hashed || !*hashed)
                return fail(ErrorCode::Database, QStringLiteral("token stored in the clear"));
            return {};
        }));
        auto devices = office.service->store().read([&](StoreSession &session) -> Status {
            auto device = session.findDevice(QStringLiteral("device-1"));
            if (!device || !*device || (*device)->userId != userId || (*device)->name != u"laptop")
                return fail(ErrorCode::Database, QStringLiteral("device row missing"));
            return {};
        });
        QVERIFY(devices);
        QCOMPARE(office.service->authenticate(QStringLiteral("not-a-token")).error().failure,
                 AuthFailure::TokenUnknown);
        QCOMPARE(office.service->authenticate(newToken()).error().failure,
                 AuthFailure::TokenUnknown);
    }

    void badPasswordAndUnknownUserLookTheSame()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto wrong = tryLogin(office, QStringLiteral("inge"), QStringLiteral("wrong password!"));
        auto unknown = tryLogin(office, QStringLiteral("nobody"), TestPassword);
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.error().failure, AuthFailure::BadCredentials);
        QCOMPARE(unknown.error().failure, AuthFailure::BadCredentials);
        QCOMPARE(wrong.error().retryAfterSeconds, unknown.error().retryAfterSeconds);
        // An unknown name costs a hash too (not a timing assertion: a floor that a skipped hash
        // could not reach; Interactive Argon2id takes tens of milliseconds at least).
        QElapsedTimer timer;
        timer.start();
        (void)tryLogin(office, QStringLiteral("nobody2"), TestPassword);
        QVERIFY(timer.elapsed() >= 20);
    }

    void disabledUserCannotLogIn()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto tokens = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        QVERIFY(office.service->store().run([](StoreSession &session) -> Status {
            auto user = session.findUserByLogin(QStringLiteral("inge"));
            if (!user || !*user)
                return fail(ErrorCode::NotFound, {});
            UserRecord record = **user;
            record.disabled = true;
            return session.updateUser(record);
        }));
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), TestPassword).error().failure,
                 AuthFailure::BadCredentials);
        QVERIFY(!office.service->authenticate(tokens.accessToken));
    }

    void rateLimitPerUserWithBackoff()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tryLogin(office, QStringLiteral("inge"), QStringLiteral("wrong password!"))
                         .error()
                         .failure,
                     AuthFailure::BadCredentials);
        // The fifth failure locks the name for 1 s; even the right password waits.
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), QStringLiteral("wrong password!"))
                     .error()
                     .failure,
                 AuthFailure::BadCredentials);
        auto locked = tryLogin(office, QStringLiteral("inge"), TestPassword);
        QCOMPARE(locked.error().failure, AuthFailure::RateLimited);
        QCOMPARE(locked.error().retryAfterSeconds, 1);
        // Another address does not help: the limit is per name.
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), TestPassword, QStringLiteral("10.9.9.9"))
                     .error()
                     .failure,
                 AuthFailure::RateLimited);
        office.advance(1);
        // The sixth failure doubles the lock.
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), QStringLiteral("wrong password!"))
                     .error()
                     .failure,
                 AuthFailure::BadCredentials);
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), TestPassword).error().retryAfterSeconds,
                 2);
        office.advance(2);
        QVERIFY(tryLogin(office, QStringLiteral("inge"), TestPassword));
        // A success clears the count.
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), QStringLiteral("wrong password!"))
                     .error()
                     .failure,
                 AuthFailure::BadCredentials);
        QVERIFY(tryLogin(office, QStringLiteral("inge"), TestPassword));
    }

    void rateLimitPerAddress()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        // 20 failures over many names from one address (each name stays under its own limit).
        for (int i = 0; i < 20; ++i) {
            office.advance(10);
            QCOMPARE(tryLogin(office, QStringLiteral("guess%1").arg(i / 4), TestPassword,
                              QStringLiteral("192.0.2.7"))
                         .error()
                         .failure,
                     AuthFailure::BadCredentials);
        }
        auto limited =
            tryLogin(office, QStringLiteral("inge"), TestPassword, QStringLiteral("192.0.2.7"));
        QCOMPARE(limited.error().failure, AuthFailure::RateLimited);
        // The oldest failure leaves the 15-minute window 15 min after it was made.
        QCOMPARE(limited.error().retryAfterSeconds, 15 * 60 - 190);
        // Another address is not affected.
        QVERIFY(tryLogin(office, QStringLiteral("inge"), TestPassword, QStringLiteral("10.1.1.1")));
        office.advance(15 * 60 - 190);
        QVERIFY(
            tryLogin(office, QStringLiteral("inge"), TestPassword, QStringLiteral("192.0.2.7")));
    }

    void accessTokenExpires()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto tokens = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        office.advance(15 * 60 - 1);
        QVERIFY(office.service->authenticate(tokens.accessToken));
        office.advance(1);
        QCOMPARE(office.service->authenticate(tokens.accessToken).error().failure,
                 AuthFailure::TokenExpired);
    }

    void refreshRotatesAndIsBoundToTheDevice()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto first = office.login(QStringLiteral("inge"), QStringLiteral("d1"));

        // Another device id cannot use the refresh token.
        QCOMPARE(office.service->refresh(first.refreshToken, QStringLiteral("d2"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);

        auto again =
            tryLogin(office, QStringLiteral("inge"), TestPassword, Address, QStringLiteral("d1"));
        QVERIFY(again);
        auto second = office.service->refresh(again->refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(second);
        QVERIFY(second->refreshToken != again->refreshToken);
        QVERIFY(office.service->authenticate(second->accessToken));
        // The new one rotates in turn; once it is used, the one before it is dead.
        auto third = office.service->refresh(second->refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(third);
        QCOMPARE(office.service->refresh(again->refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
        QVERIFY(office.service->refresh(third->refreshToken, QStringLiteral("d1"), Address));
    }

    // The answer to a refresh is lost: the client still holds only the token it sent, and
    // retries with it at its next sync (after a backoff of up to 15 minutes).
    void lostRefreshAnswerIsRetriedWithTheOldToken()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto held = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        auto lost = office.service->refresh(held.refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(lost); // never reaches the client

        office.advance(15 * 60);
        auto retried = office.service->refresh(held.refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(retried);
        QVERIFY(office.service->authenticate(retried->accessToken));
        // The successor nobody received is dead; the one received works.
        QCOMPARE(office.service->refresh(lost->refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
        auto next = office.service->refresh(retried->refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(next);
        // Once that one has been used, the old token is dead, grace or not.
        QCOMPARE(office.service->refresh(held.refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
        // Another device never gets in with it.
        QCOMPARE(office.service->refresh(next->refreshToken, QStringLiteral("d2"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
    }

    void rotatedRefreshTokenDiesAfterItsGrace()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto held = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        auto rotated = office.service->refresh(held.refreshToken, QStringLiteral("d1"), Address);
        QVERIFY(rotated);
        office.advance(3600); // the grace of one hour is over
        QCOMPARE(office.service->refresh(held.refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
        // The successor lives its full 30 days.
        QVERIFY(office.service->refresh(rotated->refreshToken, QStringLiteral("d1"), Address));
    }

    void refreshTokenExpires()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto tokens = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        office.advance(30 * 24 * 3600);
        QCOMPARE(office.service->refresh(tokens.refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::RefreshInvalid);
    }

    void revokedDeviceIsRefusedEverywhere()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        auto tokens = office.login(QStringLiteral("inge"), QStringLiteral("d1"));
        auto other = office.login(QStringLiteral("inge"), QStringLiteral("d2"));
        QVERIFY(office.service->store().run([&](StoreSession &session) -> Status {
            auto revoked = session.revokeDevice(QStringLiteral("d1"), office.service->now());
            if (!revoked || !*revoked)
                return fail(ErrorCode::NotFound, {});
            return {};
        }));
        QCOMPARE(office.service->authenticate(tokens.accessToken).error().failure,
                 AuthFailure::DeviceRevoked);
        QCOMPARE(office.service->refresh(tokens.refreshToken, QStringLiteral("d1"), Address)
                     .error()
                     .failure,
                 AuthFailure::DeviceRevoked);
        QCOMPARE(
            tryLogin(office, QStringLiteral("inge"), TestPassword, Address, QStringLiteral("d1"))
                .error()
                .failure,
            AuthFailure::DeviceRevoked);
        // The user's other device goes on working.
        QVERIFY(office.service->authenticate(other.accessToken));
    }

    void officeDeviceIdIsReserved()
    {
        TestOffice office;
        const QString team = office.addTeam(QStringLiteral("Noord"));
        office.addUser(QStringLiteral("inge"), team, Role::Inspector);
        QCOMPARE(tryLogin(office, QStringLiteral("inge"), TestPassword, Address,
                          QStringLiteral("office"))
                     .error()
                     .failure,
                 AuthFailure::BadCredentials);
    }
};

const QString TestOfficeAuth::Address = QStringLiteral("10.0.0.1");

QTEST_GUILESS_MAIN(TestOfficeAuth)
#include "tst_officeauth.moc"
