#pragma once

#include "model/Result.h"

#include <QString>

namespace carnet {

// What a passphrase sealing an export must be (EncryptedContainer), and a plain estimate of its
// strength for the hint beside the field: the app and the CLI ask the same questions here.
// The estimate counts only length, kinds of characters and repetition; it does not know
// dictionaries, so it says "weak", "fair" or "strong" and nothing more precise.
class PassphrasePolicy final
{
public:
    PassphrasePolicy() = delete;

    // Characters (Unicode code points), not bytes.
    static constexpr int minimumLength = 10;

    enum class Strength
    {
        Weak,   // shorter than the minimum, few different characters, or short and of one kind
        Fair,   // the rest
        Strong, // 20 characters or more (a sentence), or 14 or more mixing three kinds
    };

    static Strength strength(const QString& passphrase);
    // Refuses a passphrase shorter than minimumLength, with one sentence saying so.
    static Result<void> check(const QString& passphrase);
};

} // namespace carnet
