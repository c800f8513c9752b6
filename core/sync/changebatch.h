#pragma once

#include "sync/portablearchive.h"
#include "sync/wirelimits.h"

#include <boost/serialization/split_member.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// The values a sync batch carries, as plain data: fixed-width integers, UUIDs as 16 bytes and
// UTF-8 strings. No pointers, no polymorphism, no tracking. Each class carries a Boost class
// version so a field can be added later: bump the version, write the field, read it only when
// the version in the stream has it. Conversion from and to the change log is the caller's.
namespace schouw::wire {

// Versions of the layouts below. Layout 1 is the first released one and every later build must
// still read it (tests/sync/data holds golden archives of it). WireChange 2 adds basesJson.
inline constexpr unsigned kWireChangeVersion = 2;
inline constexpr unsigned kChangeBatchVersion = 1;

// One entry of a device's change log as it travels.
struct WireChange
{
    WireUuid changeId;
    std::string entity; // table name, e.g. "observation"
    WireUuid entityId;
    std::uint8_t op = 0; // 0 insert, 1 update, 2 delete (ChangeOp)
    std::string fieldsJson; // the changed fields, a compact JSON object, UTF-8
    WireUuid authorId;
    std::string deviceId;
    std::uint64_t hlc = 0; // HlcTimestamp::packed()
    // Since version 2: per free-text field the change ids whose text this change replaced, a
    // compact JSON object {"field": ["change id", ...]}; empty when none (and in version 1).
    std::string basesJson;

    bool operator==(const WireChange &) const = default;

    template<class Archive> void serialize(Archive &ar, const unsigned version)
    {
        // Boost already refuses a newer version; this keeps the promise if that ever changes.
        if (version > kWireChangeVersion)
            throw ArchiveError(ArchiveFault::NewerClass);
        BoundedString entityField {entity, kMaxEntityBytes};
        BoundedString fieldsField {fieldsJson, kMaxFieldsJsonBytes};
        BoundedString deviceField {deviceId, kMaxDeviceIdBytes};
        BoundedString basesField {basesJson, kMaxBasesJsonBytes};
        ar &changeId;
        ar &entityField;
        ar &entityId;
        ar &op;
        ar &fieldsField;
        ar &authorId;
        ar &deviceField;
        ar &hlc;
        // Written always (the output archive writes the current version); read only from
        // version 2 on, so a version-1 change leaves basesJson empty.
        if (version >= 2)
            ar &basesField;
        else
            basesJson.clear();
    }
};

struct ChangeBatch
{
    std::vector<WireChange> changes;

    bool operator==(const ChangeBatch &) const = default;

    template<class Archive> void save(Archive &ar, const unsigned /*version*/) const
    {
        auto count = static_cast<std::uint32_t>(changes.size());
        if (changes.size() > kMaxChangesPerBatch)
            throw ArchiveError(ArchiveFault::TooMany);
        ar << BoundedCount {count, kMaxChangesPerBatch, kMinChangeBytes};
        for (const WireChange &change : changes)
            ar << change;
    }

    template<class Archive> void load(Archive &ar, const unsigned version)
    {
        if (version > kChangeBatchVersion)
            throw ArchiveError(ArchiveFault::NewerClass);
        std::uint32_t count = 0;
        BoundedCount bounded {count, kMaxChangesPerBatch, kMinChangeBytes};
        ar >> bounded;
        // The archive has checked count * kMinChangeBytes against the remaining input.
        changes.clear();
        changes.reserve(count);
        for (std::uint32_t i = 0; i < count; ++i) {
            WireChange change;
            ar >> change;
            changes.push_back(std::move(change));
        }
    }

    BOOST_SERIALIZATION_SPLIT_MEMBER()
};

} // namespace schouw::wire

BOOST_CLASS_IMPLEMENTATION(schouw::wire::WireChange, boost::serialization::object_class_info)
BOOST_CLASS_TRACKING(schouw::wire::WireChange, boost::serialization::track_never)
BOOST_CLASS_VERSION(schouw::wire::WireChange, schouw::wire::kWireChangeVersion)
BOOST_CLASS_IMPLEMENTATION(schouw::wire::ChangeBatch, boost::serialization::object_class_info)
BOOST_CLASS_TRACKING(schouw::wire::ChangeBatch, boost::serialization::track_never)
BOOST_CLASS_VERSION(schouw::wire::ChangeBatch, schouw::wire::kChangeBatchVersion)
