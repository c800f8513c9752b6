#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Which records a team may see and write (contract "Scope", docs/office-service.md). Entity names
// are the client vault's (core/vault/schema.h): the display record of a user is entity "user"
// (table app_user).
namespace schouw::server {

enum class EntityClass {
    GlobalReference, // framework, team, user: office-written, everyone pulls them
    ProviderOffice, // provider, location, risk_signal: office-written, scoped to a provider
    Fieldwork, // visit and everything under it: written by inspectors of the provider's team
    Audit, // audit_event: accepted from clients, kept for the office, never pulled
};

[[nodiscard]] std::optional<EntityClass> entityClass(QStringView entity);

// The field of a provider-scoped or fieldwork record that names what its scope comes from: a
// visit's provider_id, an observation's visit_id, a review comment's report_id, an attachment's
// owner_id. Empty for provider (its own scope) and the global records.
[[nodiscard]] QString scopeField(QStringView entity);

// The entity that field must name, or empty when any scoped record will do (attachment owners).
[[nodiscard]] QString parentEntity(QStringView entity);

} // namespace schouw::server
