#pragma once

#include <QList>
#include <QString>

namespace carnet {

// A number to call (or text) when a person is not well (DOMAIN.md B §5). Shown by the UI
// "I'm not well" button and by the care-path wizard before anything else.
struct CrisisLine
{
    QString number;   // as dialled: "3114", "0800 235 236"
    QString name;     // translated
    QString details;  // translated: who it is for, hours, cost
    bool sms = false; // 114 is reached by SMS
};

// The lines in the order to show them: suicide prevention first, then emergencies.
QList<CrisisLine> crisisLines();

} // namespace carnet
