#include "aid/AidRules.h"
#include "aid/AidRulesSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace carnet::AidRules {

using detail::shortDate;

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

} // namespace carnet::AidRules
