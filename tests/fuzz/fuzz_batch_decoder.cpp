// libFuzzer harness for the sync batch decoder (docs/fuzzing.md). The decoder reads what an
// untrusted peer sent, so it must never crash, throw, read out of bounds or allocate without
// bound (ASan and libFuzzer's -malloc_limit_mb watch that), and what it accepts must survive a
// round trip: encode(decode(m)) decodes to the same batch, and encoding that batch again gives
// the same bytes. Every broken property aborts, which libFuzzer reports as a crash.
#include "sync/wireformat.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace schouw;
using namespace schouw::wire;

namespace {

[[noreturn]] void broken(const char *property)
{
    std::fprintf(stderr, "fuzz_batch_decoder: property broken: %s\n", property);
    std::abort();
}

void check(bool holds, const char *property)
{
    if (!holds)
        broken(property);
}

// Whether the header alone already names a protocol newer than this build's.
bool headerNamesNewerProtocol(QByteArrayView bytes)
{
    if (bytes.size() < qsizetype {kHeaderBytes} || bytes.size() > qsizetype {kMaxMessageBytes})
        return false;
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return false;
    return qFromLittleEndian<std::uint16_t>(bytes.data() + 4) > kProtocolVersion;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));

    auto failure = DecodeFailure::Malformed;
    const Result<ChangeBatch> decoded = decodeBatch(bytes, &failure);
    // NewerProtocol also covers a newer class version inside the archive.
    check(!headerNamesNewerProtocol(bytes) || failure == DecodeFailure::NewerProtocol,
          "a newer protocol version in the header is NewerProtocol");
    if (!decoded) {
        check(failure != DecodeFailure::None, "a refusal names its kind");
        check(decoded.error().code ==
                  (failure == DecodeFailure::NewerProtocol ? ErrorCode::ProtocolTooNew
                                                           : ErrorCode::InvalidInput),
              "a refusal is ProtocolTooNew for a newer peer, InvalidInput otherwise");
        check(!decoded.error().message.isEmpty(), "a refusal has a message");
        return 0;
    }
    check(failure == DecodeFailure::None, "an accepted message reports no failure");
    check(decoded->changes.size() <= kMaxChangesPerBatch, "at most kMaxChangesPerBatch changes");
    for (const WireChange &change : decoded->changes) {
        check(change.op <= kMaxOp, "op within range");
        check(change.entity.size() <= kMaxEntityBytes, "entity within its limit");
        check(change.fieldsJson.size() <= kMaxFieldsJsonBytes, "fieldsJson within its limit");
        check(change.deviceId.size() <= kMaxDeviceIdBytes, "deviceId within its limit");
        check(change.basesJson.size() <= kMaxBasesJsonBytes, "basesJson within its limit");
    }

    // Round trip. The input may be an older layout (a version-1 archive) or a non-canonical
    // encoding, so its bytes need not equal the re-encoding; the re-encoding is canonical.
    const QByteArray encoded = encodeBatch(*decoded);
    // A batch read within every limit is encodable, unless a newer layout made it grow past the
    // message cap (impossible below -max_len of a few MiB; kept exact for larger runs).
    if (encoded.isEmpty()) {
        check(size > kMaxMessageBytes / 2, "an accepted batch can be encoded again");
        return 0;
    }
    auto again = DecodeFailure::Malformed;
    const Result<ChangeBatch> redecoded = decodeBatch(encoded, &again);
    check(redecoded.has_value() && again == DecodeFailure::None,
          "the re-encoded batch decodes again");
    check(*redecoded == *decoded, "the re-encoded batch decodes to the same batch");
    check(encodeBatch(*redecoded) == encoded, "encoding is canonical and stable");
    return 0;
}
