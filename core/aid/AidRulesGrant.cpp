#include "aid/AidRules.h"
#include "aid/AidRulesSupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace carnet::AidRules {

namespace {

bool coveredByClaim(const AidRequest& request, QDate date)
{
    for (const auto& claim : request.claims) {
        const bool afterStart = !claim.coveredFrom.isValid() || date >= claim.coveredFrom;
        if (afterStart && date <= claim.effectiveCoveredTo())
            return true;
    }
    return false;
}

} // namespace

using detail::ItemText;
using detail::itemText;
using detail::monthName;
using detail::shortDate;
using detail::translated;

AidShares shares(const AidRequest& request, bool hasMutuelle, Cents schemeTariffCents,
                 int amoRatePercent)
{
    AidShares result;
    result.totalCents = request.totalCents();
    const int inScheme = std::clamp(request.schemeSessions, 0, std::max(request.sessions, 0));
    if (inScheme > 0 && schemeTariffCents > 0) {
        const Cents base = Cents(inScheme) * std::min(schemeTariffCents, request.sessionPriceCents);
        result.cpamCents = applyRate(base, amoRatePercent, 100);
        if (hasMutuelle)
            result.mutuelleCents = base - result.cpamCents;
        result.schemeSplit = true;
    }
    result.mutuelleCents += std::max<Cents>(request.mutuelleForfaitCents, 0);
    result.cpamCents = std::min(result.cpamCents, result.totalCents);
    result.mutuelleCents = std::min(result.mutuelleCents, result.totalCents - result.cpamCents);
    result.remainingCents = result.totalCents - result.cpamCents - result.mutuelleCents;
    return result;
}

AidDecision decisionFor(Cents grantedCents, Cents requestedCents)
{
    if (grantedCents <= 0)
        return AidDecision::Refused;
    return grantedCents >= requestedCents ? AidDecision::Granted : AidDecision::Partial;
}

Cents claimedCents(const AidRequest& request)
{
    Cents sum = 0;
    for (const auto& claim : request.claims)
        sum += claim.amountCents;
    return sum;
}

Cents remainingCents(const AidRequest& request)
{
    if (!request.isGranted())
        return 0;
    return std::max<Cents>(request.grantedCents - claimedCents(request), 0);
}

int validityMonths(const AidRequest& request, const AidSettings& settings)
{
    return request.validityMonths > 0 ? request.validityMonths : settings.validityMonths;
}

QDate expiry(const AidRequest& request, const AidSettings& settings)
{
    if (!request.isGranted() || !request.decisionDate.isValid())
        return {};
    return request.decisionDate.addMonths(validityMonths(request, settings));
}

int daysWaiting(const AidRequest& request, QDate today)
{
    if (!request.submitted.isValid())
        return 0;
    const QDate end = request.decision != AidDecision::Pending && request.decisionDate.isValid()
                          ? request.decisionDate
                          : today;
    return std::max<qint64>(request.submitted.daysTo(end), 0);
}

QDate answerExpected(const AidRequest& request, const AidSettings& settings)
{
    if (!request.submitted.isValid())
        return {};
    return request.submitted.addMonths(settings.answerExpectedMonths);
}

QList<AidInvoiceBatch> unclaimedSessions(const AidRequest& request, const QList<Session>& sessions,
                                         QDate today, const AidSettings& settings)
{
    QList<AidInvoiceBatch> batches;
    if (!request.isGranted())
        return batches;
    const QDate expires = expiry(request, settings);
    const bool closing =
        (expires.isValid() && today.daysTo(expires) <= settings.expiryWarningDays) ||
        (request.periodTo.isValid() && request.periodTo < today);
    QList<Session> sorted = sessions;
    std::sort(sorted.begin(), sorted.end(),
              [](const Session& a, const Session& b) { return a.date < b.date; });
    for (const auto& session : std::as_const(sorted)) {
        if (request.personId != 0 && session.personId != request.personId)
            continue;
        if (request.psychologistId != 0 && session.practitionerId != request.psychologistId)
            continue;
        if (!session.date.isValid() || session.date > today)
            continue;
        if (request.periodFrom.isValid() && session.date < request.periodFrom)
            continue;
        if (request.periodTo.isValid() && session.date > request.periodTo)
            continue;
        if (expires.isValid() && session.date > expires)
            continue;
        if (coveredByClaim(request, session.date))
            continue;
        const QDate month(session.date.year(), session.date.month(), 1);
        const bool monthOver = month.addMonths(1) <= today;
        if (!monthOver && !closing)
            continue;
        if (batches.isEmpty() || batches.last().month != month)
            batches.append(AidInvoiceBatch{month, {}, 0});
        batches.last().sessionIds.append(session.id);
        batches.last().amountCents += session.feeCents;
    }
    return batches;
}

