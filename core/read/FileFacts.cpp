#include "read/FileFacts.h"

#include "service/ServiceSupport.h"
#include "store/CareSheetRepository.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"

#include <QSet>

namespace carnet {

namespace {

// The sheets and payments of the file (`personId` 0), or those of one person's sessions.
Result<MoneyFacts> loadMoney(const QSqlDatabase& db, qint64 personId)
{
    const SessionFilter filter = SessionFilter::person(personId);
    auto sheets = personId == 0 ? CareSheetRepository(db).allForRules()
                                : CareSheetRepository(db).touching(filter);
    if (!sheets)
        return sheets.error();
    auto payments = personId == 0 ? PaymentRepository(db).allForRules()
                                  : PaymentRepository(db).touching(filter);
    if (!payments)
        return payments.error();
    MoneyFacts money;
    money.sheets.reserve(sheets->size());
    for (CareSheet& sheet : sheets.value()) {
        for (qint64 sessionId : std::as_const(sheet.sessionIds))
            money.sheetOfSession.insert(sessionId, sheet.id);
        const qint64 id = sheet.id;
        money.sheets.emplace(id, std::move(sheet));
    }
    money.payments.reserve(payments->size());
    for (Payment& payment : payments.value()) {
        for (const PaymentShare& share : std::as_const(payment.shares)) {
            QList<qint64>& list = money.paymentsOfSession[share.sessionId];
            if (!list.contains(payment.id))
                list.append(payment.id);
        }
        const qint64 id = payment.id;
        money.payments.emplace(id, std::move(payment));
    }
    return money;
}

Result<QList<Person>> loadPersons(const QSqlDatabase& db, qint64 personId)
{
    if (personId == 0)
        return PersonRepository(db).all();
    auto person = PersonRepository(db).find(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return ServiceSupport::personNotFound(personId);
    return QList<Person>{**person};
}

Result<QList<Referral>> loadReferrals(const QSqlDatabase& db, qint64 personId)
{
    return personId == 0 ? ReferralRepository(db).all()
                         : ReferralRepository(db).forPerson(personId);
}

} // namespace

Result<FileFacts> FileFacts::load(const QSqlDatabase& db, qint64 personId)
{
    auto persons = loadPersons(db, personId);
    if (!persons)
        return persons.error();
    auto practitioners = PractitionerRepository(db).all();
    auto referrals = loadReferrals(db, personId);
    auto sessions = SessionRepository(db).findForRules(
        personId == 0 ? SessionFilter::all() : SessionFilter::person(personId));
    for (const Error* e :
         {practitioners ? nullptr : &practitioners.error(),
          referrals ? nullptr : &referrals.error(), sessions ? nullptr : &sessions.error()}) {
        if (e)
            return *e;
    }
    auto money = loadMoney(db, personId);
    if (!money)
        return money.error();
    FileFacts all;
    all.persons = std::move(persons.value());
    all.practitioners = std::move(practitioners.value());
    for (const Referral& r : referrals.value())
        all.referralsByPerson[r.personId].append(r);
    for (Session& s : sessions.value()) {
        const int year = s.date.year();
        all.sessionsByPersonYear[s.personId][year].append(std::move(s));
    }
    all.money = std::move(money.value());
    return all;
}

PersonYearFacts FileFacts::personYear(const Person& person, const QList<Session>& sessions) const
{
    PersonYearFacts facts;
    facts.person = person;
    facts.practitioners = practitioners;
    facts.referrals = referralsByPerson.value(person.id);
    facts.sessions = sessions;
    QSet<qint64> sheetIds;
    QSet<qint64> paymentIds;
    for (const Session& s : sessions) {
        if (const qint64 sheet = money.sheetOfSession.value(s.id);
            sheet != 0 && !sheetIds.contains(sheet)) {
            sheetIds.insert(sheet);
            facts.sheets.append(money.sheets.value(sheet));
        }
        for (qint64 payment : money.paymentsOfSession.value(s.id)) {
            if (!paymentIds.contains(payment)) {
                paymentIds.insert(payment);
                facts.payments.append(money.payments.value(payment));
            }
        }
    }
    return facts;
}

} // namespace carnet
