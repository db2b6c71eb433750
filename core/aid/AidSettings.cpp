#include "aid/AidSettings.h"

#include <array>

namespace carnet {

namespace {

struct Field
{
    const char* name;
    int AidSettings::*member;
};

constexpr std::array<Field, 8> kFields{{
    {"answerExpectedMonths", &AidSettings::answerExpectedMonths},
    {"validityMonths", &AidSettings::validityMonths},
    {"incomeProofMaxAgeMonths", &AidSettings::incomeProofMaxAgeMonths},
    {"taxNoticeMaxAgeMonths", &AidSettings::taxNoticeMaxAgeMonths},
    {"lodgingProofMaxAgeMonths", &AidSettings::lodgingProofMaxAgeMonths},
    {"quoteMaxAgeMonths", &AidSettings::quoteMaxAgeMonths},
    {"expiryWarningDays", &AidSettings::expiryWarningDays},
    {"appealAnswerExpectedMonths", &AidSettings::appealAnswerExpectedMonths},
}};

} // namespace

QStringList AidSettings::names()
{
    QStringList list;
    for (const auto& f : kFields)
        list << QString::fromLatin1(f.name);
    return list;
}

std::optional<int> AidSettings::value(const QString& name) const
{
    for (const auto& f : kFields) {
        if (name == QLatin1String(f.name))
            return this->*(f.member);
    }
    return std::nullopt;
}

bool AidSettings::setValue(const QString& name, int value)
{
    if (value < 0 || value > 120)
        return false;
    for (const auto& f : kFields) {
        if (name == QLatin1String(f.name)) {
            this->*(f.member) = value;
            return true;
        }
    }
    return false;
}

} // namespace carnet
