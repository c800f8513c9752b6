// Load: 200 simulated clients syncing at once against a real schouw-server (docs/benchmarks.md,
// "Load: 200 clients"). Not a test: it prints figures and asserts nothing about time.
//
// The server runs on the embedded store, or on PostgreSQL when SCHOUW_TEST_STORE_URL names a
// cluster (OfficeServerProcess then gives it a fresh database there):
//   build-bench/tests/bench/bench_load
//   SCHOUW_TEST_STORE_URL=$(scripts/pg-test-cluster start) build-bench/tests/bench/bench_load
//
// It seeds the demo office, adds teams (below), logs 200 clients in (a device each),
// lets every client pull what its team sees (the catch-up, reported apart), then runs rounds in
// which every client pushes a small batch (a new visit and four findings: five changes) and at once
// pulls from its cursor, all 200 at the same time. Each client has its own
// QNetworkAccessManager, hence its own connection (one manager would allow 6 per host). Latency
// is measured per request, from sending to the whole answer; an error is any answer but 200.
// SCHOUW_LOAD_CLIENTS, SCHOUW_LOAD_ROUNDS and SCHOUW_LOAD_TEAMS change the defaults (200, 5 and
// 20 teams: the two demo teams and 18 more, the providers dealt out over all of them; with
// SCHOUW_LOAD_TEAMS=2 every client is in one of two teams of 100, so each pull brings the work of
// a hundred others).
#include "officeserverprocess.h"

#include "domain/id.h"
#include "sync/changebatch.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace schouw;

namespace {

const QString Password = QStringLiteral("bench-wachtwoord-2026-load");
const QByteArray BatchType = QByteArrayLiteral("application/x-schouw-batch");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Figures
{
    std::vector<double> milliseconds;
    int errors = 0;
    std::map<QString, int> errorKinds;
};

struct Client
{
    QString login;
    QString deviceId;
    QString provider; // one the team may write to, learnt from the catch-up pull
    QStringList providers;
    QByteArray accessToken;
    QString userId;
    quint64 cursor = 0;
    int round = 0;
    std::unique_ptr<QNetworkAccessManager> network;
};

class Load
{
public:
    explicit Load(test::OfficeServerProcess &server)
        : m_server(server)
    {
    }

    bool prepare(int clientCount, int teamCount)
    {
        const QJsonObject seeded = m_server.seed(Password);
        if (seeded.isEmpty()) {
            std::fprintf(stderr, "demo-seed failed: %s\n", qPrintable(m_server.lastError()));
            return false;
        }
        QList<QStringList> loginsPerTeam; // fieldwork logins, by team in seed order
        QStringList teamNames;
        QList<QStringList> providersPerTeam;
        for (const QJsonValue &team : seeded.value(QStringLiteral("teams")).toArray()) {
            teamNames << team.toObject().value(QStringLiteral("name")).toString();
            QStringList ids;
            for (const QJsonValue &id :
                 team.toObject().value(QStringLiteral("providerIds")).toArray())
                ids << id.toString();
            providersPerTeam << ids;
            loginsPerTeam << QStringList();
        }
        for (const QJsonValue &user : seeded.value(QStringLiteral("users")).toArray()) {
            const QJsonObject object = user.toObject();
            const QString role = object.value(QStringLiteral("role")).toString();
            const qsizetype team =
                teamNames.indexOf(object.value(QStringLiteral("team")).toString());
            if (team >= 0 && (role == u"inspector" || role == u"family_inspector"))
                loginsPerTeam[team] << object.value(QStringLiteral("login")).toString();
        }
        if (!addTeams(teamCount, teamNames, providersPerTeam, loginsPerTeam))
            return false;
        for (int i = 0; i < clientCount; ++i) {
            auto client = std::make_unique<Client>();
            const QStringList &logins = loginsPerTeam.at(i % loginsPerTeam.size());
            client->login = logins.at((i / loginsPerTeam.size()) % logins.size());
            client->deviceId = idText(newId());
            client->network = std::make_unique<QNetworkAccessManager>();
            m_clients.push_back(std::move(client));
        }
        return m_server.start();
    }

