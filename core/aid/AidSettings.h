#pragma once

#include <QStringList>

#include <optional>

namespace carnet {

// The delays and ages of the AFI rules. None is official (DOMAIN.md §3: anecdotal or app
// choices), so each is a per-file setting; the defaults come from resources/aid/afi-rules.json.
struct AidSettings
{
    int answerExpectedMonths = 4;       // S0: one answer after about 4 months
    int validityMonths = 12;            // S0: a grant is valid 12 months from the decision
    int incomeProofMaxAgeMonths = 3;    // RSA statements, C2S attestation
    int taxNoticeMaxAgeMonths = 14;     // the latest avis d'imposition
    int lodgingProofMaxAgeMonths = 3;   // attestation d'hébergement
    int quoteMaxAgeMonths = 6;          // the devis
    int expiryWarningDays = 30;         // warn this long before a grant expires
    int appealAnswerExpectedMonths = 2; // then the réclamation / conciliateur route

    // The setting names (as in the JSON resource and the store): "answerExpectedMonths"...
    static QStringList names();
    std::optional<int> value(const QString& name) const;
    // Sets a value; refuses an unknown name or a value outside 0..120.
    bool setValue(const QString& name, int value);

    friend bool operator==(const AidSettings&, const AidSettings&) = default;
};

} // namespace carnet
