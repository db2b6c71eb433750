#pragma once

#include "aid/AidRequest.h"
#include "aid/AidStatus.h"
#include "model/Money.h"
#include "rules/RuleSet.h"

#include <QDate>

namespace carnet {

// The money figures of an AFI request (the devis: N sessions × price over a period), one answer
// for the aid assistant, the request's status and its letters:
// - the regime that prices the sessions in the scheme is the one in force on the period's
//   first day, else on the day the request was prepared, else on `today`;
// - its follow-up tariff and AMO rate (60 %), and the mutuelle's share of the tariff (the
//   rest, 40 %, with a mutuelle; 0 without one: that part stays with the person);
// - the totals (AidRules::shares): the whole cost, the CPAM's and the mutuelle's shares of the
//   sessions in the scheme, the mutuelle's forfait, and what is left: what the AFI is asked.
struct AidFigures
{
    QDate pricedOn;              // the day whose regime prices the scheme's share
    bool schemeInForce = false;  // a regime is in force on that day
    Cents tariffCents = 0;       // the scheme's follow-up tariff then; 0 outside the scheme
    int amoRatePercent = 0;      // the CPAM's share of the tariff
    int mutuelleRatePercent = 0; // the mutuelle's share of the tariff; 0 without a mutuelle
    AidShares shares;

    static AidFigures of(const AidRequest& request, bool hasMutuelle, QDate today,
                         const RuleSet& rules = RuleSet::monSoutienPsy());
};

} // namespace carnet
