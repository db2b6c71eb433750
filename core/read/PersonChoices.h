#pragma once

#include "model/Person.h"
#include "read/Agenda.h"

#include <QList>
#include <QString>

namespace carnet {

// One person as a picker shows them (the person switcher, the persons dialog).
struct PersonChoice
{
    Person person;
    // The name, with the birth year where another person of the file has the same name
    // (case and accents ignored): "Bruno Robert (1984)"; with the whole birth date where they
    // were born the same year too: "Bruno Robert (3 December 1984)".
    QString label;
    // The agenda's items for this person (what is due now, every year).
    int dueCount = 0;
    // label, folded for TextMatch: what a search is matched against.
    QString searchText;
};

// Which persons a picker lists.
struct PersonChoiceFilter
{
    QString text;                 // TextMatch's query on the label; empty = everyone
    bool includeArchived = false; // the archived persons too
};

// The persons of a file as a picker lists them: labels that tell apart persons of the same
// name, the persons with something due first (the count is shown, not ranked: a person does
// not move down the list until nothing is due), then by name (case and accents ignored),
// birth date and id.
namespace PersonChoices {

// The choices among `persons` (every person of the file: the labels look at all of them)
// that `filter` keeps, with the counts of `agenda` (an all-persons agenda).
QList<PersonChoice> build(const QList<Person>& persons, const QList<AgendaItem>& agenda,
                          const PersonChoiceFilter& filter = {});

} // namespace PersonChoices
} // namespace carnet
