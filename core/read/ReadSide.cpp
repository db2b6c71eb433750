#include "read/ReadSide.h"

#include "read/AidFigures.h"
#include "read/CarePathPreview.h"
#include "read/FileFacts.h"
#include "read/SessionDraft.h"
#include "rules/Validation.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/ServiceSupport.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace carnet {

namespace {

const NextStep* findStep(const YearStatus& status, NextStep::Kind kind, qint64 sheetId = 0,
                         std::optional<Payer> payer = std::nullopt)
{
    for (const NextStep& step : status.nextSteps) {
        if (step.kind != kind)
            continue;
        if (sheetId != 0 && step.sheetId != sheetId)
            continue;
        if (payer && step.payer != *payer)
            continue;
        return &step;
    }
    return nullptr;
}

Cents expectedFor(const YearStatus& status, const QList<qint64>& sessionIds)
{
    Cents total = 0;
    for (const SessionAssessment& a : status.sessions) {
        if (sessionIds.contains(a.sessionId))
            total += a.expectedAmoCents + a.expectedAmcCents;
    }
    return total;
}

} // namespace

ReadSide::ReadSide(const CarnetFile& file)
    : m_file(file)
{}

Result<PersonYearFacts> ReadSide::yearFacts(qint64 personId, int year) const
{
    const QSqlDatabase sql = m_file.database().connection();
    auto person = PersonRepository(sql).find(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return ServiceSupport::personNotFound(personId);
    const SessionFilter filter = SessionFilter::personYear(personId, year);
    auto practitioners = PractitionerRepository(sql).all();
    auto referrals = ReferralRepository(sql).forPerson(personId);
    auto sessions = SessionRepository(sql).find(filter);
    auto sheets = CareSheetRepository(sql).touching(filter);
    auto payments = PaymentRepository(sql).touching(filter);
    for (const Error* e :
         {practitioners ? nullptr : &practitioners.error(),
          referrals ? nullptr : &referrals.error(), sessions ? nullptr : &sessions.error(),
          sheets ? nullptr : &sheets.error(), payments ? nullptr : &payments.error()}) {
        if (e)
            return *e;
    }
    PersonYearFacts facts;
    facts.person = **person;
    facts.practitioners = std::move(practitioners.value());
    facts.referrals = std::move(referrals.value());
    facts.sessions = std::move(sessions.value());
    facts.sheets = std::move(sheets.value());
    facts.payments = std::move(payments.value());
    return facts;
}

Result<YearStatus> ReadSide::yearStatus(qint64 personId, int year) const
{
    if (year < 1900 || year > 9999)
        return Error::invalid(QStringLiteral("year"), tr("This year is out of range."));
    auto facts = yearFacts(personId, year);
    if (!facts)
        return facts.error();
    return CarePathRules::yearStatus(facts.value(), year, m_file.today(),
                                     m_file.settings().statusSettings());
}

QList<PendingItem> ReadSide::pending() const
{
    auto loaded = FileFacts::load(m_file.database().connection());
    if (!loaded)
        return {};
    const FileFacts& all = loaded.value();
    const StatusSettings settings = m_file.settings().statusSettings();
    const QDate now = m_file.today();
    const RuleSet& rules = RuleSet::monSoutienPsy();

    QList<PendingItem> items;
    QSet<QString> seen; // a sheet spanning two years is reported once
    for (const Person& person : all.persons) {
        const auto years = all.sessionsByPersonYear.constFind(person.id);
        if (years == all.sessionsByPersonYear.cend())
            continue;
        for (const auto& [year, sessions] : *years) {
            const YearStatus status = CarePathRules::yearStatus(all.personYear(person, sessions),
                                                                year, now, settings, rules);
            auto item = [&](PendingItem::Kind kind) {
                PendingItem i;
                i.kind = kind;
                i.personId = person.id;
                i.personName = person.name;
                return i;
            };
            // Sessions close to (or past) the 2-year deadline are reported as such, the
            // others as "create a sheet".
            QList<qint64> withoutSheet = status.sessionsWithoutSheet;
            for (const NextStep& step : status.nextSteps) {
                if (step.kind == NextStep::Kind::ClaimDeadline && step.sessionId != 0)
                    withoutSheet.removeAll(step.sessionId);
            }
            if (!withoutSheet.isEmpty()) {
                PendingItem i = item(PendingItem::Kind::CreateSheet);
                i.sessionIds = withoutSheet;
                for (const Session& s : sessions) {
                    if (i.sessionIds.contains(s.id) && (!i.date.isValid() || s.date < i.date))
                        i.date = s.date;
                }
                i.amountCents = expectedFor(status, i.sessionIds);
                const NextStep* step = findStep(status, NextStep::Kind::CreateSheet);
                i.text = step ? step->text
                              : tr("%n session(s) in %1 have no care sheet yet.", "",
                                   int(i.sessionIds.size()))
                                    .arg(year);
                items.append(i);
            }
            for (qint64 sheetId : status.sheetsToSend) {
                if (seen.contains(QStringLiteral("send-%1").arg(sheetId)))
                    continue;
                seen.insert(QStringLiteral("send-%1").arg(sheetId));
                const CareSheet sheet = all.money.sheets.value(sheetId);
                PendingItem i = item(PendingItem::Kind::SendSheet);
                i.sheetId = sheetId;
                i.sessionIds = sheet.sessionIds;
                i.date = sheet.issued;
                i.amountCents = expectedFor(status, sheet.sessionIds);
                const NextStep* step = findStep(status, NextStep::Kind::SendSheet, sheetId);
                i.text = step ? step->text : tr("Send the care sheet to the CPAM.");
                items.append(i);
            }
            for (const LatePayment& late : status.latePayments) {
                const QString key =
                    QStringLiteral("late-%1-%2").arg(late.sheetId).arg(payerKey(late.payer));
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                PendingItem i = item(PendingItem::Kind::LatePayment);
                i.sheetId = late.sheetId;
                i.sessionIds = all.money.sheets.value(late.sheetId).sessionIds;
                i.payer = late.payer;
                i.date = late.dueDate;
                i.daysLate = late.daysLate;
                i.amountCents = late.missingCents;
                const NextStep* step =
                    findStep(status, NextStep::Kind::ChasePayment, late.sheetId, late.payer);
                i.text = step ? step->text : tr("A payment is %n day(s) late.", "", late.daysLate);
                items.append(i);
            }
            for (const NextStep& step : status.nextSteps) {
                if (step.kind != NextStep::Kind::ClaimDeadline)
                    continue;
                const QString key =
                    QStringLiteral("claim-%1-%2").arg(step.sheetId).arg(step.sessionId);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                PendingItem i = item(PendingItem::Kind::ClaimDeadline);
                i.sheetId = step.sheetId;
                i.sessionIds = step.sheetId != 0 ? all.money.sheets.value(step.sheetId).sessionIds
                                                 : QList<qint64>{step.sessionId};
                i.date = step.deadline;
                i.amountCents = expectedFor(status, i.sessionIds);
                i.text = step.text;
                items.append(i);
            }
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const PendingItem& a, const PendingItem& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.personId < b.personId;
    });
    return items;
}

Result<QList<PaymentShare>> ReadSide::proposeSplit(Payer payer, Cents amountCents,
                                                   const QList<qint64>& sessionIds) const
{
    if (amountCents <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("The amount must be above zero."));
    QList<qint64> ids;
    for (qint64 id : sessionIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    auto found = SessionRepository(m_file.database().connection()).find(SessionFilter::ids(ids));
    if (!found)
        return found.error();
    if (found->size() != ids.size()) {
        return ServiceSupport::notFound(ServiceSupport::Record::Session,
                                        ServiceSupport::firstMissing(ids, found.value()),
                                        QStringLiteral("sessions"));
    }
    // Each session is assessed within its person's year: one status per (person, year).
    std::map<std::pair<qint64, int>, bool> groups;
    for (const Session& s : found.value())
        groups[{s.personId, s.date.year()}] = true;
    QList<SessionAssessment> assessed;
    for (const auto& [key, unused] : groups) {
        Q_UNUSED(unused);
        auto status = yearStatus(key.first, key.second);
        if (!status)
            return status.error();
        for (const SessionAssessment& a : status->sessions) {
            if (ids.contains(a.sessionId))
                assessed.append(a);
        }
    }
    return CarePathRules::proposeSplit(assessed, payer, amountCents);
}

std::optional<Practitioner> ReadSide::usualPsychologist(qint64 personId) const
{
    auto latest = SessionRepository(m_file.database().connection()).latestForPerson(personId);
    if (!latest || !latest->has_value())
        return std::nullopt;
    return m_file.people().practitioner((*latest)->practitionerId);
}

Result<SessionDraftAnswer> ReadSide::sessionDraft(const SessionDraft& draft) const
{
    auto person = PersonRepository(m_file.database().connection()).find(draft.session.personId);
    if (!person)
        return person.error();
    if (!person->has_value()) {
        SessionDraftAnswer answer = SessionDraftAnswer::defaults(draft);
        answer.refusal = ServiceSupport::personNotFound(draft.session.personId);
        return answer;
    }
    PersonYearFacts facts;
    facts.person = **person;
    if (draft.session.date.isValid()) {
        auto loaded = yearFacts(draft.session.personId, draft.session.date.year());
        if (!loaded)
            return loaded.error();
        facts = std::move(loaded.value());
    }
    SessionDraftAnswer answer = SessionDraftAnswer::judge(draft, facts);
    // The service's own checks, on the session as it would be stored.
    const Result<Session> checked =
        draft.newPsychologist
            ? Validation::session(answer.session, facts.person, *draft.newPsychologist)
            : m_file.sessions().check(answer.session);
    if (!checked)
        answer.refusal = checked.error();
    return answer;
}

CarePathPreview ReadSide::carePathPreview(const Person& person,
                                          const std::optional<Practitioner>& psychologist,
                                          const std::optional<Referral>& referral, QDate date) const
{
    return CarePathPreview::of(person, psychologist, referral,
                               date.isValid() ? date : m_file.today());
}

AidFigures ReadSide::aidFigures(const AidRequest& request) const
{
    const auto person = PersonRepository(m_file.database().connection()).find(request.personId);
    const bool hasMutuelle = person && person->has_value() && (*person)->hasMutuelle();
    return AidFigures::of(request, hasMutuelle, m_file.today());
}

} // namespace carnet
