#include "cli/Generator.h"

#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "rules/CarePathRules.h"
#include "rules/RuleSet.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "store/Database.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace carnet::cli {

namespace {

const char* const kFirstNames[] = {
    "Alice",  "Bruno",  "Camille", "David",  "Emma",   "Farid",   "Gabrielle", "Hugo",
    "Inès",   "Jules",  "Karima",  "Louis",  "Manon",  "Nicolas", "Océane",    "Paul",
    "Rose",   "Samuel", "Théo",    "Ursula", "Victor", "Yasmine", "Zoé",       "Léa",
    "Mathis", "Chloé",  "Noah",    "Jade",   "Lucas",  "Sarah",   "Adam",      "Louise"};
const char* const kLastNames[] = {
    "Martin",   "Bernard", "Dubois",  "Thomas",   "Robert",   "Richard", "Petit",   "Durand",
    "Leroy",    "Moreau",  "Simon",   "Laurent",  "Lefebvre", "Michel",  "Garcia",  "David",
    "Bertrand", "Roux",    "Vincent", "Fournier", "Morel",    "Girard",  "André",   "Mercier",
    "Dupont",   "Lambert", "Bonnet",  "François", "Martinez", "Legrand", "Garnier", "Faure"};
const char* const kMutuelles[] = {"MGEN", "Harmonie Mutuelle", "Malakoff Humanis",
                                  "AG2R", "MAAF Santé",        "Mutuelle Générale"};
const char* const kDepartments[] = {"75", "13", "69",  "33", "59", "44",
                                    "55", "2A", "974", "31", "67", "35"};

template <std::size_t N>
QString pick(QRandomGenerator& random, const char* const (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

// True with probability percent / 100.
bool chance(QRandomGenerator& random, int percent)
{
    return random.bounded(100) < percent;
}

QDate earliest(QDate a, QDate b)
{
    return a <= b ? a : b;
}

struct Member
{
    Person person;
    QString parents; // for a child: who consents to the care
    bool thirdParty = false;
};

struct Planned
{
    Session session;
    bool scheme = false; // an evaluation or follow-up the regime covers
    Cents tariff = 0;
};

// A household: the person of the file, maybe a partner, maybe children.
QList<Member> household(QRandomGenerator& random, int firstYear)
{
    const QString family = pick(random, kLastNames);
    const int roll = random.bounded(100);
    const int adults = roll < 45 ? 1 : 2;
    const int children = roll < 40 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 1;
    const bool c2s = chance(random, 5);
    const QString mutuelle = c2s || chance(random, 12) ? QString() : pick(random, kMutuelles);
    QList<Member> members;
    QStringList parents;
    for (int a = 0; a < adults; ++a) {
        Member m;
        m.person.name = pick(random, kFirstNames) + QLatin1Char(' ') + family;
        m.person.birthDate = QDate(firstYear - 25 - random.bounded(40), 1 + random.bounded(12),
                                   1 + random.bounded(28));
        m.person.relation = a == 0 ? Relation::Self : Relation::Other;
        m.person.mutuelle = mutuelle;
        parents << m.person.name;
        members << m;
    }
    for (int c = 0; c < children; ++c) {
        Member m;
        m.person.name = pick(random, kFirstNames) + QLatin1Char(' ') + family;
        m.person.birthDate = QDate(firstYear - 4 - random.bounded(12), 1 + random.bounded(12),
                                   1 + random.bounded(28));
        m.person.relation = Relation::Child;
        m.person.mutuelle = mutuelle;
        m.parents = parents.join(QStringLiteral(", "));
        members << m;
    }
    for (Member& m : members) {
        m.thirdParty = c2s;
        if (c2s)
            m.person.coverage = {CoveragePeriod{CoverageKind::C2S, {}, {}}};
    }
    return members;
}

// One year of sessions: an evaluation then follow-ups up to the cap of the regime in force,
// private sessions before the scheme and beyond the cap.
QList<Planned> planYear(QRandomGenerator& random, const Member& member, qint64 psychologist,
                        int year, QDate today)
{
    const RuleSet& rules = RuleSet::monSoutienPsy();
    QList<Planned> plan;
    const int count = 9 + random.bounded(8);
    QDate date = QDate(year, 1, 5).addDays(random.bounded(50));
    int scheme = 0;
    for (int n = 0; n < count; ++n) {
        if (date.year() != year || date > today)
            break;
        Planned p;
        p.session.personId = member.person.id;
        p.session.practitionerId = psychologist;
        p.session.date = date;
        p.session.mode = chance(random, 15) ? SessionMode::Remote : SessionMode::Office;
        const Regime* regime = rules.regimeOn(date);
        const bool underAge = CarePathRules::ageOn(member.person.birthDate, date) <
                              (regime ? regime->minimumAgeYears : 3);
        if (regime && !underAge && scheme < regime->coveredSessionsPerYear && !chance(random, 4)) {
            p.scheme = true;
            p.session.kind = scheme == 0 ? SessionKind::Evaluation : SessionKind::FollowUp;
            if (p.session.kind == SessionKind::Evaluation)
                p.session.mode = SessionMode::Office;
            p.tariff = scheme == 0 ? regime->evaluationTariffCents : regime->followUpTariffCents;
            p.session.feeCents = p.tariff;
            p.session.paidCents = member.thirdParty ? 0 : p.tariff;
            ++scheme;
        } else {
            p.session.kind = SessionKind::Private;
            p.session.feeCents = 5000 + 500 * random.bounded(5);
            p.session.paidCents = p.session.feeCents;
        }
        plan << p;
        date = date.addDays(7 * (1 + random.bounded(4)));
    }
    return plan;
}

} // namespace

Generator::Generator(CarnetFile& care, AidService& aid)
    : m_care(care)
    , m_aid(aid)
{}

Result<Generator::Counts> Generator::run(const Options& options)
{
    Counts counts;
    QRandomGenerator random(options.seed);
    const QDate today = options.today.isValid() ? options.today : m_care.today();
    const int lastYear = today.year();
    const int firstYear = lastYear - options.years + 1;
    Database& db = m_care.database();

    // The psychologists of the group: one for about twenty persons.
    QList<qint64> psychologists;
    const int psyCount = std::clamp(options.persons / 20, 2, 30);
    auto made = db.transaction([&]() -> Result<void> {
        for (int i = 0; i < psyCount; ++i) {
            Practitioner psy;
            psy.name = pick(random, kFirstNames) + QLatin1Char(' ') + pick(random, kLastNames);
            psy.role = PractitionerRole::Psychologist;
            psy.partner = true;
            psy.contact = QStringLiteral("Cabinet %1").arg(i + 1);
            auto id = m_care.people().addPractitioner(psy);
            if (!id)
                return id.error();
            psychologists << id.value();
        }
        return {};
    });
    if (!made)
        return made.error();
    counts.psychologists = psyCount;

    // Which persons ask for an AFI: two in five.
    const int aidWanted = (options.persons * 2 + 2) / 5;
    QList<int> order;
    for (int i = 0; i < options.persons; ++i)
        order << i;
    for (int i = options.persons - 1; i > 0; --i)
        order.swapItemsAt(i, random.bounded(i + 1));
    QList<bool> wantsAid(options.persons, false);
    for (int i = 0; i < aidWanted; ++i)
        wantsAid[order.at(i)] = true;

    QList<Member> pendingMembers;
    for (int index = 0; index < options.persons; ++index) {
        if (pendingMembers.isEmpty())
            pendingMembers = household(random, firstYear);
        Member member = pendingMembers.takeFirst();
        const qint64 psychologist = psychologists.at(random.bounded(int(psychologists.size())));

        auto done = db.transaction([&]() -> Result<void> {
            auto personId = m_care.people().addPerson(member.person);
            if (!personId)
                return personId.error();
            member.person.id = personId.value();
            ++counts.persons;

            QList<QList<Planned>> years;
            for (int year = firstYear; year <= lastYear; ++year)
                years << planYear(random, member, psychologist, year, today);

            // The courrier, a few weeks before the first session.
            qint64 referralId = 0;
            QDate first;
            for (const auto& y : years) {
                if (!y.isEmpty()) {
                    first = y.constFirst().session.date;
                    break;
                }
            }
            if (first.isValid()) {
                Referral referral;
                referral.personId = member.person.id;
                referral.referrerRole = member.person.relation == Relation::Child
                                            ? PractitionerRole::Pediatrician
                                            : PractitionerRole::GeneralPractitioner;
                referral.referrerName = QStringLiteral("Dr ") + pick(random, kLastNames);
                referral.date = first.addDays(-7 - random.bounded(40));
                if (referral.date < member.person.birthDate)
                    referral.date = member.person.birthDate;
                if (member.person.relation == Relation::Child)
                    referral.consentHolders = member.parents.split(QStringLiteral(", "));
                auto id = m_care.people().addReferral(referral);
                if (!id)
                    return id.error();
                referralId = id.value();
                ++counts.referrals;
            }

            for (QList<Planned>& plan : years) {
                for (Planned& p : plan) {
                    if (p.scheme)
                        p.session.referralId = referralId;
                    auto id = m_care.sessions().addSession(p.session);
                    if (!id)
                        return id.error();
                    p.session.id = id.value();
                    ++counts.sessions;
                }

                // Feuilles de soins of one to four covered sessions (none with tiers payant).
                QList<QList<Planned>> sheets;
                for (const Planned& p : std::as_const(plan)) {
                    if (!p.scheme || member.thirdParty)
                        continue;
                    if (sheets.isEmpty() || sheets.constLast().size() >= 1 + random.bounded(4))
                        sheets.append(QList<Planned>());
                    sheets.last().append(p);
                }
                for (const QList<Planned>& group : std::as_const(sheets)) {
                    CareSheet sheet;
                    sheet.personId = member.person.id;
                    for (const Planned& p : group)
                        sheet.sessionIds << p.session.id;
                    sheet.issued =
                        earliest(group.constLast().session.date.addDays(random.bounded(4)), today);
                    sheet.electronic = chance(random, 40);
                    const QDate sent = sheet.electronic
                                           ? sheet.issued
                                           : sheet.issued.addDays(1 + random.bounded(10));
                    if (sent <= today && !chance(random, 4))
                        sheet.sent = sent;
                    auto id = m_care.careSheets().addCareSheet(sheet);
                    if (!id)
                        return id.error();
                    ++counts.careSheets;
                    if (!sheet.isSent())
                        continue;

                    // The CPAM pays 60 % of the tariff, the mutuelle the rest, each in one
                    // payment split over the sheet's sessions; now and then one is late.
                    const QDate cpamDate = sheet.sent.addDays(5 + random.bounded(25));
                    for (Payer payer : {Payer::Cpam, Payer::Mutuelle}) {
                        if (payer == Payer::Mutuelle && !member.person.hasMutuelle())
                            continue;
                        const QDate date = payer == Payer::Cpam
                                               ? cpamDate
                                               : cpamDate.addDays(2 + random.bounded(20));
                        if (date > today || chance(random, 4))
                            continue;
                        Payment payment;
                        payment.payer = payer;
                        payment.date = date;
                        payment.reference = QStringLiteral("DEC-%1").arg(random.bounded(100000));
                        for (const Planned& p : group) {
                            const Cents amo = p.tariff * 60 / 100;
                            const Cents share = payer == Payer::Cpam ? amo : p.tariff - amo;
                            payment.shares << PaymentShare{p.session.id, share};
                            payment.amountCents += share;
                        }
                        auto paid = m_care.careSheets().addPayment(payment);
                        if (!paid)
                            return paid.error();
                        ++counts.payments;
                        counts.paymentShares += int(payment.shares.size());
                    }
                }

                // The mutuelle's "forfait psy" pays a part of up to six private sessions a
                // year, three at a time.
                if (member.person.hasMutuelle()) {
                    Payment payment;
                    int forfait = 6;
                    auto flush = [&]() -> Result<void> {
                        if (payment.shares.isEmpty())
                            return {};
                        if (payment.date <= today) {
                            payment.payer = Payer::Mutuelle;
                            auto paid = m_care.careSheets().addPayment(payment);
                            if (!paid)
                                return paid.error();
                            ++counts.payments;
                            counts.paymentShares += int(payment.shares.size());
                        }
                        payment = Payment();
                        return {};
                    };
                    for (const Planned& p : std::as_const(plan)) {
                        if (p.scheme || forfait == 0)
                            continue;
                        --forfait;
                        payment.shares << PaymentShare{p.session.id, 2500};
                        payment.amountCents += 2500;
                        payment.date = p.session.date.addDays(15 + random.bounded(25));
                        if (payment.shares.size() == 3) {
                            if (auto r = flush(); !r)
                                return r;
                        }
                    }
                    if (auto r = flush(); !r)
                        return r;
                }
            }

            // An AFI request, with its checklist partly gathered.
            if (wantsAid.at(index)) {
                AidRequest request;
                request.personId = member.person.id;
                request.departmentCode = pick(random, kDepartments);
                request.psychologistId = psychologist;
                request.sessions = 10 + random.bounded(11);
                request.sessionPriceCents = 5000 + 500 * random.bounded(5);
                request.prepared = today.addDays(-random.bounded(365 * options.years));
                request.periodFrom = request.prepared.addDays(30);
                request.periodTo = request.periodFrom.addMonths(6 + random.bounded(7));
                request.payee = chance(random, 50) ? AidPayee::Person : AidPayee::Psychologist;
                request.checklist = AidRules::defaultChecklist(request.departmentCode);
                for (ChecklistItem& item : request.checklist) {
                    const int roll = random.bounded(100);
                    if (roll < 70) {
                        item.status = ChecklistStatus::Received;
                        item.documentDate = request.prepared.addDays(-random.bounded(60));
                    } else if (roll < 90) {
                        item.status = ChecklistStatus::Requested;
                    }
                }
                const QDate submitted = request.prepared.addDays(5 + random.bounded(15));
                if (submitted <= today && chance(random, 60)) {
                    request.submitted = submitted;
                    const QDate decided = submitted.addDays(20 + random.bounded(40));
                    if (decided <= today && chance(random, 70)) {
                        request.decisionDate = decided;
                        if (chance(random, 20)) {
                            request.decision = AidDecision::Refused;
                        } else {
                            request.decision = AidDecision::Granted;
                            request.grantedCents =
                                request.totalCents() * (50 + random.bounded(51)) / 100;
                        }
                    }
                }
                auto id = m_aid.addRequest(request);
                if (!id)
                    return id.error();
                ++counts.aidRequests;
                counts.checklistItems += int(request.checklist.size());
            }
            return {};
        });
        if (!done)
            return done.error();
        if (m_progress)
            m_progress(index + 1);
    }
    return counts;
}

} // namespace carnet::cli
