#pragma once

#include "aid/AidRequest.h"
#include "model/Attachment.h"
#include "model/CareSheet.h"
#include "model/Payment.h"
#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Referral.h"
#include "model/Session.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace carnet {

// Everything a JSON document holds (docs/json-format.md), read by JsonImport, checked but not
// yet stored. Ids are the document's own.
struct ImportDocument
{
    QString scope;
    QMap<QString, QString> settings;
    bool hasSettings = false;
    QList<Person> persons;
    QList<Practitioner> practitioners;
    QList<Attachment> attachments;
    QHash<qint64, QByteArray> contents; // attachment id → bytes, when carried
    QList<Referral> referrals;
    QList<Session> sessions;
    QList<CareSheet> sheets;
    QList<Payment> payments;
    QList<AidRequest> aidRequests;
};

} // namespace carnet
