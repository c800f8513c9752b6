#pragma once

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <memory>

namespace schouw::test {

// A wall clock the test sets by hand; copies share the same time.
class ManualClock
{
public:
    explicit ManualClock(std::int64_t startMs = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_now(std::make_shared<std::int64_t>(startMs))
    {
    }

    [[nodiscard]] std::function<std::int64_t()> function() const
    {
        return [now = m_now] {
            return *now;
        };
    }
    void set(std::int64_t ms) { *m_now = ms; }
    void advance(std::int64_t ms) { *m_now += ms; }
    [[nodiscard]] std::int64_t now() const { return *m_now; }

private:
    std::shared_ptr<std::int64_t> m_now;
};

} // namespace schouw::test