AidStatus status(const AidFacts& facts, QDate today, const AidSettings& settings,
                 const AidCatalogue& catalogue)
{
    const AidRequest& request = facts.request;
    AidStatus s;
    s.requestId = request.id;
    s.requestedCents = request.totalCents();
    s.shares =
        shares(request, facts.hasMutuelle, facts.schemeTariffCents, facts.schemeAmoRatePercent);
    s.checklist = checklist(request, today, settings, catalogue);
    for (const auto& line : std::as_const(s.checklist)) {
        if (line.required && !line.item.isInHand())
            ++s.itemsMissing;
        if (line.stale)
            ++s.itemsStale;
    }
    s.readyToSend = s.itemsMissing == 0 && s.itemsStale == 0;
    s.submitted = request.isSubmitted();
    s.submittedOn = request.submitted;
    s.daysWaiting = daysWaiting(request, today);
    s.answerExpected = answerExpected(request, settings);
    s.decision = request.decision;
    s.decisionDate = request.decisionDate;
    s.answerOverdue =
        s.submitted && request.decision == AidDecision::Pending && today > s.answerExpected;
    s.grantedCents = request.isGranted() ? request.grantedCents : 0;
    s.claimedCents = claimedCents(request);
    s.remainingCents = remainingCents(request);
    s.expires = expiry(request, settings);
    if (s.expires.isValid()) {
        s.daysToExpiry = static_cast<int>(today.daysTo(s.expires));
        s.expired = today > s.expires;
    }
    s.unclaimed = unclaimedSessions(request, facts.sessions, today, settings);
    if (const auto* dep = catalogue.department(request.departmentCode))
        s.formUrl = dep->formUrl;
    const QStringList adviceIds = catalogue.adviceIds(request.departmentCode);
    for (const auto& id : adviceIds)
        s.advice << adviceText(id);

    // Warnings
    if (!facts.department) {
        s.warnings << QCoreApplication::translate("carnet::AidRules",
                                                  "Carnet does not know the département \"%1\".")
                          .arg(request.departmentCode);
    } else if (facts.department->excludesPsychology) {
        s.warnings << QCoreApplication::translate(
                          "carnet::AidRules",
                          "The CPAM of %1 writes that psychology sessions cannot be funded by this "
                          "aid. You may still ask, but expect a refusal.")
                          .arg(facts.department->name);
    }
    if (s.shares.totalCents > 0 && s.shares.remainingCents == 0) {
        s.warnings << QCoreApplication::translate(
            "carnet::AidRules",
            "Mon soutien psy and the mutuelle already pay the whole cost: nothing is left for "
            "the aid to cover.");
    }
    if (request.isGranted() && s.claimedCents > request.grantedCents) {
        s.warnings << QCoreApplication::translate("carnet::AidRules",
                                                  "The invoices sent (%1) exceed the grant (%2).")
                          .arg(formatCents(s.claimedCents), formatCents(request.grantedCents));
    }
    s.warnings << uncertaintyText();

    // Next steps
    auto step = [&s](AidNextStep::Kind kind, const QString& text, const QString& key = {},
                     QDate month = {}) {
        s.nextSteps.append(AidNextStep{kind, text, key, month});
    };

    if (!s.submitted) {
        for (const auto& line : std::as_const(s.checklist)) {
            if (!line.required || line.item.isInHand()) {
                if (line.stale) {
                    step(AidNextStep::Kind::RenewDocument,
                         QCoreApplication::translate(
                             "carnet::AidRules",
                             "Your document \"%1\" is dated %2, more than %n month(s) ago: get a "
                             "more recent one.",
                             nullptr, line.maxAgeMonths)
                             .arg(line.label, shortDate(line.item.documentDate)),
                         line.item.key);
                }
                continue;
            }
            if (line.item.status == ChecklistStatus::Requested) {
                step(AidNextStep::Kind::GetDocument,
                     QCoreApplication::translate("carnet::AidRules", "Waiting for: %1.")
                         .arg(line.label),
                     line.item.key);
            } else if (line.item.key == QLatin1String("form") && !s.formUrl.isEmpty()) {
                step(AidNextStep::Kind::GetDocument,
                     QCoreApplication::translate("carnet::AidRules",
                                                 "Fill in and sign your CPAM's request form: %1")
                         .arg(s.formUrl),
                     line.item.key);
            } else if (const ItemText* text = itemText(line.item.key)) {
                step(AidNextStep::Kind::GetDocument, translated(text->ask), line.item.key);
            } else {
                step(AidNextStep::Kind::GetDocument,
                     QCoreApplication::translate("carnet::AidRules", "Get this document: %1.")
                         .arg(line.label),
                     line.item.key);
            }
        }
        if (s.readyToSend) {
            step(AidNextStep::Kind::Send,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The dossier is complete: print it in order, send it "
                                             "to your CPAM, and note the date you sent it."));
        }
        return s;
    }

    switch (request.decision) {
    case AidDecision::Pending:
        if (s.answerOverdue) {
            step(AidNextStep::Kind::FollowUp,
                 QCoreApplication::translate("carnet::AidRules",
                                             "No answer after %n month(s): send the follow-up "
                                             "letter.",
                                             nullptr, settings.answerExpectedMonths));
        } else {
            step(AidNextStep::Kind::Wait,
                 QCoreApplication::translate("carnet::AidRules",
                                             "Sent on %1, waiting for %n day(s). An answer may "
                                             "come around %2 (this delay is a guess).",
                                             nullptr, s.daysWaiting)
                     .arg(shortDate(request.submitted), shortDate(s.answerExpected)));
        }
        break;
    case AidDecision::Refused:
        if (!request.appealDate.isValid()) {
            step(AidNextStep::Kind::Appeal,
                 QCoreApplication::translate("carnet::AidRules",
                                             "Refused: you may ask the commission to reconsider. "
                                             "Carnet prepares a reasoned letter."));
        } else if (today > request.appealDate.addMonths(settings.appealAnswerExpectedMonths)) {
            step(AidNextStep::Kind::Complaint,
                 QCoreApplication::translate(
                     "carnet::AidRules",
                     "No answer to your request to reconsider: you may file a complaint "
                     "(réclamation) with your CPAM, then ask its conciliateur."));
        } else {
            step(AidNextStep::Kind::Wait,
                 QCoreApplication::translate("carnet::AidRules",
                                             "You asked the commission to reconsider on %1: wait "
                                             "for its answer.")
                     .arg(shortDate(request.appealDate)));
        }
        break;
    case AidDecision::Granted:
    case AidDecision::Partial:
        if (request.decision == AidDecision::Partial) {
            step(AidNextStep::Kind::Information,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The commission granted %1 of the %2 asked for.")
                     .arg(formatCents(request.grantedCents), formatCents(s.requestedCents)));
        }
        if (s.remainingCents == 0) {
            step(AidNextStep::Kind::GrantUsedUp,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The grant is used up: further sessions are not "
                                             "covered by it."));
            break;
        }
        if (s.expired) {
            step(AidNextStep::Kind::GrantExpired,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The grant expired on %1: sessions after that date "
                                             "are not covered. %2 were left unused.")
                     .arg(shortDate(s.expires), formatCents(s.remainingCents)));
        }
        if (request.payee == AidPayee::Psychologist) {
            step(AidNextStep::Kind::Information,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The CPAM pays your psychologist directly: you have "
                                             "no invoices to send."));
        } else {
            for (const auto& batch : std::as_const(s.unclaimed)) {
                step(AidNextStep::Kind::SendInvoices,
                     QCoreApplication::translate("carnet::AidRules",
                                                 "Send the invoices of %1 to your CPAM (%n "
                                                 "session(s), %2).",
                                                 nullptr, int(batch.sessionIds.size()))
                         .arg(monthName(batch.month), formatCents(batch.amountCents)),
                     {}, batch.month);
            }
        }
        if (!s.expired && s.daysToExpiry <= settings.expiryWarningDays) {
            step(AidNextStep::Kind::GrantExpiring,
                 QCoreApplication::translate("carnet::AidRules",
                                             "The grant expires in %n day(s), on %1 (%2 left).",
                                             nullptr, s.daysToExpiry)
                     .arg(shortDate(s.expires), formatCents(s.remainingCents)));
        }
        break;
    }
    return s;
}

} // namespace carnet::AidRules
