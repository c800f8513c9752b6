#include "hlc.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace schouw {

HlcTimestamp HlcTimestamp::fromPacked(std::int64_t packed)
{
    return {packed >> 16, static_cast<std::uint16_t>(packed & 0xffff)};
}

QString HlcTimestamp::toText() const
{
    return QStringLiteral("%1-%2")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'));
}

HlcTimestamp HlcTimestamp::fromText(QStringView text, bool *ok)
{
    const auto dash = text.indexOf(QLatin1Char('-'));
    bool msOk = false;
    bool counterOk = false;
    HlcTimestamp result;
    if (dash > 0) {
        result.wallMs = text.left(dash).toLongLong(&msOk);
        const auto counter = text.mid(dash + 1).toUInt(&counterOk);
        counterOk = counterOk && counter <= std::numeric_limits<std::uint16_t>::max();
        result.counter = static_cast<std::uint16_t>(counter);
    }
    if (ok)
        *ok = msOk && counterOk && result.wallMs >= 0;
    return (msOk && counterOk) ? result : HlcTimestamp {};
}

HlcClock::HlcClock(WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock)
                            : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

HlcTimestamp HlcClock::successor(std::int64_t wallMs, HlcTimestamp floor) const
{
    if (wallMs > floor.wallMs)
        return {wallMs, 0};
    // The wall clock has not moved past the floor: count within the floor's millisecond, and
    // borrow the next millisecond once the counter is exhausted rather than wrapping around.
    if (floor.counter == std::numeric_limits<std::uint16_t>::max())
        return {floor.wallMs + 1, 0};
    return {floor.wallMs, static_cast<std::uint16_t>(floor.counter + 1)};
}

HlcTimestamp HlcClock::now()
{
    m_last = successor(m_wallClock(), m_last);
    return m_last;
}

HlcTimestamp HlcClock::observe(HlcTimestamp remote)
{
    m_last = successor(m_wallClock(), std::max(m_last, remote));
    return m_last;
}

void HlcClock::advanceTo(HlcTimestamp last)
{
    m_last = std::max(m_last, last);
}

} // namespace schouw
