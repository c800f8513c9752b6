#pragma once

#include "changewriter.h"

namespace schouw {

// Keeps the tables that are derived from a synced record in step with it. Called by ChangeWriter
// inside the record's transaction, for local and (later) remote changes alike.
[[nodiscard]] Status updateDerivedTables(Database &db, QStringView entity, const Id &id,
                                         const QVariantMap &fields, ChangeOp op);

// The search tokens of a text: lower case, accents removed, split on anything that is not a
// letter or digit. "Zorggroep Élan-Oost, 1234 AB" gives {"zorggroep", "elan", "oost", "1234",
// "ab"}.
[[nodiscard]] QStringList searchTokens(const QString &text);
// The key the provider list sorts on: lower case without accents, so "Ésdoorn" sorts under e.
[[nodiscard]] QString sortKey(const QString &text);

} // namespace schouw
