#include "rules/CrisisLines.h"

#include <QCoreApplication>

namespace carnet {

QList<CrisisLine> crisisLines()
{
    // Source: DOMAIN.md B §5 (3114: service-public.fr A15206; Fil Santé Jeunes; 3018 e-Enfance;
    // 15, 112, 114: associations.gouv.fr F33954).
    return {
        {QStringLiteral("3114"),
         QCoreApplication::translate("CrisisLines", "Suicide prevention (3114)"),
         QCoreApplication::translate(
             "CrisisLines",
             "If you have dark thoughts, or are worried about someone: free, 24 hours a day, "
             "7 days a week, anywhere in France.")},
        {QStringLiteral("15"),
         QCoreApplication::translate("CrisisLines", "SAMU (medical emergency)"),
         QCoreApplication::translate("CrisisLines",
                                     "An immediate danger to life: call 15, day and night.")},
        {QStringLiteral("112"),
         QCoreApplication::translate("CrisisLines", "European emergency number"),
         QCoreApplication::translate("CrisisLines",
                                     "Any emergency, from any phone, anywhere in Europe.")},
        {QStringLiteral("114"),
         QCoreApplication::translate("CrisisLines", "Emergency by text message (114)"),
         QCoreApplication::translate(
             "CrisisLines",
             "If you cannot speak or hear: send a text message to 114, day and night."),
         true},
        {QStringLiteral("0800 235 236"),
         QCoreApplication::translate("CrisisLines", "Fil Santé Jeunes"),
         QCoreApplication::translate(
             "CrisisLines",
             "For ages 12 to 25: anonymous and free, every day from 9 am to 11 pm.")},
        {QStringLiteral("3018"),
         QCoreApplication::translate("CrisisLines", "Online harassment (3018)"),
         QCoreApplication::translate(
             "CrisisLines",
             "For young people facing online violence: free and anonymous, 7 days a week, "
             "9 am to 11 pm, by phone, chat or app.")},
    };
}

} // namespace carnet
