#pragma once

#include "domain/id.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <random>
#include <span>
#include <string_view>

namespace schouw::demo {

// A seeded random source whose output is the same on every platform and standard library:
// std::mt19937_64 is fully specified by the standard, and every mapping onto a range is our own
// (the std distributions differ between libstdc++, libc++ and MSVC).
class DemoRandom
{
public:
    // A stream of its own per step, so that a change in one step (one more provider) does not
    // shift the values of all later steps.
    DemoRandom(std::uint64_t seed, std::string_view stream);

    [[nodiscard]] std::uint64_t next() { return m_engine(); }
    // Uniform in [0, bound); bound must be positive.
    [[nodiscard]] std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high], both included.
    [[nodiscard]] int between(int low, int high);
    [[nodiscard]] bool chance(int percent) { return below(100) < std::uint64_t(percent); }
    // An index into weights, each chosen in proportion to its weight.
    [[nodiscard]] qsizetype weighted(std::span<const int> weights);
    // A version-4 style UUID made of the stream's bits.
    [[nodiscard]] Id uuid();
    [[nodiscard]] QByteArray bytes(qsizetype size);

    template<typename T> [[nodiscard]] const T &pick(std::span<const T> items)
    {
        Q_ASSERT(!items.empty());
        return items[below(items.size())];
    }
    template<typename T> [[nodiscard]] const T &pick(const QList<T> &items)
    {
        Q_ASSERT(!items.isEmpty());
        return items.at(qsizetype(below(std::uint64_t(items.size()))));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace schouw::demo
