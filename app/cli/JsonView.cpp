#include "cli/JsonView.h"

#include "rules/Departments.h"
#include "service/CarnetFile.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QTextStream>

namespace carnet::cli::JsonView {

QJsonValue date(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray ids(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject person(const Person& person)
{
    QJsonArray coverage;
    for (const CoveragePeriod& period : person.coverage) {
        coverage.append(QJsonObject{
            {QStringLiteral("kind"), coverageKey(period.kind)},
            {QStringLiteral("from"), date(period.from)},
            {QStringLiteral("to"), date(period.to)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), person.id},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("birth_date"), date(person.birthDate)},
        {QStringLiteral("relation"), relationKey(person.relation)},
        {QStringLiteral("nir"), person.nir},
        {QStringLiteral("mutuelle"), person.mutuelle},
        {QStringLiteral("coverage"), coverage},
    };
}

QJsonObject session(const Session& session)
{
    return QJsonObject{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("person_id"), session.personId},
        {QStringLiteral("psy_id"), session.practitionerId},
        {QStringLiteral("date"), date(session.date)},
        {QStringLiteral("kind"), sessionKindKey(session.kind)},
        {QStringLiteral("mode"), sessionModeKey(session.mode)},
        {QStringLiteral("fee_cents"), session.feeCents},
        {QStringLiteral("paid_cents"), session.paidCents},
        {QStringLiteral("referral_id"), session.referralId},
    };
}

QJsonObject practitioner(const Practitioner& practitioner)
{
    return QJsonObject{
        {QStringLiteral("id"), practitioner.id},
        {QStringLiteral("name"), practitioner.name},
        {QStringLiteral("role"), roleKey(practitioner.role)},
        {QStringLiteral("rpps"), practitioner.rpps},
        {QStringLiteral("partner"), practitioner.partner},
        {QStringLiteral("contact"), practitioner.contact},
    };
}

QJsonObject referral(const Referral& referral)
{
    return QJsonObject{
        {QStringLiteral("id"), referral.id},
        {QStringLiteral("person_id"), referral.personId},
        {QStringLiteral("by"), referral.referrerName},
        {QStringLiteral("role"), roleKey(referral.referrerRole)},
        {QStringLiteral("date"), date(referral.date)},
        {QStringLiteral("consent"), QJsonArray::fromStringList(referral.consentHolders)},
        {QStringLiteral("notes"), referral.notes},
    };
}

QString reasonKey(NotCoveredReason reason)
{
    switch (reason) {
    case NotCoveredReason::None:
        return {};
    case NotCoveredReason::PrivateSession:
        return QStringLiteral("private_session");
    case NotCoveredReason::BeforeScheme:
        return QStringLiteral("before_scheme");
    case NotCoveredReason::UnderAge:
        return QStringLiteral("under_age");
    case NotCoveredReason::NotPartner:
        return QStringLiteral("not_partner");
    case NotCoveredReason::FeeDiffersFromTariff:
        return QStringLiteral("fee_differs_from_tariff");
    case NotCoveredReason::RemoteEvaluation:
        return QStringLiteral("remote_evaluation");
    case NotCoveredReason::SecondEvaluation:
        return QStringLiteral("second_evaluation");
    case NotCoveredReason::OverYearlyCap:
        return QStringLiteral("over_yearly_cap");
    case NotCoveredReason::ReferralMissing:
        return QStringLiteral("referral_missing");
    }
    return {};
}

QString agendaKindKey(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::CreateSheet:
        return QStringLiteral("create_sheet");
    case AgendaItem::Kind::SendSheet:
        return QStringLiteral("send_sheet");
    case AgendaItem::Kind::LatePayment:
        return QStringLiteral("late_payment");
    case AgendaItem::Kind::SendingDeadline:
        return QStringLiteral("claim_deadline");
    case AgendaItem::Kind::AidDocumentsMissing:
        return QStringLiteral("aid_documents_missing");
    case AgendaItem::Kind::AidAnswerOverdue:
        return QStringLiteral("aid_answer_overdue");
    case AgendaItem::Kind::AidGrantExpiring:
        return QStringLiteral("aid_grant_expiring");
    case AgendaItem::Kind::AidGrantExpired:
        return QStringLiteral("aid_grant_expired");
    }
    return {};
}

std::optional<AgendaItem::Kind> agendaKindFromKey(const QString& key)
{
    for (const AgendaItem::Kind kind : Agenda::allKinds()) {
        if (agendaKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString urgencyKey(AgendaItem::Urgency urgency)
{
    switch (urgency) {
    case AgendaItem::Urgency::Overdue:
        return QStringLiteral("overdue");
    case AgendaItem::Urgency::Soon:
        return QStringLiteral("soon");
    case AgendaItem::Urgency::ToDo:
        return QStringLiteral("to_do");
    }
    return {};
}

namespace {

QString nextStepKey(NextStep::Kind kind)
{
    switch (kind) {
    case NextStep::Kind::CreateSheet:
        return QStringLiteral("create_sheet");
    case NextStep::Kind::SendSheet:
        return QStringLiteral("send_sheet");
    case NextStep::Kind::RecordPayment:
        return QStringLiteral("record_payment");
    case NextStep::Kind::ChasePayment:
        return QStringLiteral("chase_payment");
    case NextStep::Kind::SendingDeadline:
        return QStringLiteral("claim_deadline");
    case NextStep::Kind::StartEvaluation:
        return QStringLiteral("start_evaluation");
    case NextStep::Kind::CapReached:
        return QStringLiteral("cap_reached");
    case NextStep::Kind::Information:
        return QStringLiteral("information");
    }
    return {};
}

QJsonObject assessment(const SessionAssessment& a)
{
    QJsonObject object{
        {QStringLiteral("id"), a.sessionId},
        {QStringLiteral("date"), date(a.date)},
        {QStringLiteral("covered"), a.covered},
        {QStringLiteral("covered_index"), a.coveredIndex},
        {QStringLiteral("third_party_payment"), a.thirdPartyPayment},
        {QStringLiteral("tariff_cents"), a.tariffCents},
        {QStringLiteral("expected_amo_cents"), a.expectedAmoCents},
        {QStringLiteral("expected_amc_cents"), a.expectedAmcCents},
        {QStringLiteral("received_amo_cents"), a.receivedAmoCents},
        {QStringLiteral("received_amc_cents"), a.receivedAmcCents},
        {QStringLiteral("patient_share_cents"), a.patientShareCents},
        {QStringLiteral("should_advance_cents"), a.shouldAdvanceCents},
        {QStringLiteral("sheet_id"), a.sheetId},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings)},
    };
    if (!a.covered) {
        object.insert(QStringLiteral("reason"), reasonKey(a.reason));
        object.insert(QStringLiteral("reason_text"), a.reasonText);
    }
    return object;
}

} // namespace

QJsonObject yearStatus(qint64 personId, const YearStatus& status)
{
    QJsonArray late;
    for (const LatePayment& payment : status.latePayments) {
        late.append(QJsonObject{
            {QStringLiteral("sheet_id"), payment.sheetId},
            {QStringLiteral("payer"), payerKey(payment.payer)},
            {QStringLiteral("due_date"), date(payment.dueDate)},
            {QStringLiteral("days_late"), payment.daysLate},
            {QStringLiteral("missing_cents"), payment.missingCents},
        });
    }
    QJsonArray sessions;
    for (const SessionAssessment& a : status.sessions)
        sessions.append(assessment(a));
    QJsonArray steps;
    QJsonArray stepDetails;
    for (const NextStep& step : status.nextSteps) {
        steps.append(step.text);
        QJsonObject detail{
            {QStringLiteral("kind"), nextStepKey(step.kind)},
            {QStringLiteral("text"), step.text},
            {QStringLiteral("sheet_id"), step.sheetId},
            {QStringLiteral("session_id"), step.sessionId},
        };
        if (step.kind == NextStep::Kind::RecordPayment || step.kind == NextStep::Kind::ChasePayment)
            detail.insert(QStringLiteral("payer"), payerKey(step.payer));
        stepDetails.append(detail);
    }
    return QJsonObject{
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("year"), status.year},
        {QStringLiteral("sessions_covered_cap"), status.coveredCap},
        {QStringLiteral("sessions_covered_used"), status.coveredUsed},
        {QStringLiteral("sessions_covered_left"), status.coveredLeft},
        {QStringLiteral("evaluation_done"), status.evaluationDone},
        {QStringLiteral("paid_cents"), status.paidCents},
        {QStringLiteral("expected_amo_cents"), status.expectedAmoCents},
        {QStringLiteral("expected_amc_cents"), status.expectedAmcCents},
        {QStringLiteral("received_amo_cents"), status.receivedAmoCents},
        {QStringLiteral("received_amc_cents"), status.receivedAmcCents},
        {QStringLiteral("owed_amo_cents"), status.owedAmoCents},
        {QStringLiteral("owed_amc_cents"), status.owedAmcCents},
        {QStringLiteral("sheets_to_send"), ids(status.sheetsToSend)},
        {QStringLiteral("sessions_without_sheet"), ids(status.sessionsWithoutSheet)},
        {QStringLiteral("late_payments"), late},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("next_steps"), steps},
        {QStringLiteral("next_step_details"), stepDetails},
    };
}

