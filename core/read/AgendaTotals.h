#pragma once

#include "model/Money.h"
#include "read/Agenda.h"

#include <QSet>

#include <utility>

namespace carnet {

// What some items of the agenda add up to, per payer: for a volunteer's worklist, what the
// CPAM and the mutuelle owe the persons listed (expected for the sheets to create or send,
// missing from late payments) and the AFI money at stake (asked for, or left on a grant).
// Each sheet, session and AFI request counts once: a sheet close to its claim deadline is
// both a sheet to send and a deadline on the agenda.
class AgendaTotals final
{
public:
    void add(const AgendaItem& item);

    Cents cpamCents() const { return m_cpam; }
    Cents mutuelleCents() const { return m_mutuelle; }
    Cents aidCents() const { return m_aid; }
    // The items added, and the persons they are about.
    int items() const { return m_items; }
    int persons() const { return int(m_persons.size()); }

private:
    Cents m_cpam = 0;
    Cents m_mutuelle = 0;
    Cents m_aid = 0;
    int m_items = 0;
    QSet<qint64> m_persons;
    // The sheets, sessions (by the first of an item's) and AFI requests already counted.
    QSet<std::pair<int, qint64>> m_counted;
};

} // namespace carnet
