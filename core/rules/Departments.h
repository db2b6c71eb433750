#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace carnet {

// One French département and what Carnet knows of its CPAM's aides financières
// individuelles (DOMAIN.md B §3, §4).
struct Department
{
    QString code;               // "01".."95", "2A", "2B", "971".."974", "976"
    QString name;               // "Charente-Maritime"
    QString ameliSlug;          // the caisse's slug in ameli URLs; empty = unknown (national page)
    bool slugConfirmed = false; // seen in a real ameli URL
    QString note;               // what the seeds say of this caisse (translated), may be empty
    bool excludesPsychology = false; // e.g. Rhône: warn before the user spends effort

    // The ameli AFI page for this caisse, or the national page when the slug is unknown.
    QUrl afiPage() const;
};

// The 101 départements, loaded from the resource :/carnet/data/departements.csv plus the
// slug and notes table. Slug = LIBELLE lower-cased, accents stripped, runs of spaces,
// apostrophes and hyphens → "-", articles kept, except where the caisse's slug differs (Nord →
// lille-douai, Pas-de-Calais → cote-d-opale; Mayotte unknown). Notes are translated when the
// directory is first used: install the translators before.
class DepartmentDirectory
{
public:
    static const DepartmentDirectory& instance();

    const QList<Department>& all() const { return m_departments; }
    // By code, case-insensitive ("2a" finds Corse-du-Sud); nullptr when unknown.
    const Department* find(const QString& code) const;

    static QUrl nationalAfiPage();

private:
    DepartmentDirectory();
    QList<Department> m_departments;
};

} // namespace carnet
