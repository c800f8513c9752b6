#pragma once

#include <boost/archive/basic_archive.hpp>
#include <boost/archive/detail/common_iarchive.hpp>
#include <boost/archive/detail/common_oarchive.hpp>
#include <boost/serialization/collection_size_type.hpp>
#include <boost/serialization/item_version_type.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

// A Boost.Serialization archive pair with a byte layout that is the same on every platform:
// integers of stated width in little-endian order, strings as a uint32 length and the bytes,
// counts as uint32. Boost's own binary archive writes the platform's `long` and `size_t` and is
// not portable. The input archive never trusts a size it reads: every length and count is held
// to a maximum and to the bytes that remain before anything is allocated.
namespace schouw::wire {

// A UUID as its 16 bytes in RFC 4122 order (QUuid::toRfc4122).
struct WireUuid
{
    std::array<std::uint8_t, 16> bytes {};

    bool operator==(const WireUuid &) const = default;
};

// A string field with its own limit; serialize() wraps fields in it so the input archive can
// refuse an oversized length before it allocates.
struct BoundedString
{
    std::string &value;
    std::uint32_t maxBytes;
};

// An element count with its limit and the smallest encoding of one element, so a count that the
// remaining bytes cannot hold is refused before the container is reserved.
struct BoundedCount
{
    std::uint32_t &value;
    std::uint32_t maxCount;
    std::uint32_t minElementBytes;
};

// Why an archive gave up. Thrown inside the archive and turned into an Error at the decode
// boundary; never crosses the event loop.
enum class ArchiveFault : std::uint8_t {
    Truncated, // a read past the end of the input
    TooLong, // a string length above its field's maximum
    TooMany, // a count above its maximum
    BeyondInput, // a length or count the remaining bytes cannot hold
    BadValue, // a value outside its domain (tracking flag, bool, op)
    NewerClass, // a class version newer than this build knows
    Unsupported, // pointers, class names, object ids: not part of the format
};

class ArchiveError : public std::exception
{
public:
    explicit ArchiveError(ArchiveFault fault)
        : m_fault(fault)
    {
    }
    [[nodiscard]] ArchiveFault fault() const { return m_fault; }
    [[nodiscard]] const char *what() const noexcept override;

private:
    ArchiveFault m_fault;
};

// The integer types the format admits. On Windows `long` is 32 bits and is none of these, so a
// field declared `long` fails to compile there instead of silently changing the layout.
template<typename T>
concept WireInteger = std::same_as<T, std::uint8_t> || std::same_as<T, std::int8_t> ||
    std::same_as<T, std::uint16_t> || std::same_as<T, std::int16_t> ||
    std::same_as<T, std::uint32_t> || std::same_as<T, std::int32_t> ||
    std::same_as<T, std::uint64_t> || std::same_as<T, std::int64_t>;

template<typename T> inline constexpr bool kAlwaysFalse = false;

class PortableOArchive : public boost::archive::detail::common_oarchive<PortableOArchive>
{
    friend class boost::archive::detail::interface_oarchive<PortableOArchive>;
    friend class boost::archive::detail::common_oarchive<PortableOArchive>;
    friend class boost::archive::save_access;

public:
    // Appends to `out`, which must outlive the archive.
    explicit PortableOArchive(std::string &out);

