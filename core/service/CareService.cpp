#include "service/CareService.h"

#include "rules/Validation.h"
#include "store/AttachmentRepository.h"
#include "store/CareSheetRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"
#include "store/PersonRepository.h"
#include "store/PractitionerRepository.h"
#include "store/ReferralRepository.h"
#include "store/SessionFilter.h"
#include "store/SessionRepository.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <map>

namespace carnet {

namespace {

constexpr qint64 kMaxAttachmentBytes = 100LL * 1024 * 1024; // 100 MB: scans and PDFs
constexpr int kMaxSettingDays = 3650;

Error conflict(const QString& field, const QString& message)
{
    return {Error::Kind::Conflict, field, message};
}

bool isSha256(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

// Refuses a negative id, or a nonzero one already taken (a re-insert must not overwrite).
template <typename Exists>
Result<void> checkNewId(qint64 id, const QString& field, Exists exists)
{
    if (id < 0)
        return Error::invalid(field, CareService::tr("An id cannot be negative."));
    if (id == 0)
        return {};
    auto taken = exists(id);
    if (!taken)
        return taken.error();
    if (*taken)
        return conflict(field, CareService::tr("An entry with id %1 already exists.").arg(id));
    return {};
}

template <typename T>
Result<bool> existsIn(const Result<std::optional<T>>& found)
{
    if (!found)
        return found.error();
    return found->has_value();
}

// The sheets and payments of a file, and what each session received, loaded in a few queries.
struct MoneyFacts
{
    QHash<qint64, CareSheet> sheets;
    QHash<qint64, qint64> sheetOfSession;
    QHash<qint64, Payment> payments;
    QHash<qint64, QList<qint64>> paymentsOfSession;
    QHash<qint64, std::pair<Cents, Cents>> received; // from the CPAM, from the mutuelle
};

// Everything the rules need for every person and year.
struct AllFacts
{
    QList<Person> persons;
    QList<Practitioner> practitioners;
    QHash<qint64, QList<Referral>> referralsByPerson;
    QHash<qint64, std::map<int, QList<Session>>> sessionsByPersonYear;
    MoneyFacts money;
};

// The persons, practitioners, courriers and sessions into `all`.
Result<void> loadPeople(const QSqlDatabase& db, AllFacts& all)
{
    auto persons = PersonRepository(db).all();
    auto practitioners = PractitionerRepository(db).all();
    auto referrals = ReferralRepository(db).all();
    auto sessions = SessionRepository(db).findForRules(SessionFilter::all());
    for (const Error* e :
         {persons ? nullptr : &persons.error(), practitioners ? nullptr : &practitioners.error(),
          referrals ? nullptr : &referrals.error(), sessions ? nullptr : &sessions.error()}) {
        if (e)
            return *e;
    }
    all.persons = std::move(persons.value());
    all.practitioners = std::move(practitioners.value());
    for (const Referral& r : referrals.value())
        all.referralsByPerson[r.personId].append(r);
    for (Session& s : sessions.value()) {
        const int year = s.date.year();
        all.sessionsByPersonYear[s.personId][year].append(std::move(s));
    }
    return {};
}

Result<MoneyFacts> loadMoney(const QSqlDatabase& db)
{
    auto sheets = CareSheetRepository(db).allForRules();
    if (!sheets)
        return sheets.error();
    auto payments = PaymentRepository(db).allForRules();
    if (!payments)
        return payments.error();
    MoneyFacts money;
    money.sheets.reserve(sheets->size());
    for (CareSheet& sheet : sheets.value()) {
        for (qint64 sessionId : std::as_const(sheet.sessionIds))
            money.sheetOfSession.insert(sessionId, sheet.id);
        const qint64 id = sheet.id;
        money.sheets.insert(id, std::move(sheet));
    }
    money.payments.reserve(payments->size());
    for (Payment& payment : payments.value()) {
        for (const PaymentShare& share : std::as_const(payment.shares)) {
            QList<qint64>& list = money.paymentsOfSession[share.sessionId];
            if (!list.contains(payment.id))
                list.append(payment.id);
            if (payment.payer != Payer::Other) {
                auto& r = money.received[share.sessionId];
                (payment.payer == Payer::Cpam ? r.first : r.second) += share.amountCents;
            }
        }
        const qint64 id = payment.id;
        money.payments.insert(id, std::move(payment));
    }
    return money;
}

// One person's facts for one year, cut out of everything loaded.
PersonYearFacts factsFor(const AllFacts& all, const Person& person, const QList<Session>& sessions)
{
    PersonYearFacts facts;
    facts.person = person;
    facts.practitioners = all.practitioners;
    facts.referrals = all.referralsByPerson.value(person.id);
    facts.sessions = sessions;
    QSet<qint64> sheetIds;
    QSet<qint64> paymentIds;
    for (const Session& s : sessions) {
        if (const qint64 sheet = all.money.sheetOfSession.value(s.id);
            sheet != 0 && !sheetIds.contains(sheet)) {
            sheetIds.insert(sheet);
            facts.sheets.append(all.money.sheets.value(sheet));
        }
        for (qint64 payment : all.money.paymentsOfSession.value(s.id)) {
            if (!paymentIds.contains(payment)) {
                paymentIds.insert(payment);
                facts.payments.append(all.money.payments.value(payment));
            }
        }
    }
    return facts;
}

// False when the rules cannot find anything pending in a person's year, so that judging it
// can be skipped; the pending report is the same either way. Every item comes from one
// session of the year: a covered session on no sheet (CreateSheet, or ClaimDeadline), a
// session on an unsent sheet (SendSheet, or ClaimDeadline), or a session on a sent sheet
// still owed money (LatePayment), which it cannot be once it received the most it could be
// owed. A sent and paid year (most of a file) has none of them.
bool mayBePending(const MoneyFacts& money, const Person& person, const QList<Session>& sessions,
                  const RuleSet& rules)
{
    for (const Session& s : sessions) {
        const qint64 sheetId = money.sheetOfSession.value(s.id);
        if (sheetId == 0) {
            if (s.kind != SessionKind::Private && s.date.isValid() && rules.regimeOn(s.date))
                return true;
            continue;
        }
        if (!money.sheets.value(sheetId).isSent())
            return true;
        const auto [amo, amc] = CarePathRules::mostExpected(s, person, rules);
        const auto paid = money.received.value(s.id);
        if (paid.first < amo || paid.second < amc)
            return true;
    }
    return false;
}

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

CareService::CareService(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{}

QDate CareService::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CareService::setToday(QDate today)
{
    m_today = today;
}

// ---- Persons -------------------------------------------------------------------------------

Result<qint64> CareService::addPerson(const Person& person)
{
    auto valid = Validation::person(person, today());
    if (!valid)
        return valid.error();
    Person p = valid.value();
    p.id = person.id;
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        PersonRepository repo(m_db.connection());
        if (auto c = checkNewId(p.id, QStringLiteral("person_id"),
                                [&](qint64 i) { return repo.exists(i); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    emit changed();
    return id;
}

Result<void> CareService::updatePerson(const Person& person)
{
    auto valid = Validation::person(person, today());
    if (!valid)
        return valid.error();
    Person p = valid.value();
    p.id = person.id;
    auto r = m_db.transaction([&]() -> Result<void> {
        PersonRepository repo(m_db.connection());
        auto exists = repo.exists(p.id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
        return repo.update(p);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

Result<void> CareService::removePerson(qint64 personId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        PersonRepository repo(m_db.connection());
        auto exists = repo.exists(personId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
        auto used = repo.isReferenced(personId);
        if (!used)
            return used.error();
        if (*used) {
            return conflict(QStringLiteral("person_id"),
                            tr("This person still has sessions, courriers, care sheets or aid "
                               "requests: remove them first."));
        }
        return repo.remove(personId);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

QList<Person> CareService::persons() const
{
    auto all = PersonRepository(m_db.connection()).all();
    if (!all)
        return {};
    QList<Person> list = std::move(all.value());
    std::stable_sort(list.begin(), list.end(), [](const Person& a, const Person& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Person> CareService::person(qint64 personId) const
{
    auto found = PersonRepository(m_db.connection()).find(personId);
    return found ? found.value() : std::nullopt;
}

// ---- Practitioners -------------------------------------------------------------------------

Result<qint64> CareService::addPractitioner(const Practitioner& practitioner, QStringList* warnings)
{
    QStringList notes;
    auto valid = Validation::practitioner(practitioner, &notes);
    if (!valid)
        return valid.error();
    Practitioner p = valid.value();
    p.id = practitioner.id;
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        PractitionerRepository repo(m_db.connection());
        if (auto c = checkNewId(p.id, QStringLiteral("practitioner_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    if (warnings)
        warnings->append(notes);
    emit changed();
    return id;
}

Result<void> CareService::updatePractitioner(const Practitioner& practitioner,
                                             QStringList* warnings)
{
    QStringList notes;
    auto valid = Validation::practitioner(practitioner, &notes);
    if (!valid)
        return valid.error();
    Practitioner p = valid.value();
    p.id = practitioner.id;
    auto r = m_db.transaction([&]() -> Result<void> {
        PractitionerRepository repo(m_db.connection());
        auto old = repo.find(p.id);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return Error::notFound(QStringLiteral("practitioner_id"),
                                   tr("This practitioner does not exist."));
        }
        if ((*old)->role == PractitionerRole::Psychologist &&
            p.role != PractitionerRole::Psychologist) {
            auto used = repo.isReferenced(p.id);
            if (!used)
                return used.error();
            if (*used) {
                return conflict(QStringLiteral("role"),
                                tr("Sessions were recorded with this psychologist: the role "
                                   "cannot change."));
            }
        }
        return repo.update(p);
    });
    if (!r)
        return r;
    if (warnings)
        warnings->append(notes);
    emit changed();
    return {};
}

Result<void> CareService::removePractitioner(qint64 practitionerId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        PractitionerRepository repo(m_db.connection());
        auto found = repo.find(practitionerId);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            return Error::notFound(QStringLiteral("practitioner_id"),
                                   tr("This practitioner does not exist."));
        }
        auto used = repo.isReferenced(practitionerId);
        if (!used)
            return used.error();
        if (*used) {
            return conflict(QStringLiteral("practitioner_id"),
                            tr("Sessions or aid requests name this practitioner: remove them "
                               "first."));
        }
        return repo.remove(practitionerId);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

QList<Practitioner> CareService::practitioners() const
{
    auto all = PractitionerRepository(m_db.connection()).all();
    if (!all)
        return {};
    QList<Practitioner> list = std::move(all.value());
    std::stable_sort(list.begin(), list.end(), [](const Practitioner& a, const Practitioner& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

std::optional<Practitioner> CareService::practitioner(qint64 practitionerId) const
{
    auto found = PractitionerRepository(m_db.connection()).find(practitionerId);
    return found ? found.value() : std::nullopt;
}

std::optional<Practitioner> CareService::usualPsychologist(qint64 personId) const
{
    auto latest = SessionRepository(m_db.connection()).latestForPerson(personId);
    if (!latest || !latest->has_value())
        return std::nullopt;
    return practitioner((*latest)->practitionerId);
}

// ---- Referrals -----------------------------------------------------------------------------

namespace {

// After an attachment lost a reference: drops its row when nothing refers to it any more,
// and returns the hash whose file can go once the transaction is committed.
Result<QString> releaseAttachment(const QSqlDatabase& db, qint64 attachmentId)
{
    if (attachmentId == 0)
        return QString();
    AttachmentRepository repo(db);
    auto count = repo.referenceCount(attachmentId);
    if (!count)
        return count.error();
    if (*count > 0)
        return QString();
    auto found = repo.find(attachmentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return QString();
    if (auto r = repo.remove(attachmentId); !r)
        return r.error();
    auto left = repo.countWithHash((*found)->sha256);
    if (!left)
        return left.error();
    return *left == 0 ? (*found)->sha256 : QString();
}

} // namespace

void CareService::removeAttachmentFile(const QString& sha256) const
{
    if (!isSha256(sha256))
        return;
    QFile::remove(QDir(m_db.attachmentDirectory()).filePath(sha256));
}

Result<void> CareService::checkReferral(Referral& referral) const
{
    const QSqlDatabase sql = m_db.connection();
    auto person = PersonRepository(sql).find(referral.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
    auto valid = Validation::referral(referral, **person, today());
    if (!valid)
        return valid.error();
    const qint64 id = referral.id;
    referral = valid.value();
    referral.id = id;
    if (referral.attachmentId < 0)
        return Error::invalid(QStringLiteral("attachment_id"), tr("An id cannot be negative."));
    if (referral.attachmentId != 0) {
        auto attachment = AttachmentRepository(sql).find(referral.attachmentId);
        if (!attachment)
            return attachment.error();
        if (!attachment->has_value()) {
            return Error::notFound(QStringLiteral("attachment_id"),
                                   tr("The attached file does not exist."));
        }
    }
    return {};
}

Result<qint64> CareService::addReferral(const Referral& referral)
{
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        Referral ref = referral;
        if (auto c = checkReferral(ref); !c)
            return c;
        ReferralRepository repo(m_db.connection());
        if (auto c = checkNewId(ref.id, QStringLiteral("referral_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(ref);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    emit changed();
    return id;
}

Result<void> CareService::updateReferral(const Referral& referral)
{
    QString unusedFile;
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        ReferralRepository repo(sql);
        auto old = repo.find(referral.id);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return Error::notFound(QStringLiteral("referral_id"),
                                   tr("This courrier does not exist."));
        }
        Referral ref = referral;
        if (auto c = checkReferral(ref); !c)
            return c;
        if ((*old)->personId != ref.personId) {
            auto relying = SessionRepository(sql).find(SessionFilter::person((*old)->personId));
            if (!relying)
                return relying.error();
            for (const Session& s : relying.value()) {
                if (s.referralId == ref.id) {
                    return conflict(QStringLiteral("person_id"),
                                    tr("Sessions rely on this courrier: it cannot move to "
                                       "another person."));
                }
            }
        }
        if (auto u = repo.update(ref); !u)
            return u;
        if ((*old)->attachmentId != ref.attachmentId) {
            auto released = releaseAttachment(sql, (*old)->attachmentId);
            if (!released)
                return released.error();
            unusedFile = *released;
        }
        return {};
    });
    if (!r)
        return r;
    removeAttachmentFile(unusedFile);
    emit changed();
    return {};
}

Result<void> CareService::removeReferral(qint64 referralId)
{
    QString unusedFile;
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        ReferralRepository repo(sql);
        auto old = repo.find(referralId);
        if (!old)
            return old.error();
        if (!old->has_value()) {
            return Error::notFound(QStringLiteral("referral_id"),
                                   tr("This courrier does not exist."));
        }
        if (auto d = SessionRepository(sql).detachReferral(referralId); !d)
            return d;
        if (auto d = repo.remove(referralId); !d)
            return d;
        auto released = releaseAttachment(sql, (*old)->attachmentId);
        if (!released)
            return released.error();
        unusedFile = *released;
        return {};
    });
    if (!r)
        return r;
    removeAttachmentFile(unusedFile);
    emit changed();
    return {};
}

QList<Referral> CareService::referrals(qint64 personId) const
{
    auto list = ReferralRepository(m_db.connection()).forPerson(personId);
    return list ? list.value() : QList<Referral>();
}

std::optional<Referral> CareService::referral(qint64 referralId) const
{
    auto found = ReferralRepository(m_db.connection()).find(referralId);
    return found ? found.value() : std::nullopt;
}

// ---- Sessions ------------------------------------------------------------------------------

Result<Session> CareService::checkSession(const Session& session, QStringList* warnings) const
{
    const QSqlDatabase sql = m_db.connection();
    auto person = PersonRepository(sql).find(session.personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
    auto psychologist = PractitionerRepository(sql).find(session.practitionerId);
    if (!psychologist)
        return psychologist.error();
    if (!psychologist->has_value()) {
        return Error::notFound(QStringLiteral("practitioner_id"),
                               tr("This psychologist does not exist."));
    }
    if ((*psychologist)->role != PractitionerRole::Psychologist) {
        return Error::invalid(QStringLiteral("practitioner_id"),
                              tr("Sessions are given by a psychologist: choose one."));
    }
    if (session.referralId < 0)
        return Error::invalid(QStringLiteral("referral_id"), tr("An id cannot be negative."));
    if (session.referralId != 0) {
        auto referral = ReferralRepository(sql).find(session.referralId);
        if (!referral)
            return referral.error();
        if (!referral->has_value())
            return Error::notFound(QStringLiteral("referral_id"),
                                   tr("This courrier does not exist."));
        if ((*referral)->personId != session.personId) {
            return Error::invalid(QStringLiteral("referral_id"),
                                  tr("This courrier was written for another person."));
        }
    }
    auto valid = Validation::session(session, **person, **psychologist, warnings);
    if (!valid)
        return valid.error();
    Session s = valid.value();
    s.id = session.id;
    return s;
}

Result<qint64> CareService::addSession(const Session& session, QStringList* warnings)
{
    QStringList notes;
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto s = checkSession(session, &notes);
        if (!s)
            return s.error();
        SessionRepository repo(m_db.connection());
        if (auto c = checkNewId(s->id, QStringLiteral("session_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(s.value());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    if (warnings)
        warnings->append(notes);
    emit changed();
    return id;
}

Result<void> CareService::updateSession(const Session& session, QStringList* warnings)
{
    QStringList notes;
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        SessionRepository repo(sql);
        auto old = repo.find(session.id);
        if (!old)
            return old.error();
        if (!old->has_value())
            return Error::notFound(QStringLiteral("session_id"),
                                   tr("This session does not exist."));
        auto s = checkSession(session, &notes);
        if (!s)
            return s.error();
        auto sheetId = CareSheetRepository(sql).sheetOfSession(session.id);
        if (!sheetId)
            return sheetId.error();
        auto paid = repo.isPaid(session.id);
        if (!paid)
            return paid.error();
        if ((*old)->personId != s->personId && (*sheetId != 0 || *paid)) {
            return conflict(QStringLiteral("person_id"),
                            tr("This session is on a care sheet or already paid: it cannot move "
                               "to another person."));
        }
        if (*sheetId != 0) {
            // The sheet must stay valid with the session as changed.
            auto sheet = CareSheetRepository(sql).find(*sheetId);
            if (!sheet)
                return sheet.error();
            auto onSheet = repo.find(SessionFilter::ids((*sheet)->sessionIds));
            if (!onSheet)
                return onSheet.error();
            QList<Session> ordered;
            for (qint64 sid : (*sheet)->sessionIds) {
                if (sid == s->id) {
                    ordered.append(s.value());
                    continue;
                }
                for (const Session& other : onSheet.value()) {
                    if (other.id == sid)
                        ordered.append(other);
                }
            }
            if (auto valid = Validation::careSheet(**sheet, ordered); !valid)
                return valid.error();
        }
        return repo.update(s.value());
    });
    if (!r)
        return r;
    if (warnings)
        warnings->append(notes);
    emit changed();
    return {};
}

Result<void> CareService::removeSession(qint64 sessionId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        SessionRepository repo(m_db.connection());
        auto old = repo.find(sessionId);
        if (!old)
            return old.error();
        if (!old->has_value())
            return Error::notFound(QStringLiteral("session_id"),
                                   tr("This session does not exist."));
        auto onSheet = repo.isOnSheet(sessionId);
        if (!onSheet)
            return onSheet.error();
        if (*onSheet) {
            return conflict(QStringLiteral("session_id"),
                            tr("This session is on a care sheet: remove the care sheet first."));
        }
        auto paid = repo.isPaid(sessionId);
        if (!paid)
            return paid.error();
        if (*paid) {
            return conflict(QStringLiteral("session_id"),
                            tr("A payment was recorded for this session: remove the payment "
                               "first."));
        }
        return repo.remove(sessionId);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

QList<Session> CareService::sessions(qint64 personId, int year) const
{
    const SessionFilter filter =
        year == 0 ? SessionFilter::person(personId) : SessionFilter::personYear(personId, year);
    auto list = SessionRepository(m_db.connection()).find(filter);
    return list ? list.value() : QList<Session>();
}

std::optional<Session> CareService::session(qint64 sessionId) const
{
    auto found = SessionRepository(m_db.connection()).find(sessionId);
    return found ? found.value() : std::nullopt;
}

// ---- Care sheets ---------------------------------------------------------------------------

Result<qint64> CareService::addCareSheet(const CareSheet& sheet)
{
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        auto person = PersonRepository(sql).exists(sheet.personId);
        if (!person)
            return person.error();
        if (!*person)
            return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
        const QSet<qint64> distinct(sheet.sessionIds.cbegin(), sheet.sessionIds.cend());
        if (distinct.size() != sheet.sessionIds.size()) {
            return Error::invalid(QStringLiteral("sessions"),
                                  tr("A session appears twice on the care sheet."));
        }
        auto found = SessionRepository(sql).find(SessionFilter::ids(sheet.sessionIds));
        if (!found)
            return found.error();
        if (found->size() != sheet.sessionIds.size()) {
            return Error::notFound(QStringLiteral("sessions"),
                                   tr("A session of the care sheet does not exist."));
        }
        CareSheetRepository repo(sql);
        QList<Session> ordered;
        for (qint64 sid : sheet.sessionIds) {
            for (const Session& s : found.value()) {
                if (s.id != sid)
                    continue;
                if (s.personId != sheet.personId) {
                    return Error::invalid(QStringLiteral("sessions"),
                                          tr("A care sheet holds the sessions of one person."));
                }
                ordered.append(s);
            }
            auto other = repo.sheetOfSession(sid);
            if (!other)
                return other.error();
            if (*other != 0) {
                return conflict(QStringLiteral("sessions"),
                                tr("A session is already on another care sheet."));
            }
        }
        auto valid = Validation::careSheet(sheet, ordered);
        if (!valid)
            return valid.error();
        CareSheet s = valid.value();
        s.id = sheet.id;
        if (auto c = checkNewId(s.id, QStringLiteral("sheet_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(s);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    emit changed();
    return id;
}

Result<void> CareService::markSheetSent(qint64 sheetId, QDate sent)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        CareSheetRepository repo(sql);
        auto sheet = repo.find(sheetId);
        if (!sheet)
            return sheet.error();
        if (!sheet->has_value())
            return Error::notFound(QStringLiteral("sheet_id"),
                                   tr("This care sheet does not exist."));
        CareSheet changedSheet = **sheet;
        changedSheet.sent = sent;
        if (sent.isValid() && sent > today()) {
            return Error::invalid(QStringLiteral("sent"),
                                  tr("The sending date cannot be in the future."));
        }
        auto onSheet = SessionRepository(sql).find(SessionFilter::ids(changedSheet.sessionIds));
        if (!onSheet)
            return onSheet.error();
        QList<Session> ordered;
        for (qint64 sid : changedSheet.sessionIds) {
            for (const Session& s : onSheet.value()) {
                if (s.id == sid)
                    ordered.append(s);
            }
        }
        auto valid = Validation::careSheet(changedSheet, ordered);
        if (!valid)
            return valid.error();
        return repo.setSent(sheetId, valid->sent);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

Result<void> CareService::removeCareSheet(qint64 sheetId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        CareSheetRepository repo(m_db.connection());
        auto sheet = repo.find(sheetId);
        if (!sheet)
            return sheet.error();
        if (!sheet->has_value())
            return Error::notFound(QStringLiteral("sheet_id"),
                                   tr("This care sheet does not exist."));
        auto paid = repo.hasPaidSessions(sheetId);
        if (!paid)
            return paid.error();
        if (*paid) {
            return conflict(QStringLiteral("sheet_id"),
                            tr("Payments were recorded for sessions of this care sheet: remove "
                               "them first."));
        }
        return repo.remove(sheetId);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

QList<CareSheet> CareService::careSheets(qint64 personId) const
{
    auto list = CareSheetRepository(m_db.connection()).forPerson(personId);
    return list ? list.value() : QList<CareSheet>();
}

std::optional<CareSheet> CareService::careSheet(qint64 sheetId) const
{
    auto found = CareSheetRepository(m_db.connection()).find(sheetId);
    return found ? found.value() : std::nullopt;
}

// ---- Payments ------------------------------------------------------------------------------

Result<qint64> CareService::addPayment(const Payment& payment)
{
    auto valid = Validation::payment(payment);
    if (!valid)
        return valid.error();
    Payment p = valid.value();
    p.id = payment.id;
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        const QSqlDatabase sql = m_db.connection();
        QList<qint64> ids;
        for (const PaymentShare& share : p.shares) {
            if (!ids.contains(share.sessionId))
                ids.append(share.sessionId);
        }
        auto found = SessionRepository(sql).find(SessionFilter::ids(ids));
        if (!found)
            return found.error();
        if (found->size() != ids.size()) {
            return Error::notFound(QStringLiteral("shares"),
                                   tr("A session this payment pays does not exist."));
        }
        PaymentRepository repo(sql);
        if (auto c = checkNewId(p.id, QStringLiteral("payment_id"),
                                [&](qint64 i) { return existsIn(repo.find(i)); });
            !c)
            return c;
        auto inserted = repo.insert(p);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r)
        return r.error();
    emit changed();
    return id;
}

Result<void> CareService::removePayment(qint64 paymentId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        PaymentRepository repo(m_db.connection());
        auto found = repo.find(paymentId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::notFound(QStringLiteral("payment_id"),
                                   tr("This payment does not exist."));
        return repo.remove(paymentId);
    });
    if (!r)
        return r;
    emit changed();
    return {};
}

QList<Payment> CareService::payments(qint64 personId) const
{
    auto list = PaymentRepository(m_db.connection()).touching(SessionFilter::person(personId));
    return list ? list.value() : QList<Payment>();
}

std::optional<Payment> CareService::payment(qint64 paymentId) const
{
    auto found = PaymentRepository(m_db.connection()).find(paymentId);
    return found ? found.value() : std::nullopt;
}

Result<QList<PaymentShare>> CareService::proposeSplit(Payer payer, Cents amountCents,
                                                      const QList<qint64>& sessionIds) const
{
    if (amountCents <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("The amount must be above zero."));
    QList<qint64> ids;
    for (qint64 id : sessionIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    auto found = SessionRepository(m_db.connection()).find(SessionFilter::ids(ids));
    if (!found)
        return found.error();
    if (found->size() != ids.size()) {
        return Error::notFound(QStringLiteral("sessions"), tr("A session to pay does not exist."));
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

// ---- Attachments ---------------------------------------------------------------------------

Result<qint64> CareService::addAttachment(const QString& sourcePath)
{
    if (m_db.isReadOnly()) {
        return Error{
            Error::Kind::ReadOnly, {}, tr("This file is open read-only: nothing was attached.")};
    }
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return Error::notFound(QStringLiteral("path"), tr("The file to attach does not exist."));
    if (info.size() > kMaxAttachmentBytes) {
        return Error::invalid(QStringLiteral("path"),
                              tr("The file is too large to attach (more than 100 MB)."));
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error::io(tr("The file to attach cannot be read."));

    // Copy into the private folder while hashing, then name the copy by its hash.
    const QString folder = m_db.attachmentDirectory();
    QTemporaryFile copy(QDir(folder).filePath(QStringLiteral("incoming-XXXXXX")));
    if (!copy.open())
        return Error::io(tr("Carnet cannot write in its attachments folder."));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 16);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return Error::io(tr("The file to attach cannot be read."));
        hash.addData(chunk);
        size += chunk.size();
        if (copy.write(chunk) != chunk.size())
            return Error::io(tr("The attachment could not be copied (is the disk full?)."));
    }
    if (!copy.flush())
        return Error::io(tr("The attachment could not be copied (is the disk full?)."));

    Attachment attachment;
    attachment.sha256 = QString::fromLatin1(hash.result().toHex());
    attachment.originalName = info.fileName();
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    attachment.size = size;
    attachment.added = QDateTime::currentDateTimeUtc();

    const QString target = QDir(folder).filePath(attachment.sha256);
    bool created = false;
    if (!QFileInfo::exists(target)) {
        copy.setAutoRemove(false);
        copy.close();
        if (!QFile::rename(copy.fileName(), target)) {
            QFile::remove(copy.fileName());
            return Error::io(tr("The attachment could not be stored."));
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        created = true;
    }
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto inserted = AttachmentRepository(m_db.connection()).insert(attachment);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!r) {
        if (created)
            QFile::remove(target);
        return r.error();
    }
    emit changed();
    return id;
}

std::optional<Attachment> CareService::attachment(qint64 attachmentId) const
{
    auto found = AttachmentRepository(m_db.connection()).find(attachmentId);
    return found ? found.value() : std::nullopt;
}

QString CareService::attachmentPath(const Attachment& attachment) const
{
    if (!isSha256(attachment.sha256))
        return {};
    return QDir(m_db.attachmentDirectory()).filePath(attachment.sha256);
}

// ---- Derived status ------------------------------------------------------------------------

StatusSettings CareService::statusSettings() const
{
    auto settings = SettingsRepository(m_db.connection()).statusSettings();
    return settings ? settings.value() : StatusSettings{};
}

Result<void> CareService::setStatusSettings(const StatusSettings& settings)
{
    const std::pair<int, const char*> checks[] = {
        {settings.paperLateDays, "paper_late_days"},
        {settings.electronicLateDays, "electronic_late_days"},
        {settings.mutuelleLateDays, "mutuelle_late_days"},
        {settings.claimDeadlineWarnDays, "claim_deadline_warn_days"},
    };
    for (const auto& [days, field] : checks) {
        if (days < 1 || days > kMaxSettingDays) {
            return Error::invalid(
                QLatin1String(field),
                tr("A number of days must be between 1 and %1.").arg(kMaxSettingDays));
        }
    }
    auto r = m_db.transaction(
        [&] { return SettingsRepository(m_db.connection()).setStatusSettings(settings); });
    if (!r)
        return r;
    emit changed();
    return {};
}

Result<PersonYearFacts> CareService::yearFacts(qint64 personId, int year) const
{
    const QSqlDatabase sql = m_db.connection();
    auto person = PersonRepository(sql).find(personId);
    if (!person)
        return person.error();
    if (!person->has_value())
        return Error::notFound(QStringLiteral("person_id"), tr("This person does not exist."));
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

Result<YearStatus> CareService::yearStatus(qint64 personId, int year) const
{
    if (year < 1900 || year > 9999)
        return Error::invalid(QStringLiteral("year"), tr("This year is out of range."));
    auto facts = yearFacts(personId, year);
    if (!facts)
        return facts.error();
    return CarePathRules::yearStatus(facts.value(), year, today(), statusSettings());
}

QList<PendingItem> CareService::pending() const
{
    const QSqlDatabase db = m_db.connection();
    AllFacts all;
    if (!loadPeople(db, all))
        return {};
    auto money = loadMoney(db);
    if (!money)
        return {};
    all.money = std::move(money.value());
    const StatusSettings settings = statusSettings();
    const QDate now = today();
    const RuleSet& rules = RuleSet::monSoutienPsy();

    QList<PendingItem> items;
    QSet<QString> seen; // a sheet spanning two years is reported once
    for (const Person& person : all.persons) {
        const auto years = all.sessionsByPersonYear.constFind(person.id);
        if (years == all.sessionsByPersonYear.cend())
            continue;
        for (const auto& [year, sessions] : *years) {
            if (!mayBePending(all.money, person, sessions, rules))
                continue;
            const YearStatus status = CarePathRules::yearStatus(factsFor(all, person, sessions),
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
                // The deadline: two years after the oldest session concerned.
                QDate oldest;
                for (const Session& s : sessions) {
                    if (i.sessionIds.contains(s.id) && (!oldest.isValid() || s.date < oldest))
                        oldest = s.date;
                }
                i.date = oldest.isValid() ? oldest.addYears(2) : QDate();
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

void CareService::notifyExternalChange()
{
    emit changed();
}

} // namespace carnet
