#pragma once

#include "scriptedoffice.h"
#include "sync/changebatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace schouw::test {

// The office as far as a client can tell, in memory, behind a ScriptedOffice: login, refresh
// (rotating the refresh token), push (idempotent by change id, a global seq) and pull (paged,
// without the caller's own changes), with faults a test can switch on per route.
class FakeOffice
{
public:
    static constexpr const char *UserId = "0d9c1b2a-8f7e-4c6d-9b5a-4e3f2a1b0c9d";

    FakeOffice();

    [[nodiscard]] bool listen() { return m_http.listen(); }
    [[nodiscard]] QUrl url() const { return m_http.url(); }
    [[nodiscard]] ScriptedOffice &http() { return m_http; }

    // Changes as if pushed by another device (its id is in each change).
    void addChanges(const wire::ChangeBatch &batch);
    [[nodiscard]] const QList<wire::WireChange> &changes() const { return m_changes; }
    [[nodiscard]] qint64 lastSeq() const { return m_changes.size(); }
    [[nodiscard]] int pushes() const { return m_pushes; }
    [[nodiscard]] qint64 duplicates() const { return m_duplicates; }

    QByteArray storeId = "6a1f8f7e-3c2b-4d6a-9a55-0b9f3f1d2c11";
    QString password = QStringLiteral("geheim wachtwoord");
    bool refreshRefused = false;
    bool revoked = false;
    // When set, answers this instead of the route (after the login).
    std::function<std::optional<HttpResponse>(const HttpRequest &)> fault;
    // Forget the last seq (a restored backup): pulls report this as the last seq.
    std::optional<qint64> reportedLastSeq;

private:
    HttpResponse handle(const HttpRequest &request);
    HttpResponse tokens(const QString &deviceId);
    [[nodiscard]] QString deviceFor(const HttpRequest &request) const;

    ScriptedOffice m_http;
    QList<wire::WireChange> m_changes; // seq = index + 1
    QSet<QByteArray> m_known;
    QHash<QByteArray, QString> m_accessTokens; // token -> device
    QHash<QByteArray, QString> m_refreshTokens;
    int m_issued = 0;
    int m_pushes = 0;
    qint64 m_duplicates = 0;
};

} // namespace schouw::test