    // Primitives, called by Boost for types of implementation level primitive_type.
    template<WireInteger T> void save(const T &value)
    {
        using U = std::make_unsigned_t<T>;
        auto bits = static_cast<U>(value);
        for (std::size_t i = 0; i < sizeof(U); ++i) {
            m_out.push_back(static_cast<char>(bits & 0xffu));
            bits = static_cast<U>(bits >> 8);
        }
    }
    void save(const bool &value) { save(static_cast<std::uint8_t>(value ? 1 : 0)); }
    void save(const std::string &value);
    void save(const WireUuid &value);
    void save(const BoundedString &value);
    void save(const BoundedCount &value);
    template<typename T> void save(const T &)
    {
        static_assert(kAlwaysFalse<T>,
                      "not a fixed-width type: use std::intN_t/std::uintN_t, std::string or a "
                      "wire wrapper");
    }

private:
    template<typename T> void save_override(T &value)
    {
        using Plain = std::remove_cvref_t<T>;
        static_assert(!std::is_pointer_v<Plain>, "the wire format carries values, not pointers");
        static_assert(!std::is_polymorphic_v<Plain>, "the wire format has no polymorphic types");
        common_oarchive<PortableOArchive>::save_override(value);
    }
    // What Boost writes for a class with object_class_info: its tracking flag and version.
    void save_override(const boost::archive::version_type &value);
    void save_override(const boost::archive::tracking_type &value);
    void save_override(const boost::archive::class_id_optional_type &) { }
    void save_override(const boost::serialization::collection_size_type &value);
    void save_override(const boost::serialization::item_version_type &value);
    // Only pointers, tracked objects and exported classes produce these.
    void save_override(const boost::archive::class_id_type &);
    void save_override(const boost::archive::class_id_reference_type &);
    void save_override(const boost::archive::object_id_type &);
    void save_override(const boost::archive::object_reference_type &);
    void save_override(const boost::archive::class_name_type &);

    void saveString(std::string_view value, std::uint32_t maxBytes);

    std::string &m_out;
};

class PortableIArchive : public boost::archive::detail::common_iarchive<PortableIArchive>
{
    friend class boost::archive::detail::interface_iarchive<PortableIArchive>;
    friend class boost::archive::detail::common_iarchive<PortableIArchive>;
    friend class boost::archive::load_access;

public:
    // Reads from [data, data + size), which must outlive the archive.
    PortableIArchive(const std::uint8_t *data, std::size_t size);

    [[nodiscard]] std::size_t remaining() const { return m_size - m_pos; }

    template<WireInteger T> void load(T &value)
    {
        using U = std::make_unsigned_t<T>;
        const std::uint8_t *p = take(sizeof(U));
        U bits = 0;
        for (std::size_t i = sizeof(U); i-- > 0;)
            bits = static_cast<U>((bits << 8) | p[i]);
        value = static_cast<T>(bits);
    }
    void load(bool &value);
    void load(std::string &value);
    void load(WireUuid &value);
    void load(BoundedString &value);
    void load(BoundedCount &value);
    template<typename T> void load(T &)
    {
        static_assert(kAlwaysFalse<T>,
                      "not a fixed-width type: use std::intN_t/std::uintN_t, std::string or a "
                      "wire wrapper");
    }

private:
    template<typename T> void load_override(T &value)
    {
        static_assert(!std::is_pointer_v<T>, "the wire format carries values, not pointers");
        static_assert(!std::is_polymorphic_v<T>, "the wire format has no polymorphic types");
        common_iarchive<PortableIArchive>::load_override(value);
    }
    void load_override(boost::archive::version_type &value);
    void load_override(boost::archive::tracking_type &value);
    void load_override(boost::archive::class_id_optional_type &) { }
    void load_override(boost::serialization::collection_size_type &value);
    void load_override(boost::serialization::item_version_type &value);
    void load_override(boost::archive::class_id_type &);
    void load_override(boost::archive::object_id_type &);
    void load_override(boost::archive::class_name_type &);

    // Consumes `count` bytes or throws Truncated; never reads past the end.
    const std::uint8_t *take(std::size_t count);
    std::uint32_t loadLength(std::uint32_t maxBytes);

    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace schouw::wire

// The wrappers are written by the archive itself, with no class information of their own.
BOOST_CLASS_IMPLEMENTATION(schouw::wire::WireUuid, boost::serialization::primitive_type)
BOOST_CLASS_IMPLEMENTATION(schouw::wire::BoundedString, boost::serialization::primitive_type)
BOOST_CLASS_IMPLEMENTATION(schouw::wire::BoundedCount, boost::serialization::primitive_type)
