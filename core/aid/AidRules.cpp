#include "aid/AidRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace carnet::AidRules {

namespace {

struct ItemText
{
    const char* key;
    const char* label;
    const char* hint;
    const char* ask;
};

constexpr std::array<ItemText, 8> kItemTexts{{
    {"quote", QT_TRANSLATE_NOOP("carnet::AidRules", "Psychologist's quote (devis)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Number of sessions, price per session and period, signed by the "
                       "psychologist. Quotes are unusual for them: Carnet prints a letter that "
                       "explains why, and a quote they only need to check and sign."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Ask your psychologist for a quote: print the letter and the pre-filled "
                       "quote.")},
    {"prescription",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Doctor's prescription for sessions with a psychologist"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "From your doctor. It may be dated after the therapy started: caisses "
                       "have accepted that."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Ask your doctor for a prescription for sessions with a psychologist.")},
    {"form", QT_TRANSLATE_NOOP("carnet::AidRules", "The caisse's request form"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The aid request form of your CPAM, filled in and signed. Psychology "
                       "need not be listed on it to be asked for."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Fill in and sign your CPAM's request form.")},
    {"income", QT_TRANSLATE_NOOP("carnet::AidRules", "Proof of income"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "One of: your latest avis d'imposition, your RSA statements of the last "
                       "3 months, or your C2S attestation."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Get a proof of income: your latest avis d'imposition, your RSA "
                       "statements of the last 3 months, or your C2S attestation.")},
    {"lodging",
     QT_TRANSLATE_NOOP("carnet::AidRules", "Proof of lodging (attestation d'hébergement)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "An attestation d'hébergement signed by whoever lodges you, or a recent "
                       "proof of address."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Get an attestation d'hébergement or a recent proof of address.")},
    {"rib", QT_TRANSLATE_NOOP("carnet::AidRules", "Bank details (RIB)"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The RIB of whoever is paid: yours, or the psychologist's when the CPAM "
                       "pays them directly."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Add the RIB of whoever will be paid.")},
    {"cmp-refusal", QT_TRANSLATE_NOOP("carnet::AidRules", "A CMP's written refusal"),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "A letter from a centre médico-psychologique (CMP) saying it cannot take "
                       "you in."),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Ask a CMP for a written refusal to take you in.")},
    {"household", QT_TRANSLATE_NOOP("carnet::AidRules", "Household composition and income"),
     QT_TRANSLATE_NOOP("carnet::AidRules", "Who lives with you, and each person's income."),
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Write down your household's composition and each person's income.")},
}};

struct Text
{
    const char* key;
    const char* text;
};

constexpr std::array<Text, 3> kVariants{{
    {"tax-notice", QT_TRANSLATE_NOOP("carnet::AidRules", "latest avis d'imposition")},
    {"rsa", QT_TRANSLATE_NOOP("carnet::AidRules", "RSA statements of the last 3 months")},
    {"c2s", QT_TRANSLATE_NOOP("carnet::AidRules", "C2S attestation")},
}};

constexpr std::array<Text, 9> kAdvice{{
    {"not-listed",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Psychological care need not be listed on the caisse's form to be asked "
                       "for: it was granted in Meuse although the form does not name it.")},
    {"quote-before",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "The answer can take months. Either wait for it before the first sessions, "
                       "or advance the fees knowing the aid may be refused. Some caisses want the "
                       "quote before any expense.")},
    {"invoices",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Once granted, the aid is paid on invoices: either you send them (grouped) "
                       "to your caisse, or the caisse pays the psychologist directly.")},
    {"meuse-form",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Meuse: the caisse has its own form (version of 19 June 2020).")},
    {"paris-form",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Paris: the link to the form on ameli has been broken; Carnet knows the "
                       "direct address of the form.")},
    {"isere-cmp",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Isère: the caisse may fund psychology when a centre médico-psychologique "
                       "(CMP) refused to take you in, on a prescription: ask the CMP for a written "
                       "refusal.")},
    {"aisne-ceilings",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Aisne: the caisse publishes its income ceilings: check them on its page.")},
    {"bas-rhin-exclusions",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Bas-Rhin: the caisse refuses above its income ceiling, when less than "
                       "30 € is left to pay, and to AME beneficiaries; it asks for the household's "
                       "composition and for the total cost with the CPAM and mutuelle shares.")},
    {"rhone-exclusion",
     QT_TRANSLATE_NOOP("carnet::AidRules",
                       "Rhône: the caisse writes that psychology sessions cannot be funded by "
                       "this aid.")},
}};

QString translated(const char* text)
{
    return QCoreApplication::translate("carnet::AidRules", text);
}

const ItemText* itemText(const QString& key)
{
    for (const auto& t : kItemTexts) {
        if (key == QLatin1String(t.key))
            return &t;
    }
    return nullptr;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

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

QList<ChecklistItem> defaultChecklist(const QString& departmentCode, const AidCatalogue& catalogue)
{
    QList<ChecklistItem> items;
    const QStringList keys = catalogue.itemKeys(departmentCode);
    for (const auto& key : keys) {
        ChecklistItem item;
        item.key = key;
        items.append(item);
    }
    return items;
}

int maxAgeMonths(const ChecklistItem& item, const AidSettings& settings,
                 const AidCatalogue& catalogue)
{
    const AidItemSpec* spec = catalogue.item(item.key);
    if (!spec)
        return 0;
    QString setting = spec->maxAgeSetting;
    if (const auto* variant = spec->variant(item.variant))
        setting = variant->maxAgeSetting;
    if (setting.isEmpty())
        return 0;
    return settings.value(setting).value_or(0);
}

QDate staleOn(const ChecklistItem& item, const AidSettings& settings, const AidCatalogue& catalogue)
{
    const int months = maxAgeMonths(item, settings, catalogue);
    if (months <= 0 || !item.documentDate.isValid())
        return {};
    return item.documentDate.addMonths(months).addDays(1);
}

QList<AidChecklistLine> checklist(const AidRequest& request, QDate today,
                                  const AidSettings& settings, const AidCatalogue& catalogue)
{
    QStringList keys = catalogue.itemKeys(request.departmentCode);
    for (const auto& item : request.checklist) {
        if (!keys.contains(item.key))
            keys << item.key;
    }
    QList<AidChecklistLine> lines;
    for (const auto& key : std::as_const(keys)) {
        AidChecklistLine line;
        if (const ChecklistItem* stored = request.item(key))
            line.item = *stored;
        else
            line.item.key = key;
        line.label = itemLabel(key);
        if (!line.item.variant.isEmpty()) {
            //: A document and which kind of it ("Proof of income: latest avis d'imposition")
            line.label = QCoreApplication::translate("carnet::AidRules", "%1: %2")
                             .arg(line.label, variantLabel(line.item.variant));
        }
        line.hint = itemHint(key);
        const AidItemSpec* spec = catalogue.item(key);
        line.required = spec ? spec->required : false;
        line.maxAgeMonths = maxAgeMonths(line.item, settings, catalogue);
        if (line.item.isInHand()) {
            line.staleOn = staleOn(line.item, settings, catalogue);
            line.stale = line.staleOn.isValid() && today >= line.staleOn;
        }
        lines.append(line);
    }
    return lines;
}

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

Result<AidRequest> validate(AidRequest request, QDate today)
{
    static const QRegularExpression codePattern(
        QStringLiteral("^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-46])$"));
    request.departmentCode = request.departmentCode.trimmed().toUpper();
    if (request.departmentCode.size() == 1 && request.departmentCode.at(0).isDigit())
        request.departmentCode.prepend(QLatin1Char('0'));
    if (request.personId <= 0) {
        return Error::invalid(
            QStringLiteral("person"),
            QCoreApplication::translate("carnet::AidRules", "Choose the person the aid is for."));
    }
    if (!codePattern.match(request.departmentCode).hasMatch()) {
        return Error::invalid(QStringLiteral("department"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "\"%1\" is not a French département "
                                                          "code (01 to 95, 2A, 2B, 971 to 976).")
                                  .arg(request.departmentCode));
    }
    if (request.psychologistId <= 0) {
        return Error::invalid(
            QStringLiteral("psychologist"),
            QCoreApplication::translate("carnet::AidRules", "Choose the psychologist."));
    }
    if (request.sessions < 1 || request.sessions > 400) {
        return Error::invalid(QStringLiteral("sessions"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The number of sessions must be "
                                                          "between 1 and 400."));
    }
    if (request.sessionPriceCents <= 0 || request.sessionPriceCents > 100000) {
        return Error::invalid(QStringLiteral("fee"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The price per session must be more "
                                                          "than 0 and at most 1 000 €."));
    }
    if (request.periodFrom.isValid() && request.periodTo.isValid() &&
        request.periodTo < request.periodFrom) {
        return Error::invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("carnet::AidRules", "The period ends before it starts."));
    }
    if (request.schemeSessions < 0 || request.schemeSessions > request.sessions) {
        return Error::invalid(QStringLiteral("scheme_sessions"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The sessions covered by Mon soutien "
                                                          "psy cannot exceed the sessions asked "
                                                          "for."));
    }
    if (request.mutuelleForfaitCents < 0 || request.mutuelleForfaitCents > request.totalCents()) {
        return Error::invalid(QStringLiteral("mutuelle"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The mutuelle's share cannot exceed "
                                                          "the total."));
    }
    if (request.validityMonths < 0 || request.validityMonths > 60) {
        return Error::invalid(QStringLiteral("validity"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The validity must be between 1 and "
                                                          "60 months."));
    }
    for (const QDate& date :
         {request.prepared, request.submitted, request.decisionDate, request.appealDate}) {
        if (date.isValid() && date > today) {
            return Error::invalid(
                QStringLiteral("date"),
                QCoreApplication::translate("carnet::AidRules", "The date %1 is in the future.")
                    .arg(shortDate(date)));
        }
    }
    if (request.prepared.isValid() && request.submitted.isValid() &&
        request.submitted < request.prepared) {
        return Error::invalid(QStringLiteral("submitted"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The dossier cannot be sent before it "
                                                          "was prepared."));
    }
    if (request.decision == AidDecision::Pending) {
        request.grantedCents = 0;
        request.decisionDate = QDate();
    } else {
        if (!request.decisionDate.isValid()) {
            return Error::invalid(
                QStringLiteral("decision_date"),
                QCoreApplication::translate("carnet::AidRules", "Give the date of the decision."));
        }
        if (request.submitted.isValid() && request.decisionDate < request.submitted) {
            return Error::invalid(QStringLiteral("decision_date"),
                                  QCoreApplication::translate("carnet::AidRules",
                                                              "The decision cannot come before "
                                                              "the dossier was sent."));
        }
        if (request.decision == AidDecision::Refused) {
            request.grantedCents = 0;
        } else {
            if (request.grantedCents <= 0) {
                return Error::invalid(
                    QStringLiteral("granted"),
                    QCoreApplication::translate("carnet::AidRules", "Give the amount granted."));
            }
            request.decision = decisionFor(request.grantedCents, request.totalCents());
        }
    }
    if (request.decision != AidDecision::Refused) {
        request.appealDate = QDate();
        request.appealText.clear();
    } else if (request.appealDate.isValid() && request.appealDate < request.decisionDate) {
        return Error::invalid(QStringLiteral("appeal_date"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The request to reconsider cannot come "
                                                          "before the refusal."));
    }
    if (!request.claims.isEmpty() && !request.isGranted()) {
        return Error::invalid(QStringLiteral("claims"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "Invoices can only be sent against a "
                                                          "granted aid."));
    }
    Cents claimed = 0;
    for (const auto& claim : std::as_const(request.claims)) {
        if (!claim.date.isValid() || claim.amountCents <= 0) {
            return Error::invalid(QStringLiteral("claims"),
                                  QCoreApplication::translate("carnet::AidRules",
                                                              "Each claim needs a date and an "
                                                              "amount above 0."));
        }
        claimed += claim.amountCents;
    }
    if (claimed > request.grantedCents && request.isGranted()) {
        return Error::invalid(QStringLiteral("amount"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "The invoices (%1) would exceed the "
                                                          "grant (%2).")
                                  .arg(formatCents(claimed), formatCents(request.grantedCents)));
    }
    QStringList keys;
    for (auto& item : request.checklist) {
        item.key = item.key.trimmed();
        if (item.key.isEmpty() || keys.contains(item.key)) {
            return Error::invalid(QStringLiteral("item"),
                                  QCoreApplication::translate("carnet::AidRules",
                                                              "Each document of the checklist "
                                                              "needs its own name."));
        }
        keys << item.key;
        if (item.status == ChecklistStatus::Attached && item.attachmentId <= 0) {
            return Error::invalid(QStringLiteral("file"),
                                  QCoreApplication::translate("carnet::AidRules",
                                                              "An attached document needs its "
                                                              "file."));
        }
        if (item.documentDate.isValid() && item.documentDate > today) {
            return Error::invalid(
                QStringLiteral("date"),
                QCoreApplication::translate("carnet::AidRules", "The date %1 is in the future.")
                    .arg(shortDate(item.documentDate)));
        }
    }
    return request;
}

Result<AidClaim> validateClaim(const AidRequest& request, AidClaim claim, QDate today)
{
    if (!request.isGranted()) {
        return Error::invalid(QStringLiteral("claims"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "Invoices can only be sent against a "
                                                          "granted aid."));
    }
    if (!claim.date.isValid() || claim.date > today) {
        return Error::invalid(QStringLiteral("date"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "Give the date the invoices were sent "
                                                          "(not in the future)."));
    }
    if (claim.amountCents <= 0) {
        return Error::invalid(
            QStringLiteral("amount"),
            QCoreApplication::translate("carnet::AidRules", "The amount must be above 0."));
    }
    const Cents left = remainingCents(request);
    if (claim.amountCents > left) {
        return Error::invalid(QStringLiteral("amount"),
                              QCoreApplication::translate("carnet::AidRules",
                                                          "Only %1 of the grant is left: the "
                                                          "invoices (%2) exceed it.")
                                  .arg(formatCents(left), formatCents(claim.amountCents)));
    }
    if (claim.coveredFrom.isValid() && claim.coveredTo.isValid() &&
        claim.coveredTo < claim.coveredFrom) {
        return Error::invalid(
            QStringLiteral("to"),
            QCoreApplication::translate("carnet::AidRules", "The period ends before it starts."));
    }
    return claim;
}

QString itemLabel(const QString& key)
{
    if (const ItemText* text = itemText(key))
        return translated(text->label);
    return key;
}

QString itemHint(const QString& key)
{
    if (const ItemText* text = itemText(key))
        return translated(text->hint);
    return {};
}

QString variantLabel(const QString& variant)
{
    for (const auto& t : kVariants) {
        if (variant == QLatin1String(t.key))
            return translated(t.text);
    }
    return variant;
}

QString adviceText(const QString& adviceId)
{
    for (const auto& t : kAdvice) {
        if (adviceId == QLatin1String(t.key))
            return translated(t.text);
    }
    return {};
}

QString decisionText(AidDecision decision)
{
    switch (decision) {
    case AidDecision::Pending:
        return QCoreApplication::translate("carnet::AidRules", "No answer yet");
    case AidDecision::Granted:
        return QCoreApplication::translate("carnet::AidRules", "Granted");
    case AidDecision::Partial:
        return QCoreApplication::translate("carnet::AidRules", "Partly granted");
    case AidDecision::Refused:
        return QCoreApplication::translate("carnet::AidRules", "Refused");
    }
    return {};
}

QString checklistStatusText(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Missing:
        return QCoreApplication::translate("carnet::AidRules", "Missing");
    case ChecklistStatus::Requested:
        return QCoreApplication::translate("carnet::AidRules", "Asked for");
    case ChecklistStatus::Received:
        return QCoreApplication::translate("carnet::AidRules", "Received");
    case ChecklistStatus::Attached:
        return QCoreApplication::translate("carnet::AidRules", "Attached");
    }
    return {};
}

QString uncertaintyText()
{
    return QCoreApplication::translate(
        "carnet::AidRules",
        "Each CPAM sets its own rules for this aid and publishes little about them. The documents, "
        "delays and validity Carnet shows come from people's accounts, not from an official "
        "text: check your CPAM's page, and change the delays in the settings if your letter "
        "says otherwise.");
}

} // namespace carnet::AidRules
