// String keys of the AFI enums: used by the store, the JSON files and the CLI.
// They are part of the file format: never change an existing key.
#include "aid/AidRequest.h"
#include "aid/ChecklistItem.h"

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

constexpr std::array<std::pair<ChecklistStatus, const char*>, 4> kStatuses{{
    {ChecklistStatus::Missing, "missing"},
    {ChecklistStatus::Requested, "requested"},
    {ChecklistStatus::Received, "received"},
    {ChecklistStatus::Attached, "attached"},
}};

constexpr std::array<std::pair<AidDecision, const char*>, 4> kDecisions{{
    {AidDecision::Pending, "pending"},
    {AidDecision::Granted, "granted"},
    {AidDecision::Partial, "partial"},
    {AidDecision::Refused, "refused"},
}};

constexpr std::array<std::pair<AidPayee, const char*>, 2> kPayees{{
    {AidPayee::Person, "person"},
    {AidPayee::Psychologist, "psychologist"},
}};

} // namespace

QString checklistStatusKey(ChecklistStatus v)
{
    return keyOf(kStatuses, v);
}
std::optional<ChecklistStatus> checklistStatusFromKey(const QString& k)
{
    return fromKey(kStatuses, k);
}
QString aidDecisionKey(AidDecision v)
{
    return keyOf(kDecisions, v);
}
std::optional<AidDecision> aidDecisionFromKey(const QString& k)
{
    return fromKey(kDecisions, k);
}
QString aidPayeeKey(AidPayee v)
{
    return keyOf(kPayees, v);
}
std::optional<AidPayee> aidPayeeFromKey(const QString& k)
{
    return fromKey(kPayees, k);
}

} // namespace carnet
