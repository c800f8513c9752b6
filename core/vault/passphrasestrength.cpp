#include "passphrasestrength.h"

#include <sodium.h>
#include <zxcvbn.h>

#include <vector>

namespace schouw {

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase,
                                                const QStringList &userWords)
{
    PassphraseStrength result;
    if (passphrase.size() < MinimumLength) {
        result.feedback = tr("Use at least %n characters.", nullptr, MinimumLength);
        return result;
    }
    QByteArray utf8 = passphrase.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(static_cast<std::size_t>(userWords.size()));
    for (const QString &word : userWords)
        words.push_back(word.toUtf8());
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    result.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    // Thresholds: under 40 bits falls to an offline attack on a stolen laptop within days even
    // with Argon2id; 60 bits and more is out of reach.
    if (result.entropyBits < 28) {
        result.level = Level::TooWeak;
        result.feedback = tr("Too easy to guess. Use several unrelated words.");
    } else if (result.entropyBits < 40) {
        result.level = Level::Weak;
        result.feedback = tr("Weak. Add another word or make it longer.");
    } else if (result.entropyBits < 60) {
        result.level = Level::Reasonable;
        result.feedback = tr("Reasonable. Longer is stronger.");
    } else {
        result.level = Level::Strong;
        result.feedback = tr("Strong.");
    }
    return result;
}

} // namespace schouw
