#include "sync/portablearchive.h"

#include "sync/wirelimits.h"

// Boost keeps a serializer map per archive type; a custom archive instantiates its own.
#include <boost/archive/impl/archive_serializer_map.ipp>

#include <cstring>
#include <limits>

namespace boost::archive::detail {
template class archive_serializer_map<schouw::wire::PortableOArchive>;
template class archive_serializer_map<schouw::wire::PortableIArchive>;
} // namespace boost::archive::detail

namespace schouw::wire {

const char *ArchiveError::what() const noexcept
{
    // Fixed texts: the detail that reaches the log must not carry any of the content.
    switch (m_fault) {
    case ArchiveFault::Truncated:
        return "truncated";
    case ArchiveFault::TooLong:
        return "string above its field limit";
    case ArchiveFault::TooMany:
        return "count above its limit";
    case ArchiveFault::BeyondInput:
        return "length or count beyond the remaining bytes";
    case ArchiveFault::BadValue:
        return "value out of range";
    case ArchiveFault::NewerClass:
        return "class version newer than supported";
    case ArchiveFault::Unsupported:
        return "construct outside the wire format";
    }
    return "archive error";
}

// --- output ---------------------------------------------------------------------------------

// no_header: the protocol header is ours (wireformat.cpp); Boost's own would name the library
// version and tie the bytes to a Boost release.
PortableOArchive::PortableOArchive(std::string &out)
    : common_oarchive<PortableOArchive>(boost::archive::no_header)
    , m_out(out)
{
}

void PortableOArchive::save(const std::string &value)
{
    saveString(value, kMaxAnyStringBytes);
}

void PortableOArchive::save(const WireUuid &value)
{
    m_out.append(reinterpret_cast<const char *>(value.bytes.data()), value.bytes.size());
}

void PortableOArchive::save(const BoundedString &value)
{
    saveString(value.value, value.maxBytes);
}

void PortableOArchive::saveString(std::string_view value, std::uint32_t maxBytes)
{
    // Refusing here keeps us from sending what every peer would refuse.
    if (value.size() > maxBytes)
        throw ArchiveError(ArchiveFault::TooLong);
    save(static_cast<std::uint32_t>(value.size()));
    m_out.append(value);
}

void PortableOArchive::save(const BoundedCount &value)
{
    if (value.value > value.maxCount)
        throw ArchiveError(ArchiveFault::TooMany);
    save(value.value);
}

void PortableOArchive::save_override(const boost::archive::version_type &value)
{
    save(static_cast<std::uint32_t>(value));
}

void PortableOArchive::save_override(const boost::archive::tracking_type &value)
{
    save(static_cast<std::uint8_t>(value.t ? 1 : 0));
}

void PortableOArchive::save_override(const boost::serialization::collection_size_type &value)
{
    const std::size_t count = value;
    if (count > kMaxAnyCount)
        throw ArchiveError(ArchiveFault::TooMany);
    save(static_cast<std::uint32_t>(count));
}

void PortableOArchive::save_override(const boost::serialization::item_version_type &value)
{
    save(static_cast<std::uint32_t>(value));
}

void PortableOArchive::save_override(const boost::archive::class_id_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableOArchive::save_override(const boost::archive::class_id_reference_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableOArchive::save_override(const boost::archive::object_id_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableOArchive::save_override(const boost::archive::object_reference_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableOArchive::save_override(const boost::archive::class_name_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

// --- input ----------------------------------------------------------------------------------

PortableIArchive::PortableIArchive(const std::uint8_t *data, std::size_t size)
    : common_iarchive<PortableIArchive>(boost::archive::no_header)
    , m_data(data)
    , m_size(size)
{
}

const std::uint8_t *PortableIArchive::take(std::size_t count)
{
    if (count > remaining())
        throw ArchiveError(ArchiveFault::Truncated);
    const std::uint8_t *p = m_data + m_pos;
    m_pos += count;
    return p;
}

std::uint32_t PortableIArchive::loadLength(std::uint32_t maxBytes)
{
    std::uint32_t length = 0;
    load(length);
    if (length > maxBytes)
        throw ArchiveError(ArchiveFault::TooLong);
    if (length > remaining())
        throw ArchiveError(ArchiveFault::BeyondInput);
    return length;
}

void PortableIArchive::load(bool &value)
{
    std::uint8_t byte = 0;
    load(byte);
    if (byte > 1)
        throw ArchiveError(ArchiveFault::BadValue);
    value = byte == 1;
}

void PortableIArchive::load(std::string &value)
{
    BoundedString bounded {value, kMaxAnyStringBytes};
    load(bounded);
}

void PortableIArchive::load(WireUuid &value)
{
    const std::uint8_t *p = take(value.bytes.size());
    std::memcpy(value.bytes.data(), p, value.bytes.size());
}

void PortableIArchive::load(BoundedString &value)
{
    // Both checks happen in loadLength, before the string is sized.
    const std::uint32_t length = loadLength(value.maxBytes);
    const std::uint8_t *p = take(length);
    value.value.assign(reinterpret_cast<const char *>(p), length);
}

void PortableIArchive::load(BoundedCount &value)
{
    std::uint32_t count = 0;
    load(count);
    if (count > value.maxCount)
        throw ArchiveError(ArchiveFault::TooMany);
    const std::uint64_t needed = std::uint64_t {count} * value.minElementBytes;
    if (needed > remaining())
        throw ArchiveError(ArchiveFault::BeyondInput);
    value.value = count;
}

void PortableIArchive::load_override(boost::archive::version_type &value)
{
    std::uint32_t version = 0;
    load(version);
    value = boost::archive::version_type(version);
}

void PortableIArchive::load_override(boost::archive::tracking_type &value)
{
    // Every type of the format is track_never. A stream asking for tracking would make Boost
    // keep object ids and references: refuse it rather than follow it.
    std::uint8_t flag = 0;
    load(flag);
    if (flag != 0)
        throw ArchiveError(ArchiveFault::BadValue);
    value = false;
}

void PortableIArchive::load_override(boost::serialization::collection_size_type &value)
{
    // Boost's collection code reserves right after reading the count; each element takes at
    // least one byte, so the remaining input bounds it.
    std::uint32_t count = 0;
    BoundedCount bounded {count, kMaxAnyCount, 1};
    load(bounded);
    value = boost::serialization::collection_size_type(count);
}

void PortableIArchive::load_override(boost::serialization::item_version_type &value)
{
    std::uint32_t version = 0;
    load(version);
    value = boost::serialization::item_version_type(version);
}

void PortableIArchive::load_override(boost::archive::class_id_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableIArchive::load_override(boost::archive::object_id_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

void PortableIArchive::load_override(boost::archive::class_name_type &)
{
    throw ArchiveError(ArchiveFault::Unsupported);
}

} // namespace schouw::wire
