#include "read/AidFigures.h"

#include "aid/AidRules.h"

namespace carnet {

AidFigures AidFigures::of(const AidRequest& request, bool hasMutuelle, QDate today,
                          const RuleSet& rules)
{
    AidFigures figures;
    figures.pricedOn = request.periodFrom.isValid() ? request.periodFrom
                       : request.prepared.isValid() ? request.prepared
                                                    : today;
    if (const Regime* regime = rules.regimeOn(figures.pricedOn)) {
        figures.schemeInForce = true;
        figures.tariffCents = regime->followUpTariffCents;
        figures.amoRatePercent = regime->amoRatePercent;
        figures.mutuelleRatePercent = hasMutuelle ? 100 - regime->amoRatePercent : 0;
    }
    figures.shares =
        AidRules::shares(request, hasMutuelle, figures.tariffCents, figures.amoRatePercent);
    return figures;
}

} // namespace carnet
