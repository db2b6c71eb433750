#include "read/PersonChoices.h"

#include "rules/DateText.h"
#include "rules/TextMatch.h"

#include <QHash>

#include <algorithm>

namespace carnet {
namespace PersonChoices {

QList<PersonChoice> build(const QList<Person>& persons, const QList<AgendaItem>& agenda,
                          const PersonChoiceFilter& filter)
{
    // How many persons share a name, and a name and a birth year.
    QHash<QString, int> sameName;
    QHash<QString, int> sameNameAndYear;
    auto yearKey = [](const QString& folded, const Person& p) {
        return folded + u'|' + QString::number(p.birthDate.year());
    };
    QList<QString> folded;
    folded.reserve(persons.size());
    for (const Person& p : persons) {
        folded.append(TextMatch::fold(p.name));
        ++sameName[folded.constLast()];
        ++sameNameAndYear[yearKey(folded.constLast(), p)];
    }
    QHash<qint64, int> due;
    for (const AgendaItem& item : agenda)
        ++due[item.personId];

    const QStringList words = TextMatch::words(filter.text);
    QList<PersonChoice> choices;
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const Person& p = persons.at(i);
        if (p.archived && !filter.includeArchived)
            continue;
        PersonChoice choice;
        choice.person = p;
        choice.label = p.name;
        if (sameName.value(folded.at(i)) > 1 && p.birthDate.isValid()) {
            const bool sameYear = sameNameAndYear.value(yearKey(folded.at(i), p)) > 1;
            choice.label = QStringLiteral("%1 (%2)").arg(
                p.name,
                sameYear ? DateText::longDate(p.birthDate) : QString::number(p.birthDate.year()));
        }
        choice.searchText = TextMatch::fold(choice.label);
        if (!TextMatch::matchesFolded(choice.searchText, words))
            continue;
        choice.dueCount = due.value(p.id);
        choices.append(std::move(choice));
    }
    // By name as the search reads it (case and accents ignored, whatever the locale).
    QHash<qint64, QString> sortName;
    for (qsizetype i = 0; i < persons.size(); ++i)
        sortName.insert(persons.at(i).id, folded.at(i));
    std::stable_sort(
        choices.begin(), choices.end(), [&sortName](const PersonChoice& a, const PersonChoice& b) {
            if ((a.dueCount > 0) != (b.dueCount > 0))
                return a.dueCount > 0;
            if (const int byName =
                    QString::compare(sortName.value(a.person.id), sortName.value(b.person.id));
                byName != 0)
                return byName < 0;
            if (a.person.birthDate != b.person.birthDate)
                return a.person.birthDate < b.person.birthDate;
            return a.person.id < b.person.id;
        });
    return choices;
}

} // namespace PersonChoices
} // namespace carnet
