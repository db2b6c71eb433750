#include "caseload/CaseloadModel.h"

#include "model/Money.h"
#include "rules/TextMatch.h"
#include "sessions/CareLabels.h"
#include "shell/Emphasis.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QSet>

namespace carnet {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString CaseloadModel::itemKey(const AgendaItem& item)
{
    return QStringLiteral("%1:%2:%3:%4:%5:%6:%7")
        .arg(int(item.kind))
        .arg(item.personId)
        .arg(item.year)
        .arg(item.sheetId)
        .arg(item.payer ? int(*item.payer) : -1)
        .arg(item.aidRequestId)
        .arg(item.kind == AgendaItem::Kind::SendingDeadline && item.sheetId == 0 &&
                     !item.sessionIds.isEmpty()
                 ? item.sessionIds.constFirst()
                 : 0);
}

QString CaseloadModel::kindName(AgendaItem::Kind kind)
{
    switch (kind) {
    case AgendaItem::Kind::CreateSheet:
        return tr("Care sheets to create");
    case AgendaItem::Kind::SendSheet:
        return tr("Care sheets to send");
    case AgendaItem::Kind::LatePayment:
        return tr("Late payments");
    case AgendaItem::Kind::SendingDeadline:
        return tr("Claim deadlines");
    case AgendaItem::Kind::AidDocumentsMissing:
        return tr("AFI: documents missing");
    case AgendaItem::Kind::AidAnswerOverdue:
        return tr("AFI: answer overdue");
    case AgendaItem::Kind::AidGrantExpiring:
        return tr("AFI: grant expiring");
    case AgendaItem::Kind::AidGrantExpired:
        return tr("AFI: grant expired");
    }
    return {};
}

QString CaseloadModel::taskText(const AgendaItem& item)
{
    switch (item.kind) {
    case AgendaItem::Kind::CreateSheet:
        return tr("Create a care sheet");
    case AgendaItem::Kind::SendSheet:
        return tr("Send the care sheet");
    case AgendaItem::Kind::LatePayment:
        return item.payer == Payer::Mutuelle ? tr("Late payment (mutuelle)")
                                             : tr("Late payment (CPAM)");
    case AgendaItem::Kind::SendingDeadline:
        return tr("Claim deadline");
    case AgendaItem::Kind::AidDocumentsMissing:
    case AgendaItem::Kind::AidAnswerOverdue:
    case AgendaItem::Kind::AidGrantExpiring:
    case AgendaItem::Kind::AidGrantExpired:
        return kindName(item.kind);
    }
    return {};
}

QString CaseloadModel::whenText(const AgendaItem& item, QDate today)
{
    if (item.daysLate > 0)
        return tr("%n day(s) late", nullptr, item.daysLate);
    if (item.urgency == AgendaItem::Urgency::Soon && item.dueDate.isValid()) {
        const int days = int(today.daysTo(item.dueDate));
        return days <= 0 ? tr("Today") : tr("In %n day(s)", nullptr, days);
    }
    return tr("To do");
}

QString CaseloadModel::searchText(const AgendaItem& item) const
{
    return TextMatch::fold(item.personName + QLatin1Char('\n') + taskText(item) +
                           QLatin1Char('\n') + item.text);
}

void CaseloadModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_keys.clear();
    m_search.clear();
    endResetModel();
}

void CaseloadModel::setItems(const QList<AgendaItem>& items, QDate today)
{
    m_today = today;
    QList<QString> keys;
    keys.reserve(items.size());
    QHash<QString, int> newRow;
    for (int i = 0; i < items.size(); ++i) {
        keys << itemKey(items.at(i));
        newRow.insert(keys.constLast(), i);
    }
    // What each row searches, kept for a row whose words did not change.
    QHash<QString, QString> oldSearch;
    for (int i = 0; i < m_items.size(); ++i) {
        if (newRow.contains(m_keys.at(i)) &&
            items.at(newRow.value(m_keys.at(i))).text == m_items.at(i).text)
            oldSearch.insert(m_keys.at(i), m_search.at(i));
    }
    QList<QString> search;
    search.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const auto kept = oldSearch.constFind(keys.at(i));
        search << (kept != oldSearch.cend() ? *kept : searchText(items.at(i)));
    }

    if (m_items.isEmpty() || items.isEmpty() || newRow.size() != keys.size()) {
        beginResetModel();
        m_items = items;
        m_keys = keys;
        m_search = search;
        endResetModel();
        return;
    }

    // The rows done go, last first, a run at a time.
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (newRow.contains(m_keys.at(row)))
            continue;
        const int last = row;
        while (row > 0 && !newRow.contains(m_keys.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        m_items.remove(row, last - row + 1);
        m_keys.remove(row, last - row + 1);
        m_search.remove(row, last - row + 1);
        endRemoveRows();
    }
    // The new ones come in at the end...
    const QSet<QString> kept(m_keys.cbegin(), m_keys.cend());
    QList<int> added;
    for (int i = 0; i < items.size(); ++i) {
        if (!kept.contains(keys.at(i)))
            added << i;
    }
    if (!added.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (int i : std::as_const(added)) {
            m_items << items.at(i);
            m_keys << keys.at(i);
            m_search << search.at(i);
        }
        endInsertRows();
    }
    // ...then every row moves to its place in the agenda's order.
    if (m_keys != keys) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before)
            after << this->index(newRow.value(m_keys.at(index.row())), index.column());
        m_keys = keys;
        m_items = items;
        m_search = search;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_items = items;
        m_search = search;
    }
    // Days late, amounts and words may have changed.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CaseloadModel::rowOf(const QString& key) const
{
    return int(m_keys.indexOf(key));
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = m_items.at(index.row());
    const bool overdue = item.urgency == AgendaItem::Urgency::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PersonColumn:
            return item.personName;
        case TaskColumn:
            return taskText(item);
        case WhenColumn:
            return whenText(item, m_today);
        case DueColumn:
            return CareLabels::date(item.dueDate);
        case AmountColumn:
            return item.amountCents != 0 ? formatCents(item.amountCents) : QString();
        case DetailsColumn:
            return item.text;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailsColumn || index.column() == PersonColumn
                   ? QVariant(item.text)
                   : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (overdue) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(Emphasis::lateBackground(QApplication::palette())) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(Emphasis::lateForeground(QApplication::palette())) : QVariant();
    case SortRole:
        switch (Column(index.column())) {
        case PersonColumn:
            return item.personName;
        case TaskColumn:
            return int(item.kind);
        case WhenColumn:
            return index.row(); // the agenda's order
        case DueColumn:
            return item.dueDate;
        case AmountColumn:
            return qlonglong(item.amountCents);
        case DetailsColumn:
            return item.text;
        case ColumnCount:
            break;
        }
        return {};
    case KindRole:
        return int(item.kind);
    case PersonIdRole:
        return item.personId;
    case SearchRole:
        return m_search.at(index.row());
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonColumn:
        return tr("Person");
    case TaskColumn:
        return tr("To do");
    case WhenColumn:
        return tr("When");
    case DueColumn:
        return tr("Due");
    case AmountColumn:
        return tr("Amount");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace carnet
