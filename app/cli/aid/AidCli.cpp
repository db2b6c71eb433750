#include "cli/aid/AidCli.h"

#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "rules/Departments.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace carnet::cli::AidCli {

namespace {

constexpr std::array<std::pair<AidNextStep::Kind, const char*>, 12> kSteps{{
    {AidNextStep::Kind::GetDocument, "get_document"},
    {AidNextStep::Kind::RenewDocument, "renew_document"},
    {AidNextStep::Kind::Send, "send"},
    {AidNextStep::Kind::Wait, "wait"},
    {AidNextStep::Kind::FollowUp, "follow_up"},
    {AidNextStep::Kind::Appeal, "appeal"},
    {AidNextStep::Kind::Complaint, "complaint"},
    {AidNextStep::Kind::SendInvoices, "send_invoices"},
    {AidNextStep::Kind::GrantExpiring, "grant_expiring"},
    {AidNextStep::Kind::GrantExpired, "grant_expired"},
    {AidNextStep::Kind::GrantUsedUp, "grant_used_up"},
    {AidNextStep::Kind::Information, "information"},
}};

} // namespace

qint64 requestId(const QCommandLineParser& parser, OptionReader& in)
{
    const QString text = parser.positionalArguments().value(0).trimmed();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (text.isEmpty()) {
        in.refuse(QStringLiteral("ID"), QStringLiteral("give the aid request's id"));
        return 0;
    }
    if (!ok || id <= 0) {
        in.refuse(QStringLiteral("ID"), QStringLiteral("'%1' is not an id").arg(text));
        return 0;
    }
    return id;
}

QString stepKindKey(AidNextStep::Kind kind)
{
    for (const auto& [k, key] : kSteps) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

QJsonObject checklistLine(const AidChecklistLine& line)
{
    return QJsonObject{
        {QStringLiteral("key"), line.item.key},
        {QStringLiteral("label"), line.label},
        {QStringLiteral("status"), checklistStatusKey(line.item.status)},
        {QStringLiteral("date"), JsonView::date(line.item.documentDate)},
        {QStringLiteral("attachment_id"),
         line.item.attachmentId ? QJsonValue(line.item.attachmentId) : QJsonValue()},
        {QStringLiteral("variant"), line.item.variant},
        {QStringLiteral("note"), line.item.note},
        {QStringLiteral("required"), line.required},
        {QStringLiteral("stale"), line.stale},
        {QStringLiteral("stale_on"), JsonView::date(line.staleOn)},
    };
}

QJsonObject request(const AidRequest& r)
{
    QJsonArray claims;
    for (const auto& claim : r.claims) {
        claims.append(
            QJsonObject{{QStringLiteral("date"), JsonView::date(claim.date)},
                        {QStringLiteral("amount_cents"), claim.amountCents},
                        {QStringLiteral("covered_from"), JsonView::date(claim.coveredFrom)},
                        {QStringLiteral("covered_to"), JsonView::date(claim.coveredTo)},
                        {QStringLiteral("note"), claim.note}});
    }
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("department"), r.departmentCode},
        {QStringLiteral("psychologist_id"), r.psychologistId},
        {QStringLiteral("sessions"), r.sessions},
        {QStringLiteral("session_price_cents"), r.sessionPriceCents},
        {QStringLiteral("period_from"), JsonView::date(r.periodFrom)},
        {QStringLiteral("period_to"), JsonView::date(r.periodTo)},
        {QStringLiteral("payee"), aidPayeeKey(r.payee)},
        {QStringLiteral("prepared"), JsonView::date(r.prepared)},
        {QStringLiteral("submitted"), JsonView::date(r.submitted)},
        {QStringLiteral("decision"), aidDecisionKey(r.decision)},
        {QStringLiteral("decision_date"), JsonView::date(r.decisionDate)},
        {QStringLiteral("granted_cents"), r.grantedCents},
        {QStringLiteral("validity_months"), r.validityMonths},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("appeal_date"), JsonView::date(r.appealDate)},
    };
}

QJsonObject status(const AidRequest& r, const AidStatus& s)
{
    QJsonArray checklist;
    for (const auto& line : s.checklist)
        checklist.append(checklistLine(line));
    QJsonArray steps;
    QJsonArray stepDetails;
    for (const auto& step : s.nextSteps) {
        steps.append(step.text);
        stepDetails.append(QJsonObject{{QStringLiteral("kind"), stepKindKey(step.kind)},
                                       {QStringLiteral("text"), step.text},
                                       {QStringLiteral("item"), step.itemKey},
                                       {QStringLiteral("month"), JsonView::date(step.month)}});
    }
    QJsonArray unclaimed;
    for (const auto& batch : s.unclaimed) {
        unclaimed.append(
            QJsonObject{{QStringLiteral("month"), batch.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("session_ids"), JsonView::ids(batch.sessionIds)},
                        {QStringLiteral("amount_cents"), batch.amountCents}});
    }
    const Department* department = DepartmentDirectory::instance().find(r.departmentCode);
    const QUrl page = department ? department->afiPage() : DepartmentDirectory::nationalAfiPage();
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("person_id"), r.personId},
        {QStringLiteral("department"), r.departmentCode},
        {QStringLiteral("ameli_page"), page.toString()},
        {QStringLiteral("form_url"), s.formUrl},
        {QStringLiteral("requested_cents"), s.requestedCents},
        {QStringLiteral("cpam_share_cents"), s.shares.cpamCents},
        {QStringLiteral("mutuelle_share_cents"), s.shares.mutuelleCents},
        {QStringLiteral("remaining_cost_cents"), s.shares.remainingCents},
        {QStringLiteral("checklist"), checklist},
        {QStringLiteral("items_missing"), s.itemsMissing},
        {QStringLiteral("items_stale"), s.itemsStale},
        {QStringLiteral("ready_to_send"), s.readyToSend},
        {QStringLiteral("submitted"), JsonView::date(s.submittedOn)},
        {QStringLiteral("days_waiting"), s.daysWaiting},
        {QStringLiteral("answer_expected"), JsonView::date(s.answerExpected)},
        {QStringLiteral("answer_overdue"), s.answerOverdue},
        {QStringLiteral("decision"), aidDecisionKey(s.decision)},
        {QStringLiteral("decision_date"), JsonView::date(s.decisionDate)},
        {QStringLiteral("granted_cents"), s.grantedCents},
        {QStringLiteral("claimed_cents"), s.claimedCents},
        {QStringLiteral("remaining_cents"), s.remainingCents},
        {QStringLiteral("expires"), JsonView::date(s.expires)},
        {QStringLiteral("days_to_expiry"),
         s.expires.isValid() ? QJsonValue(s.daysToExpiry) : QJsonValue()},
        {QStringLiteral("expired"), s.expired},
        {QStringLiteral("unclaimed"), unclaimed},
        {QStringLiteral("advice"), QJsonArray::fromStringList(s.advice)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
        {QStringLiteral("next_steps"), steps},
        {QStringLiteral("next_step_details"), stepDetails},
    };
}

bool needsGui(const QStringList& arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("aid") && arguments.at(i + 1) == QLatin1String("pdf"))
            return true;
    }
    return false;
}

namespace {
QtMessageHandler s_previousHandler = nullptr;

void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}
} // namespace

void quietGuiStartup()
{
    s_previousHandler = qInstallMessageHandler(&filterMessages);
}

} // namespace carnet::cli::AidCli
