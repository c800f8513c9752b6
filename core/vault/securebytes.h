#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace schouw {

// Bytes in memory that libsodium guards: allocated with sodium_malloc (guard pages, mlocked so they
// stay out of swap, excluded from core dumps where the platform allows) and wiped when released.
// Holds keys and passphrases. Move-only.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Copies the UTF-8 form of the text into guarded memory and wipes the temporary it went
    // through. The caller still owns (and should clear) the QString itself.
    [[nodiscard]] static SecureBytes fromText(const QString &text);
    // Takes the bytes and wipes the source array.
    [[nodiscard]] static SecureBytes takeFrom(QByteArray &bytes);
    [[nodiscard]] static SecureBytes random(std::size_t size);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // Lower-case hex of the bytes, itself in guarded memory (for SQLCipher's raw-key pragma).
    [[nodiscard]] SecureBytes toHex() const;
    [[nodiscard]] bool equals(const SecureBytes &other) const;

    void wipe(); // zeroes and frees; size() becomes 0

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Makes libsodium ready; safe to call more than once. Returns false if it cannot start.
bool initialiseCrypto();

// Switches off core dumps for this process so key material cannot end up in one (release builds
// call it from main()).
void disableCoreDumps();

} // namespace schouw