    // Beyond the two demo teams, teams of their own with one fieldwork user each (the clients of
    // a team are that user's devices), and the demo providers dealt out over all teams: what a
    // client pulls is its own team's work, as in an inspectorate of many small teams.
    bool addTeams(int teamCount, const QStringList &demoTeams,
                  const QList<QStringList> &demoProviders, QList<QStringList> &loginsPerTeam)
    {
        QList<std::pair<QString, QString>> providers; // id, demo team
        for (qsizetype t = 0; t < demoTeams.size(); ++t)
            for (const QString &id : demoProviders.at(t))
                providers.append({id, demoTeams.at(t)});
        if (loginsPerTeam.isEmpty() || teamCount <= demoTeams.size())
            return !loginsPerTeam.isEmpty();
        const QString passwordFile = m_server.passwordFile(Password);
        QList<QStringList> assigned(teamCount);
        for (qsizetype i = 0; i < providers.size(); ++i)
            assigned[i % teamCount] << providers.at(i).first;
        for (int t = int(demoTeams.size()); t < teamCount; ++t) {
            const QString name = QStringLiteral("Lastteam %1").arg(t + 1);
            const QString login = QStringLiteral("last%1").arg(t + 1);
            if (m_server.admin({QStringLiteral("team"), QStringLiteral("add"), name}) != 0 ||
                m_server.admin({QStringLiteral("user"), QStringLiteral("add"), login,
                                QStringLiteral("--name"), login, QStringLiteral("--team"), name,
                                QStringLiteral("--role"), QStringLiteral("inspector"),
                                QStringLiteral("--password-file"), passwordFile}) != 0)
                return false;
            QMap<QString, QStringList> fromDemoTeam;
            for (const auto &[id, demoTeam] : std::as_const(providers))
                if (assigned.at(t).contains(id))
                    fromDemoTeam[demoTeam] << id;
            for (auto it = fromDemoTeam.cbegin(); it != fromDemoTeam.cend(); ++it)
                if (m_server.admin(QStringList {QStringLiteral("unassign"), it.key()} +
                                   it.value()) != 0)
                    return false;
            if (assigned.at(t).isEmpty() ||
                m_server.admin(QStringList {QStringLiteral("assign"), name} + assigned.at(t)) != 0)
                return false;
            loginsPerTeam << QStringList {login};
        }
        return true;
    }

    // Every client at once, each running `step` until it calls done; returns when all are done.
    void phase(const std::function<void(Client &, std::function<void()>)> &step)
    {
        QEventLoop loop;
        int running = int(m_clients.size());
        for (auto &client : m_clients)
            step(*client, [&] {
                if (--running == 0)
                    loop.quit();
            });
        if (running > 0)
            loop.exec();
    }

