#include "read/ReadSide.h"

#include "read/AgendaReader.h"
#include "read/AidFigures.h"
#include "read/CarePathPreview.h"
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

#include <map>

namespace carnet {

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

Result<QList<AgendaItem>> ReadSide::agenda(const AgendaFilter& filter) const
{
    const SettingsService& settings = m_file.settings();
    return AgendaReader::read(
        m_file.database().connection(), filter, m_file.today(),
        [&settings] { return settings.statusSettings(); },
        [&settings] { return settings.aidSettings(); });
}

AgendaReader ReadSide::agendaReader(const AgendaFilter& filter) const
{
    return AgendaReader(m_file, filter);
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

Result<QList<PersonChoice>> ReadSide::personChoices(const PersonChoiceFilter& filter) const
{
    AgendaFilter wanted;
    wanted.includeArchived = filter.includeArchived;
    auto items = agenda(wanted);
    if (!items)
        return items.error();
    auto persons = PersonRepository(m_file.database().connection()).all();
    if (!persons)
        return persons.error();
    return PersonChoices::build(persons.value(), items.value(), filter);
}

} // namespace carnet
