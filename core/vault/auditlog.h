#pragma once

#include "domain/error.h"
#include "domain/records.h"

namespace schouw {

class Vault;

// The append-only audit trail. Each event carries the SHA-256 of the event before it, so removing
// or changing one breaks the chain; triggers in the schema refuse UPDATE and DELETE outright.
// Events name actions and record ids, never content or personal data.
class AuditLog
{
public:
    explicit AuditLog(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Result<AuditEvent> append(const QString &action, const QString &entity = {},
                                            const Id &entityId = {});
    [[nodiscard]] Result<QList<AuditEvent>> events();
    // Recomputes every hash; returns the sequence numbers where the chain breaks (empty: intact).
    [[nodiscard]] Result<QList<qint64>> verifyChain();

    [[nodiscard]] static QByteArray hashOf(const AuditEvent &event);

private:
    Vault &m_vault;
};

} // namespace schouw
