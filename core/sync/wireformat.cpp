#include "sync/wireformat.h"

#include <QCoreApplication>
#include <QtEndian>

#include <boost/archive/archive_exception.hpp>

#include <cstring>
#include <new>
#include <string>

namespace schouw::wire {

namespace {

// Gives the texts of this file their translation context.
class WireFormat
{
    Q_DECLARE_TR_FUNCTIONS(WireFormat)

public:
    static QString damaged()
    {
        return tr("The data received from the office is damaged or incomplete. Try to sync "
                  "again.");
    }
    static QString tooLarge() { return tr("The data received from the office is too large."); }
    static QString newer()
    {
        return tr("The data was made by a newer Schouw. Update Schouw to synchronise.");
    }
};

std::unexpected<Error> refuse(DecodeFailure kind, const QString &detail, DecodeFailure *failure)
{
    if (failure)
        *failure = kind;
    QString message;
    switch (kind) {
    case DecodeFailure::TooLarge:
        message = WireFormat::tooLarge();
        break;
    case DecodeFailure::NewerProtocol:
        message = WireFormat::newer();
        break;
    case DecodeFailure::None:
    case DecodeFailure::Malformed:
        message = WireFormat::damaged();
        break;
    }
    return fail(kind == DecodeFailure::NewerProtocol ? ErrorCode::ProtocolTooNew
                                                     : ErrorCode::InvalidInput,
                message, QStringLiteral("sync batch: ") + detail);
}

} // namespace

QByteArray encodeBatch(const ChangeBatch &batch)
{
    std::string payload;
    try {
        PortableOArchive archive(payload);
        archive << batch;
    } catch (const ArchiveError &) {
        return {};
    } catch (const boost::archive::archive_exception &) {
        return {};
    }
    if (payload.size() > kMaxMessageBytes - kHeaderBytes)
        return {};

    QByteArray message;
    message.reserve(static_cast<qsizetype>(kHeaderBytes + payload.size()));
    message.append(kMagic, sizeof kMagic);
    char field[4];
    qToLittleEndian<std::uint16_t>(kProtocolVersion, field);
    message.append(field, 2);
    qToLittleEndian<std::uint32_t>(static_cast<std::uint32_t>(payload.size()), field);
    message.append(field, 4);
    message.append(payload.data(), static_cast<qsizetype>(payload.size()));
    return message;
}

Result<ChangeBatch> decodeBatch(QByteArrayView bytes, DecodeFailure *failure)
{
    if (failure)
        *failure = DecodeFailure::None;
    // The size cap comes first: nothing of an oversized message is looked at.
    if (bytes.size() > qsizetype {kMaxMessageBytes})
        return refuse(DecodeFailure::TooLarge,
                      QStringLiteral("message of %1 bytes above the limit").arg(bytes.size()),
                      failure);
    if (bytes.size() < qsizetype {kHeaderBytes})
        return refuse(DecodeFailure::Malformed,
                      QStringLiteral("%1 bytes, shorter than the header").arg(bytes.size()),
                      failure);
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return refuse(DecodeFailure::Malformed, QStringLiteral("wrong magic"), failure);
    const auto version = qFromLittleEndian<std::uint16_t>(bytes.data() + 4);
    if (version == 0)
        return refuse(DecodeFailure::Malformed, QStringLiteral("protocol version 0"), failure);
    if (version > kProtocolVersion)
        return refuse(DecodeFailure::NewerProtocol,
                      QStringLiteral("protocol version %1, newest supported %2")
                          .arg(version)
                          .arg(kProtocolVersion),
                      failure);
    const auto payloadLength = qFromLittleEndian<std::uint32_t>(bytes.data() + 6);
    const auto present = static_cast<std::uint64_t>(bytes.size() - qsizetype {kHeaderBytes});
    if (payloadLength != present)
        return refuse(
            DecodeFailure::Malformed,
            QStringLiteral("payload length %1, %2 bytes present").arg(payloadLength).arg(present),
            failure);

    ChangeBatch batch;
    std::size_t trailing = 0;
    try {
        PortableIArchive archive(
            reinterpret_cast<const std::uint8_t *>(bytes.data()) + kHeaderBytes, payloadLength);
        archive >> batch;
        trailing = archive.remaining();
    } catch (const ArchiveError &error) {
        return refuse(error.fault() == ArchiveFault::NewerClass ? DecodeFailure::NewerProtocol
                                                                : DecodeFailure::Malformed,
                      QString::fromLatin1(error.what()), failure);
    } catch (const boost::archive::archive_exception &error) {
        // Boost's own checks; its texts name no content. A class version above this build's
        // means a newer Schouw wrote the batch.
        if (error.code == boost::archive::archive_exception::unsupported_class_version)
            return refuse(DecodeFailure::NewerProtocol,
                          QStringLiteral("archive: ") + QString::fromLatin1(error.what()), failure);
        return refuse(DecodeFailure::Malformed,
                      QStringLiteral("archive: ") + QString::fromLatin1(error.what()), failure);
    } catch (const std::bad_alloc &) {
        return refuse(DecodeFailure::Malformed, QStringLiteral("out of memory"), failure);
    } catch (const std::exception &) {
        return refuse(DecodeFailure::Malformed, QStringLiteral("unexpected exception"), failure);
    }
    if (trailing != 0)
        return refuse(DecodeFailure::Malformed,
                      QStringLiteral("%1 trailing bytes after the batch").arg(trailing), failure);
    for (const WireChange &change : batch.changes) {
        if (change.op > kMaxOp)
            return refuse(DecodeFailure::Malformed,
                          QStringLiteral("unknown operation %1").arg(change.op), failure);
    }
    return batch;
}

} // namespace schouw::wire
