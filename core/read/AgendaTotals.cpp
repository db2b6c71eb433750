#include "read/AgendaTotals.h"

namespace carnet {

void AgendaTotals::add(const AgendaItem& item)
{
    ++m_items;
    m_persons.insert(item.personId);
    QString key;
    switch (item.kind) {
    case AgendaItem::Kind::LatePayment:
        break; // one item per sheet and payer, and its sheet is sent: on no other item
    case AgendaItem::Kind::SendSheet:
    case AgendaItem::Kind::ClaimDeadline:
    case AgendaItem::Kind::CreateSheet:
        if (item.sheetId != 0) {
            key = QStringLiteral("sheet-%1").arg(item.sheetId);
        } else {
            // Sessions on no sheet: each on one item (a "create" item, or its own deadline).
            QStringList ids;
            for (qint64 id : item.sessionIds)
                ids << QString::number(id);
            key = QStringLiteral("sessions-") + ids.join(QLatin1Char(','));
        }
        break;
    case AgendaItem::Kind::AidDocumentsMissing:
    case AgendaItem::Kind::AidAnswerOverdue:
    case AgendaItem::Kind::AidGrantExpiring:
    case AgendaItem::Kind::AidGrantExpired:
        key = QStringLiteral("aid-%1").arg(item.aidRequestId);
        break;
    }
    if (!key.isEmpty()) {
        if (m_counted.contains(key))
            return;
        m_counted.insert(key);
    }
    if (item.isAid()) {
        m_aid += item.amountCents;
        return;
    }
    m_cpam += item.amoCents;
    m_mutuelle += item.amcCents;
}

} // namespace carnet
