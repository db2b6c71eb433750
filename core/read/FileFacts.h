#pragma once

#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Result.h"
#include "model/Session.h"
#include "rules/CarePathRules.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <map>
#include <utility>

namespace carnet {

// The sheets and payments of a file, and what each session received, loaded in a few queries.
struct MoneyFacts
{
    QHash<qint64, CareSheet> sheets;
    QHash<qint64, qint64> sheetOfSession;
    QHash<qint64, Payment> payments;
    QHash<qint64, QList<qint64>> paymentsOfSession;
};

// Every fact the rules need, for every person and year of a file: what the all-persons
// answers (the agenda) judge, read in a constant number of queries.
struct FileFacts
{
    QList<Person> persons;
    QList<Practitioner> practitioners;
    QHash<qint64, QList<Referral>> referralsByPerson;
    QHash<qint64, std::map<int, QList<Session>>> sessionsByPersonYear;
    MoneyFacts money;

    // Every person's facts, or only those of `personId` (nonzero): the same few queries
    // either way. An unknown person is Error::Kind::NotFound on "person_id".
    static Result<FileFacts> load(const QSqlDatabase& db, qint64 personId = 0);

    // One person's facts for one year, cut out of everything loaded.
    PersonYearFacts personYear(const Person& person, const QList<Session>& sessions) const;
};

} // namespace carnet
