#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace carnet {

// Who a person is in the household file.
enum class Relation
{
    Self,
    Child,
    Other,
};

// A situation of cover. Standard = 60 % CPAM + 40 % mutuelle; the others are 100 % with
// tiers payant while their dates cover the session (DOMAIN.md A, "100 %, no advance").
enum class CoverageKind
{
    Standard,
    C2S,
    AME,
    ALD,       // care linked to a (non-psychiatric) ALD
    Maternity, // from the 6th month of pregnancy
    ATMP,      // accident du travail / maladie professionnelle
};

// One coverage situation over a date range; a null `to` means "still running".
struct CoveragePeriod
{
    CoverageKind kind = CoverageKind::Standard;
    QDate from;
    QDate to;

    bool covers(QDate date) const
    {
        return (from.isNull() || from <= date) && (to.isNull() || date <= to);
    }
    friend bool operator==(const CoveragePeriod&, const CoveragePeriod&) = default;
};

// A person whose care is followed in the file: the patient, a child, another beneficiary.
struct Person
{
    qint64 id = 0; // 0 until stored
    QString name;
    QDate birthDate;
    Relation relation = Relation::Self;
    QString nir;                    // optional: 15 characters (13 + key) once normalised, or empty
    QString mutuelle;               // the complementary insurer's name; empty = no mutuelle
    QList<CoveragePeriod> coverage; // empty = standard cover all along
    QString notes;
    // Archived: kept in the file, hidden from the person switcher, the agenda and the
    // persons list until it is un-archived (PeopleService::setArchived).
    bool archived = false;

    bool hasMutuelle() const { return !mutuelle.trimmed().isEmpty(); }
    friend bool operator==(const Person&, const Person&) = default;
};

QString relationKey(Relation relation); // "self", "child", "other"
std::optional<Relation> relationFromKey(const QString& key);
QString coverageKey(CoverageKind kind); // "standard", "c2s", "ame", "ald", "maternity", "atmp"
std::optional<CoverageKind> coverageFromKey(const QString& key);

} // namespace carnet
