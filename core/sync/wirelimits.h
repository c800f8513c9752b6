#pragma once

#include <cstdint>

// Every bound of the sync wire format in one place. The decoder checks each length and count
// against these before it allocates anything, so a hostile peer cannot make it reserve more than
// a small multiple of the bytes it actually sent. Raising a limit is a protocol change: an older
// peer still refuses what exceeds its own limits (docs/sync-protocol.md).
namespace schouw::wire {

// "SCHW", then the protocol version (uint16) and the payload length (uint32), little-endian.
inline constexpr char kMagic[4] = {'S', 'C', 'H', 'W'};
inline constexpr std::uint16_t kProtocolVersion = 1;
inline constexpr std::uint32_t kHeaderBytes = 4 + 2 + 4;

// Whole message, header included; checked before anything else is read.
inline constexpr std::uint32_t kMaxMessageBytes = 32u * 1024u * 1024u;

inline constexpr std::uint32_t kMaxChangesPerBatch = 10'000;
inline constexpr std::uint32_t kMaxEntityBytes = 64;
inline constexpr std::uint32_t kMaxFieldsJsonBytes = 1024u * 1024u;
inline constexpr std::uint32_t kMaxDeviceIdBytes = 128;
// WireChange version 2: the bases of a change's free-text fields, a few change ids each (a
// resolved conflict names every head). 64 KiB is over 1,500 ids.
inline constexpr std::uint32_t kMaxBasesJsonBytes = 64u * 1024u;
// A string without a field of its own (none today) gets the largest field limit.
inline constexpr std::uint32_t kMaxAnyStringBytes = kMaxFieldsJsonBytes;
// Counts read through Boost's own collection code (none today) are held to the batch limit.
inline constexpr std::uint32_t kMaxAnyCount = kMaxChangesPerBatch;

// Smallest encoding of one change: three UUIDs, three string lengths, op and HLC (version 1; a
// version-2 change has one string length more). Used to check a count against the bytes that
// remain before the vector is reserved.
inline constexpr std::uint32_t kMinChangeBytes = 3 * 16 + 3 * 4 + 1 + 8;

// Change operations as they travel; matches ChangeOp (Insert, Update, Delete).
inline constexpr std::uint8_t kMaxOp = 2;

} // namespace schouw::wire