QJsonObject agendaItem(const AgendaItem& item)
{
    QJsonObject object{
        {QStringLiteral("kind"), agendaKindKey(item.kind)},
        {QStringLiteral("person_id"), item.personId},
        {QStringLiteral("person_name"), item.personName},
        {QStringLiteral("year"), item.year},
        {QStringLiteral("urgency"), urgencyKey(item.urgency)},
        {QStringLiteral("sheet_id"), item.sheetId},
        {QStringLiteral("session_ids"), ids(item.sessionIds)},
        {QStringLiteral("aid_request_id"), item.aidRequestId},
        {QStringLiteral("date"), date(item.date)},
        {QStringLiteral("due_date"), date(item.dueDate)},
        {QStringLiteral("days_late"), item.daysLate},
        {QStringLiteral("amount_cents"), item.amountCents},
        {QStringLiteral("text"), item.text},
    };
    if (item.payer)
        object.insert(QStringLiteral("payer"), payerKey(*item.payer));
    return object;
}

QJsonObject department(const Department& department)
{
    return QJsonObject{
        {QStringLiteral("code"), department.code},
        {QStringLiteral("name"), department.name},
        {QStringLiteral("ameli_url"), department.afiPage().toString()},
        {QStringLiteral("ameli_slug"), department.ameliSlug},
        {QStringLiteral("slug_confirmed"), department.slugConfirmed},
        {QStringLiteral("excludes_psychology"), department.excludesPsychology},
        {QStringLiteral("note"), department.note},
    };
}

QJsonObject backup(const BackupInfo& backup)
{
    return QJsonObject{
        {QStringLiteral("path"), backup.path},
        {QStringLiteral("created"), backup.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("size"), backup.size},
    };
}

void print(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void print(QTextStream& out, const QJsonArray& array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace carnet::cli::JsonView
