#pragma once

#include <QDate>
#include <QList>

namespace carnet {

// A feuille de soins: issued by the psychologist for one or more sessions, sent by the
// patient to the CPAM. A null `sent` date means "not sent yet".
struct CareSheet
{
    qint64 id = 0;
    qint64 personId = 0;
    QList<qint64> sessionIds;
    QDate issued;
    QDate sent;
    bool electronic = false;

    bool isSent() const { return sent.isValid(); }
    friend bool operator==(const CareSheet&, const CareSheet&) = default;
};

} // namespace carnet
