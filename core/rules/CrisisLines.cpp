#include "rules/CrisisLines.h"

#include <QCoreApplication>

namespace carnet {

QList<CrisisLine> crisisLines()
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("carnet::CrisisLines", text);
    };
    // Source: DOMAIN.md B §5 (3114: service-public.fr A15206; Fil Santé Jeunes; 3018 e-Enfance;
    // 15, 112, 114: associations.gouv.fr F33954).
    return {
        {QStringLiteral("3114"), tr("Suicide prevention (3114)"),
         tr("If you have dark thoughts, or are worried about someone: free, 24 hours a day, "
            "7 days a week, anywhere in France.")},
        {QStringLiteral("15"), tr("SAMU (medical emergency)"),
         tr("An immediate danger to life: call 15, day and night.")},
        {QStringLiteral("112"), tr("European emergency number"),
         tr("Any emergency, from any phone, anywhere in Europe.")},
        {QStringLiteral("114"), tr("Emergency by text message (114)"),
         tr("If you cannot speak or hear: send a text message to 114, day and night."), true},
        {QStringLiteral("0800 235 236"), tr("Fil Santé Jeunes"),
         tr("For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.")},
        {QStringLiteral("3018"), tr("Online harassment (3018)"),
         tr("For young people facing online violence: free and anonymous, 7 days a week, "
            "9 am to 11 pm, by phone, chat or app.")},
    };
}

} // namespace carnet
