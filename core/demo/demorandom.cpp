#include "demorandom.h"

#include <cstring>

namespace schouw::demo {

namespace {

// FNV-1a and splitmix64: fixed arithmetic, so a stream's seed is the same everywhere.
std::uint64_t hashName(std::string_view name)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : name) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::uint64_t splitmix64(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::string_view stream)
    : m_engine(splitmix64(seed ^ splitmix64(hashName(stream))))
{
}

std::uint64_t DemoRandom::below(std::uint64_t bound)
{
    Q_ASSERT(bound > 0);
    // Rejection of the few top values that would favour small results.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t value = next();
        if (value >= threshold)
            return value % bound;
    }
}

int DemoRandom::between(int low, int high)
{
    Q_ASSERT(low <= high);
    return low + static_cast<int>(below(std::uint64_t(std::int64_t(high) - low + 1)));
}

qsizetype DemoRandom::weighted(std::span<const int> weights)
{
    std::uint64_t total = 0;
    for (const int weight : weights)
        total += std::uint64_t(weight);
    std::uint64_t point = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (point < std::uint64_t(weights[i]))
            return qsizetype(i);
        point -= std::uint64_t(weights[i]);
    }
    return qsizetype(weights.size()) - 1;
}

Id DemoRandom::uuid()
{
    char raw[16];
    const std::uint64_t high = next();
    const std::uint64_t low = next();
    for (int i = 0; i < 8; ++i) {
        raw[i] = static_cast<char>(high >> (56 - 8 * i));
        raw[8 + i] = static_cast<char>(low >> (56 - 8 * i));
    }
    raw[6] = static_cast<char>((raw[6] & 0x0f) | 0x40); // version 4
    raw[8] = static_cast<char>((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(raw, 16));
}

QByteArray DemoRandom::bytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    char *out = data.data();
    qsizetype i = 0;
    // Byte by byte from each 64-bit value (not memcpy) so the result does not depend on endianness.
    for (; i + 8 <= size; i += 8) {
        const std::uint64_t value = next();
        for (int b = 0; b < 8; ++b)
            out[i + b] = static_cast<char>(value >> (8 * b));
    }
    if (i < size) {
        const std::uint64_t value = next();
        for (int b = 0; i < size; ++i, ++b)
            out[i] = static_cast<char>(value >> (8 * b));
    }
    return data;
}

} // namespace schouw::demo
