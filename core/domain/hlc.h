#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <functional>

namespace schouw {

// A hybrid logical clock timestamp: wall-clock milliseconds plus a counter that orders events
// within one millisecond or while the wall clock stands still or runs backwards. Packed into one
// 64-bit integer (48 bits of milliseconds, 16 of counter) so SQLite can index and compare it.
struct HlcTimestamp
{
    std::int64_t wallMs = 0;
    std::uint16_t counter = 0;

    [[nodiscard]] std::int64_t packed() const { return (wallMs << 16) | counter; }
    [[nodiscard]] static HlcTimestamp fromPacked(std::int64_t packed);
    // Text form "<ms>-<counter>", zero padded so that text order equals time order.
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static HlcTimestamp fromText(QStringView text, bool *ok = nullptr);

    auto operator<=>(const HlcTimestamp &) const = default;
};

// Issues HLC timestamps that never go backwards on this device, whatever the wall clock does, and
// stay ahead of every remote timestamp seen. Not thread-safe: one clock per vault, used by its
// owning thread.
class HlcClock
{
public:
    using WallClock = std::function<std::int64_t()>; // milliseconds since the epoch

    // A clock reading the system time; tests inject their own wall clock.
    explicit HlcClock(WallClock wallClock = {});

    // The next timestamp for a local event.
    [[nodiscard]] HlcTimestamp now();
    // Takes note of a timestamp received from elsewhere; the next local timestamp is after it.
    HlcTimestamp observe(HlcTimestamp remote);
    // Starts after the given timestamp (the newest one persisted), e.g. after reopening a vault.
    void advanceTo(HlcTimestamp last);

    [[nodiscard]] HlcTimestamp last() const { return m_last; }

private:
    [[nodiscard]] HlcTimestamp successor(std::int64_t wallMs, HlcTimestamp floor) const;

    WallClock m_wallClock;
    HlcTimestamp m_last;
};

} // namespace schouw
