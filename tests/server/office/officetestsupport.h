#pragma once

#include "server/office/officeadmin.h"
#include "server/office/officechanges.h"
#include "server/office/officeservice.h"
#include "server/office/officevault.h"
#include "server/store/store.h"
#include "teststore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace schouw::test {

inline const QString TestPassword = QStringLiteral("correct horse battery");

// A temporary office with an injected clock and the cheapest password cost, on the store backend
// the test runs against (teststore.h: a fresh PostgreSQL database for the _pg entries).
struct TestOffice
{
    TestDatabase database; // first: dropped after the service closed its connections
    QTemporaryDir directory;
    std::shared_ptr<QDateTime> clock =
        std::make_shared<QDateTime>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    server::OfficeOptions options;
    std::unique_ptr<server::OfficeService> service;
    std::unique_ptr<server::OfficeVault> vault;

    TestOffice()
    {
        options.dataDirectory = directory.filePath(QStringLiteral("data"));
        options.storeUrl = database.url();
        options.passwordCost = server::PasswordCost::Interactive;
        options.clock = [c = clock] {
            return *c;
        };
        auto opened = server::OfficeService::open(options);
        if (!opened)
            qFatal("cannot open the office: %s", qPrintable(opened.error().detail));
        service = std::move(*opened);
    }

    void advance(qint64 seconds) { *clock = clock->addSecs(seconds); }

    server::OfficeAdmin admin()
    {
        if (!vault) {
            auto opened = server::OfficeVault::open(options.dataDirectory);
            if (!opened)
                qFatal("cannot open the office vault: %s", qPrintable(opened.error().detail));
            vault = std::move(*opened);
        }
        return server::OfficeAdmin(*service, *vault);
    }

    QString addTeam(const QString &name)
    {
        auto team = admin().addTeam(name);
        if (!team)
            qFatal("addTeam: %s", qPrintable(team.error().detail));
        return team->id;
    }

    QString addUser(const QString &login, const QString &team, server::Role role)
    {
        auto user = admin().addUser(login, login, team, role, TestPassword);
        if (!user)
            qFatal("addUser: %s %s", qPrintable(user.error().message),
                   qPrintable(user.error().detail));
        return user->id;
    }

    // A provider as the office's register would bring it in (an office change).
    QString addProvider(const QString &name = QStringLiteral("Zorg BV"))
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        server::StoredChange change;
        change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.entity = QStringLiteral("provider");
        change.entityId = id;
        change.fieldsJson =
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("name"), name}})
                                  .toJson(QJsonDocument::Compact));
        change.hlc = 1;
        const auto done = service->store().run([&](server::StoreSession &session) -> Status {
            auto stored = server::appendOfficeChanges(session, {change}, *clock);
            if (!stored)
                return std::unexpected(stored.error());
            return {};
        });
        if (!done)
            qFatal("addProvider: %s", qPrintable(done.error().detail));
        return id;
    }

    void assign(const QString &team, const QString &provider)
    {
        auto done = admin().assign(team, {provider}, true);
        if (!done)
            qFatal("assign: %s", qPrintable(done.error().detail));
    }

    server::TokenPair login(const QString &user, const QString &device)
    {
        auto tokens = service->login(user, TestPassword, device, QStringLiteral("laptop"),
                                     QStringLiteral("10.0.0.1"));
        if (!tokens)
            qFatal("login of %s failed: %d", qPrintable(user), int(tokens.error().failure));
        return *tokens;
    }

    server::Principal principal(const server::TokenPair &tokens)
    {
        auto who = service->authenticate(tokens.accessToken);
        if (!who)
            qFatal("authenticate failed: %d", int(who.error().failure));
        return *who;
    }
};

} // namespace schouw::test
