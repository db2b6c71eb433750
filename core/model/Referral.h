#pragma once

#include "model/Practitioner.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace carnet {

// A courrier d'accompagnement (before 15 June 2024: courrier d'adressage, then required):
// written by a doctor or a midwife for a person, on a date. For a minor, the holders of
// parental authority who consented.
struct Referral
{
    qint64 id = 0;
    qint64 personId = 0;
    QString referrerName;
    PractitionerRole referrerRole = PractitionerRole::GeneralPractitioner;
    QDate date;
    QStringList consentHolders; // names of those with parental authority who consented
    qint64 attachmentId = 0;    // the scanned courrier, 0 = none
    QString notes;

    friend bool operator==(const Referral&, const Referral&) = default;
};

} // namespace carnet
