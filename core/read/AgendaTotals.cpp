#include "read/AgendaTotals.h"

namespace carnet {

void AgendaTotals::add(const AgendaItem& item)
{
    ++m_items;
    m_persons.insert(item.personId);
    enum Subject
    {
        None,
        Sheet,
        Sessions,
        AidRequest,
    };
    std::pair<int, qint64> key{None, 0};
    switch (item.kind) {
    case AgendaItem::Kind::LatePayment:
        break; // one item per sheet and payer, and its sheet is sent: on no other item
    case AgendaItem::Kind::SendSheet:
    case AgendaItem::Kind::SendingDeadline:
    case AgendaItem::Kind::CreateSheet:
        // Sessions on no sheet are each on one item (a "create" item, or their own deadline):
        // the first names the item.
        if (item.sheetId != 0)
            key = {Sheet, item.sheetId};
        else if (!item.sessionIds.isEmpty())
            key = {Sessions, item.sessionIds.constFirst()};
        break;
    case AgendaItem::Kind::AidDocumentsMissing:
    case AgendaItem::Kind::AidAnswerOverdue:
    case AgendaItem::Kind::AidGrantExpiring:
    case AgendaItem::Kind::AidGrantExpired:
        key = {AidRequest, item.aidRequestId};
        break;
    }
    if (key.first != None) {
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
