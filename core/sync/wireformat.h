#pragma once

#include "domain/error.h"
#include "sync/changebatch.h"

#include <QByteArray>
#include <QByteArrayView>

// Encoding and decoding of a change batch as it travels between client and office: a 10-byte
// protocol header ("SCHW", version, payload length) and the portable archive of the batch. The
// layout is in docs/sync-protocol.md. Both functions are pure and thread-safe.
namespace schouw::wire {

// Why a decode failed, for callers that react differently (a newer peer asks for an update,
// not for a bug report). Every failure is also an Error: ProtocolTooNew for NewerProtocol (a
// newer protocol version or a newer class version inside), InvalidInput for the others.
enum class DecodeFailure : std::uint8_t {
    None,
    Malformed, // damaged, truncated, over a field limit, trailing bytes, ...
    TooLarge, // the message is above kMaxMessageBytes
    NewerProtocol, // made by a newer Schouw: a protocol or class version above this build's
};

// The message for `batch`. A batch that breaks a limit of wirelimits.h (too many changes, a
// field too long) is never encoded: the result is then empty, which no valid message is.
[[nodiscard]] QByteArray encodeBatch(const ChangeBatch &batch);

// Reads a message from an untrusted peer. Never throws, never allocates more than a small
// multiple of bytes.size(), and refuses (InvalidInput or ProtocolTooNew, a translated message, a
// detail without content) anything that is not exactly one well-formed batch of a supported version
// within the limits of wirelimits.h. When `failure` is given it receives the kind of failure, or
// None.
[[nodiscard]] Result<ChangeBatch> decodeBatch(QByteArrayView bytes,
                                              DecodeFailure *failure = nullptr);

} // namespace schouw::wire
