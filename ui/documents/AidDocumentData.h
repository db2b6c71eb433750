#pragma once

#include "aid/AidRequest.h"
#include "aid/AidStatus.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace carnet {

// What the AFI documents print: the request, who it is for, the psychologist, the
// département's name, the derived status, the date of the letter and, for a claim against a
// grant, the sessions invoiced.
struct AidDocumentData
{
    AidRequest request;
    Person person;
    Practitioner psychologist;
    QString departmentName; // "Meuse"
    AidStatus status;
    QDate today;
    QList<Session> invoiceSessions;
};

} // namespace carnet
