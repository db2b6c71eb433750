// String keys of the model's enums: used by the store, the JSON files and the CLI.
// They are part of the file format: never change an existing key.
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Session.h"

#include <array>
#include <utility>

namespace carnet {

namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const auto& [e, name] : table) {
        if (k == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Relation, const char*>, 3> kRelations{{
    {Relation::Self, "self"},
    {Relation::Child, "child"},
    {Relation::Other, "other"},
}};

constexpr std::array<std::pair<CoverageKind, const char*>, 6> kCoverages{{
    {CoverageKind::Standard, "standard"},
    {CoverageKind::C2S, "c2s"},
    {CoverageKind::AME, "ame"},
    {CoverageKind::ALD, "ald"},
    {CoverageKind::Maternity, "maternity"},
    {CoverageKind::ATMP, "atmp"},
}};

constexpr std::array<std::pair<PractitionerRole, const char*>, 8> kRoles{{
    {PractitionerRole::Psychologist, "psychologist"},
    {PractitionerRole::GeneralPractitioner, "gp"},
    {PractitionerRole::Pediatrician, "pediatrician"},
    {PractitionerRole::Midwife, "midwife"},
    {PractitionerRole::SchoolDoctor, "school"},
    {PractitionerRole::Pmi, "pmi"},
    {PractitionerRole::University, "university"},
    {PractitionerRole::Hospital, "hospital"},
}};

constexpr std::array<std::pair<SessionKind, const char*>, 3> kKinds{{
    {SessionKind::Evaluation, "evaluation"},
    {SessionKind::FollowUp, "followup"},
    {SessionKind::Private, "private"},
}};

constexpr std::array<std::pair<SessionMode, const char*>, 2> kModes{{
    {SessionMode::Office, "office"},
    {SessionMode::Remote, "remote"},
}};

constexpr std::array<std::pair<Payer, const char*>, 3> kPayers{{
    {Payer::Cpam, "cpam"},
    {Payer::Mutuelle, "mutuelle"},
    {Payer::Other, "other"},
}};

} // namespace

QString relationKey(Relation v)
{
    return keyOf(kRelations, v);
}
std::optional<Relation> relationFromKey(const QString& k)
{
    return fromKey(kRelations, k);
}
QString coverageKey(CoverageKind v)
{
    return keyOf(kCoverages, v);
}
std::optional<CoverageKind> coverageFromKey(const QString& k)
{
    return fromKey(kCoverages, k);
}
QString roleKey(PractitionerRole v)
{
    return keyOf(kRoles, v);
}
std::optional<PractitionerRole> roleFromKey(const QString& k)
{
    return fromKey(kRoles, k);
}
QString sessionKindKey(SessionKind v)
{
    return keyOf(kKinds, v);
}
std::optional<SessionKind> sessionKindFromKey(const QString& k)
{
    return fromKey(kKinds, k);
}
QString sessionModeKey(SessionMode v)
{
    return keyOf(kModes, v);
}
std::optional<SessionMode> sessionModeFromKey(const QString& k)
{
    return fromKey(kModes, k);
}
QString payerKey(Payer v)
{
    return keyOf(kPayers, v);
}
std::optional<Payer> payerFromKey(const QString& k)
{
    return fromKey(kPayers, k);
}

} // namespace carnet
