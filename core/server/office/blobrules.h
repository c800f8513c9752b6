#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringView>

// Rules for attachment content at the office (docs/office-service.md, "Attachment content"),
// kept apart from OfficeService so they read on their own and are shared by its calls.
namespace schouw::server {

class StoreSession;

// A content address as the protocol writes it: 64 lower-case hex digits.
[[nodiscard]] bool isSha256Hex(QStringView text);

// Whether an attachment the office accepted names this content in a provider assigned to the
// team. The answer depends on the references alone, never on whether the content exists, so a
// refusal tells an outsider nothing. An empty team may use nothing.
[[nodiscard]] Result<bool> teamMayUseBlob(StoreSession &session, const QString &teamId,
                                          const QString &sha256);

// The SHA-256 (lower-case hex) of the first `size` stored bytes of the content, read back in
// pieces of `piece` bytes so the whole never sits in memory. Database error when bytes are
// missing.
[[nodiscard]] Result<QString> storedBlobHash(StoreSession &session, const QString &sha256,
                                             qint64 size, qint64 piece);

} // namespace schouw::server