    void login(Client &client, std::function<void()> done)
    {
        QNetworkRequest request(url(QStringLiteral("/v1/auth/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body =
            QJsonDocument(QJsonObject {{QStringLiteral("user"), client.login},
                                       {QStringLiteral("password"), Password},
                                       {QStringLiteral("deviceId"), client.deviceId},
                                       {QStringLiteral("deviceName"), QStringLiteral("bench")}})
                .toJson(QJsonDocument::Compact);
        send(
            client, m_logins, client.network->post(request, body),
            [&client, done](QNetworkReply &reply) {
                const QJsonObject tokens = QJsonDocument::fromJson(reply.readAll()).object();
                client.accessToken =
                    tokens.value(QStringLiteral("accessToken")).toString().toLatin1();
                client.userId = tokens.value(QStringLiteral("userId")).toString();
                done();
            },
            done);
    }

    // Pulls pages until the office says there is no more.
    void pull(Client &client, Figures &figures, std::function<void()> done)
    {
        QUrl address = url(QStringLiteral("/v1/sync/pull"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("after"), QString::number(client.cursor));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        address.setQuery(query);
        QNetworkRequest request = authorised(client, address);
        request.setRawHeader("Accept", BatchType);
        send(
            client, figures, client.network->get(request),
            [this, &client, &figures, done](QNetworkReply &reply) {
                const QByteArray bytes = reply.readAll();
                m_pulledBytes += bytes.size();
                if (&figures == &m_catchUp) {
                    // The providers the team may write to: the office sends them down.
                    if (auto batch = wire::decodeBatch(bytes))
                        for (const wire::WireChange &change : batch->changes)
                            if (change.entity == "provider" && change.op == 0)
                                client.providers.append(
                                    idText(sync::fromWireUuid(change.entityId)));
                }
                client.cursor = reply.rawHeader("Schouw-Next-Cursor").toULongLong();
                if (reply.rawHeader("Schouw-More") == "1")
                    pull(client, figures, done);
                else
                    done();
            },
            done);
    }

    void push(Client &client, std::function<void()> done)
    {
        QNetworkRequest request = authorised(client, url(QStringLiteral("/v1/sync/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, BatchType);
        request.setRawHeader("Accept", QByteArrayLiteral("application/json"));
        const QByteArray body = wire::encodeBatch(batchFor(client));
        m_pushedChanges += 5;
        send(
            client, m_pushes, client.network->post(request, body),
            [done](QNetworkReply &reply) {
                (void)reply.readAll();
                done();
            },
            done);
    }

    // One round: push, then pull what arrived since the cursor.
    void sync(Client &client, int rounds, std::function<void()> done)
    {
        if (client.round >= rounds || client.provider.isEmpty())
            return done();
        ++client.round;
        push(client, [this, &client, rounds, done] {
            pull(client, m_pulls, [this, &client, rounds, done] { sync(client, rounds, done); });
        });
    }

    static void print(const char *what, Figures &figures)
    {
        auto &values = figures.milliseconds;
        std::sort(values.begin(), values.end());
        const auto at = [&](double share) {
            if (values.empty())
                return 0.0;
            const auto index = std::size_t(share * double(values.size() - 1) + 0.5);
            return values.at(std::min(index, values.size() - 1));
        };
        std::printf("%-14s %6zu requests  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  errors %d\n",
                    what, values.size(), at(0.50), at(0.99), values.empty() ? 0.0 : values.back(),
                    figures.errors);
        for (const auto &[kind, count] : figures.errorKinds)
            std::printf("%-14s   %d x %s\n", "", count, qPrintable(kind));
    }

    Figures m_logins, m_catchUp, m_pushes, m_pulls;
    qint64 m_pulledBytes = 0;
    qint64 m_pushedChanges = 0;
    std::vector<std::unique_ptr<Client>> m_clients;

private:
    QUrl url(const QString &path) const
    {
        QUrl address = m_server.url();
        address.setPath(path);
        return address;
    }

    static QNetworkRequest authorised(const Client &client, const QUrl &address)
    {
        QNetworkRequest request(address);
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + client.accessToken);
        return request;
    }

    // Times one request; an answer other than 200 counts as an error and ends the client's phase.
    void send(Client &, Figures &figures, QNetworkReply *reply,
              std::function<void(QNetworkReply &)> ok, std::function<void()> failed)
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QObject::connect(reply, &QNetworkReply::finished, reply, [=, &figures] {
            reply->deleteLater();
            figures.milliseconds.push_back(double(timer->nsecsElapsed()) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                ++figures.errors;
                ++figures.errorKinds[status ? QStringLiteral("HTTP %1").arg(status)
                                            : reply->errorString()];
                return failed();
            }
            ok(*reply);
        });
    }

    wire::ChangeBatch batchFor(const Client &client)
    {
        const auto change = [&](const QString &entity, const Id &id, const QJsonObject &fields) {
            wire::WireChange wire;
            wire.changeId = sync::toWireUuid(newId());
            wire.entity = entity.toStdString();
            wire.entityId = sync::toWireUuid(id);
            wire.op = 0;
            wire.fieldsJson = QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString();
            wire.authorId = sync::toWireUuid(idFromText(client.userId));
            wire.deviceId = client.deviceId.toStdString();
            wire.hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16 | (++m_counter & 0xffff);
            return wire;
        };
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const Id visit = newId();
        wire::ChangeBatch batch;
        batch.changes.push_back(change(QStringLiteral("visit"), visit,
                                       {{QStringLiteral("provider_id"), client.provider},
                                        {QStringLiteral("type"), QStringLiteral("unannounced")},
                                        {QStringLiteral("started_at"), now}}));
        for (int i = 1; i <= 4; ++i)
            batch.changes.push_back(change(
                QStringLiteral("observation"), newId(),
                {{QStringLiteral("visit_id"), idText(visit)},
                 {QStringLiteral("text"),
                  QStringLiteral("Bevinding %1: de medicatie wordt niet dubbel gecontroleerd.")
                      .arg(i)},
                 {QStringLiteral("source"), QStringLiteral("seen")},
                 {QStringLiteral("author_id"), client.userId},
                 {QStringLiteral("observed_at"), now}}));
        return batch;
    }

    test::OfficeServerProcess &m_server;
    quint64 m_counter = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int clients = envInt("SCHOUW_LOAD_CLIENTS", 200);
    const int rounds = envInt("SCHOUW_LOAD_ROUNDS", 5);
    const int teams = std::max(1, envInt("SCHOUW_LOAD_TEAMS", 20));
    // More connections than clients, the default four workers.
    test::OfficeServerProcess server(QStringLiteral("[server]\nmax_connections = 1024\n"));
    const bool postgres = !server.storeUrl().isEmpty();
    Load load(server);
    if (!load.prepare(clients, teams)) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    std::printf("schouw-server on %s, %d clients in %d teams, %d rounds of push (5 changes) + "
                "pull\n",
                postgres ? "PostgreSQL" : "the embedded store", clients, std::max(teams, 2),
                rounds);

    QElapsedTimer wall;
    wall.start();
    load.phase([&](Client &client, std::function<void()> done) { load.login(client, done); });
    const qint64 loginMs = wall.restart();
    load.phase([&](Client &client, std::function<void()> done) {
        if (client.accessToken.isEmpty())
            return done();
        load.pull(client, load.m_catchUp, done);
    });
    const qint64 catchUpMs = wall.restart();
    int index = 0;
    for (auto &client : load.m_clients) {
        if (client->providers.isEmpty()) {
            std::fprintf(stderr, "a client received no provider in its catch-up pull\n");
            return 1;
        }
        client->provider = client->providers.at(index++ % client->providers.size());
    }
    load.phase([&](Client &client, std::function<void()> done) {
        if (client.accessToken.isEmpty())
            return done();
        load.sync(client, rounds, done);
    });
    const qint64 syncMs = wall.elapsed();

    Load::print("login", load.m_logins);
    Load::print("catch-up pull", load.m_catchUp);
    Load::print("push", load.m_pushes);
    Load::print("pull", load.m_pulls);
    std::printf("wall: logins %lld ms, catch-up %lld ms, %d rounds %lld ms (%.0f changes/s "
                "pushed); %lld bytes pulled in all\n",
                static_cast<long long>(loginMs), static_cast<long long>(catchUpMs), rounds,
                static_cast<long long>(syncMs),
                syncMs > 0 ? double(load.m_pushedChanges) * 1000.0 / double(syncMs) : 0.0,
                static_cast<long long>(load.m_pulledBytes));
    server.stop();
    const int errors =
        load.m_logins.errors + load.m_catchUp.errors + load.m_pushes.errors + load.m_pulls.errors;
    return errors == 0 ? 0 : 2;
}
