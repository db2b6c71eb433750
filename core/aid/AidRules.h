#pragma once

#include "aid/AidCatalogue.h"
#include "aid/AidFacts.h"
#include "aid/AidRequest.h"
#include "aid/AidSettings.h"
#include "aid/AidStatus.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace carnet {

// The AFI rules as pure functions over stored facts (DOMAIN.md §3). Checklists and
// department differences come from AidCatalogue (resources/aid/afi-rules.json); delays are
// AidSettings (anecdotal defaults, never presented as certain).
namespace AidRules {

// A fresh checklist for a département: every item missing, in dossier order.
QList<ChecklistItem> defaultChecklist(const QString& departmentCode,
                                      const AidCatalogue& catalogue = AidCatalogue::instance());

// The checklist as shown: the département's items (stored state or missing), then any other
// stored item, with labels and staleness on `today`.
QList<AidChecklistLine> checklist(const AidRequest& request, QDate today,
                                  const AidSettings& settings,
                                  const AidCatalogue& catalogue = AidCatalogue::instance());

// The age limit in months of an item (0 = none) and the day it becomes too old.
int maxAgeMonths(const ChecklistItem& item, const AidSettings& settings,
                 const AidCatalogue& catalogue = AidCatalogue::instance());
QDate staleOn(const ChecklistItem& item, const AidSettings& settings,
              const AidCatalogue& catalogue = AidCatalogue::instance());

// Total, Mon soutien psy shares (only for `schemeSessions`), mutuelle forfait, remaining cost.
// The tariff and the AMO rate are those of the regime in force (RuleSet), never assumed here.
AidShares shares(const AidRequest& request, bool hasMutuelle, Cents schemeTariffCents,
                 int amoRatePercent);

// Granted or Partial, from the amount granted and the amount asked for.
AidDecision decisionFor(Cents grantedCents, Cents requestedCents);

Cents claimedCents(const AidRequest& request);
Cents remainingCents(const AidRequest& request); // granted - claimed, never below 0
int validityMonths(const AidRequest& request, const AidSettings& settings);
QDate expiry(const AidRequest& request, const AidSettings& settings); // null unless granted
// Days from sending to the decision, or to `today` while pending; 0 before sending.
int daysWaiting(const AidRequest& request, QDate today);
QDate answerExpected(const AidRequest& request, const AidSettings& settings);

// The person's sessions with the psychologist, inside the request's period and the grant's
// validity, up to `today`, not covered by a claim; grouped by month, oldest first.
QList<AidInvoiceBatch> unclaimedSessions(const AidRequest& request, const QList<Session>& sessions,
                                         QDate today, const AidSettings& settings);

// Everything derived.
AidStatus status(const AidFacts& facts, QDate today, const AidSettings& settings,
                 const AidCatalogue& catalogue = AidCatalogue::instance());

// Checks a request before it is stored (normalising the département code, the decision and
// the granted amount). Refusals are Error::Kind::Invalid naming the field.
Result<AidRequest> validate(AidRequest request, QDate today);
// Checks one more claim against a granted request.
Result<AidClaim> validateClaim(const AidRequest& request, AidClaim claim, QDate today);

// Translated texts.
QString itemLabel(const QString& key);
QString itemHint(const QString& key);
QString variantLabel(const QString& variant);
QString adviceText(const QString& adviceId);
QString decisionText(AidDecision decision);
QString checklistStatusText(ChecklistStatus status);
// The honest-uncertainty sentence shown with every AFI figure.
QString uncertaintyText();

} // namespace AidRules
} // namespace carnet
