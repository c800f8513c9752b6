#pragma once

#include <QString>
#include <QStringView>

namespace schouw::server {

// Bearer tokens (docs/office-service.md): 32 random bytes as base64url without padding. The
// store keeps only the SHA-256 of each (hex), so a copy of the store does not hand out logins.
[[nodiscard]] QString newToken();
[[nodiscard]] QString tokenHash(QStringView token);
// Whether text can be a token at all (43 base64url characters); checked before any lookup.
[[nodiscard]] bool looksLikeToken(QStringView token);
// Compares two equally long strings (such as hashes) in constant time.
[[nodiscard]] bool equalConstantTime(const QString &a, const QString &b);

} // namespace schouw::server
