#pragma once

#include <QCoreApplication>
#include <QString>

namespace schouw {

// How hard a passphrase is to guess, estimated with zxcvbn (Debian's libzxcvbn), which knows
// common passwords, keyboard walks, dates and repeats rather than just counting character classes.
struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { TooWeak, Weak, Reasonable, Strong };

    Level level = Level::TooWeak;
    double entropyBits = 0;
    QString feedback; // translated, one short sentence

    [[nodiscard]] bool acceptable() const { return level >= Level::Reasonable; }
    // Estimates the strength; userWords (e.g. the user's name) count as easy to guess.
    [[nodiscard]] static PassphraseStrength estimate(const QString &passphrase,
                                                     const QStringList &userWords = {});
    static constexpr int MinimumLength = 10;
};

} // namespace schouw
