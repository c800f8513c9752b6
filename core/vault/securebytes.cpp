#include "securebytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

#if defined(Q_OS_UNIX) || defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace schouw {

bool initialiseCrypto()
{
    return sodium_init() >= 0;
}

void disableCoreDumps()
{
#if defined(__unix__) || defined(__APPLE__)
    rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    initialiseCrypto();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    // Running out of locked memory is not recoverable for a vault: refusing here beats keeping
    // keys in ordinary memory.
    if (!m_data)
        qFatal("schouw: cannot allocate guarded memory for key material");
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes result(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty()) {
        std::memcpy(result.m_data, bytes.constData(), result.m_size);
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
    return result;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes result(size);
    if (size > 0)
        randombytes_buf(result.m_data, size);
    return result;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    if (m_size > 0)
        sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // keep the terminating zero allocated but outside size()
    return hex;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size &&
        (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::wipe()
{
    if (m_data) {
        // sodium_free zeroes the whole allocation before releasing it.
        sodium_free(m_data);
        m_data = nullptr;
    }
    m_size = 0;
}

} // namespace schouw
