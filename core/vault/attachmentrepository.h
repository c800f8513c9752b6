#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

namespace schouw {

class Vault;

// Photos, recordings and documents, stored inside the encrypted database in chunks so that a
// large file never has to sit in memory whole and no plaintext copy ever touches the disk.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    static constexpr qint64 ChunkSize = 256 * 1024;
    static constexpr qint64 DefaultMaxSize = 50 * 1024 * 1024;

    explicit AttachmentRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    // Reads content to its end and stores it under attachment.id; size, sha256 and createdAt are
    // filled in from the content. InvalidInput (nothing stored) above maxSize.
    [[nodiscard]] Result<Attachment> add(Attachment attachment, QIODevice &content,
                                         qint64 maxSize = DefaultMaxSize);
    // Writes the content to out, checking it against the stored SHA-256.
    [[nodiscard]] Status read(const Id &id, QIODevice &out);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Attachment>> find(const Id &id);
    [[nodiscard]] Result<QList<Attachment>> forOwner(const Id &ownerId);
    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<qint64> totalSize();

private:
    Vault &m_vault;
};

} // namespace schouw
