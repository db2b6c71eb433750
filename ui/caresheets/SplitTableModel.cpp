#include "caresheets/SplitTableModel.h"

#include <QLocale>

namespace carnet {

namespace {

// An amount as typed in an editor: "30,00" in French, "30.00" in English.
QString editText(Cents cents)
{
    const QString point = QLocale().decimalPoint();
    return formatCentsPlain(cents, point.isEmpty() ? QLatin1Char('.') : point.at(0));
}

} // namespace

SplitTableModel::SplitTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SplitTableModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SplitTableModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sessionId == sessionId)
            return i;
    }
    return -1;
}

void SplitTableModel::setOwed(const QHash<qint64, Cents>& owed)
{
    for (Row& row : m_rows)
        row.owedCents = owed.value(row.sessionId, 0);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OwedColumn), index(m_rows.size() - 1, OwedColumn));
}

void SplitTableModel::setIncluded(const QList<qint64>& sessionIds)
{
    for (Row& row : m_rows) {
        row.included = sessionIds.contains(row.sessionId);
        if (!row.included)
            row.shareCents = 0;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

void SplitTableModel::setShares(const QList<PaymentShare>& shares)
{
    for (Row& row : m_rows) {
        row.shareCents = 0;
        if (!row.included)
            continue;
        for (const PaymentShare& share : shares) {
            if (share.sessionId == row.sessionId)
                row.shareCents = share.amountCents;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ShareColumn), index(m_rows.size() - 1, ShareColumn));
}

QList<qint64> SplitTableModel::includedSessions() const
{
    QList<qint64> ids;
    for (const Row& row : m_rows) {
        if (row.included)
            ids.append(row.sessionId);
    }
    return ids;
}

QList<PaymentShare> SplitTableModel::shares() const
{
    QList<PaymentShare> shares;
    for (const Row& row : m_rows) {
        if (row.included && row.shareCents > 0)
            shares.append({row.sessionId, row.shareCents});
    }
    return shares;
}

Cents SplitTableModel::total() const
{
    Cents total = 0;
    for (const Row& row : m_rows) {
        if (row.included)
            total += row.shareCents;
    }
    return total;
}

int SplitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SplitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SplitTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == SessionIdRole)
        return row.sessionId;
    switch (index.column()) {
    case SessionColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.label;
        if (role == Qt::CheckStateRole)
            return row.included ? Qt::Checked : Qt::Unchecked;
        break;
    case SheetColumn:
        if (role == Qt::DisplayRole)
            return row.sheet;
        break;
    case OwedColumn:
        if (role == Qt::DisplayRole)
            return formatCents(row.owedCents);
        if (role == CentsRole)
            return row.owedCents;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ShareColumn:
        if (role == Qt::DisplayRole)
            return row.included ? formatCents(row.shareCents) : QString();
        if (role == Qt::EditRole)
            return editText(row.shareCents);
        if (role == CentsRole)
            return row.shareCents;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool SplitTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == SessionColumn && role == Qt::CheckStateRole) {
        row.included = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (!row.included)
            row.shareCents = 0;
        emitRowChanged(index.row());
        emit includedEdited();
        return true;
    }
    if (index.column() == ShareColumn && role == Qt::EditRole && row.included) {
        const auto cents = value.userType() == QMetaType::QString
                               ? parseEuros(value.toString())
                               : std::optional<Cents>(value.toLongLong());
        if (!cents || *cents < 0)
            return false;
        row.shareCents = *cents;
        emitRowChanged(index.row());
        emit shareEdited();
        return true;
    }
    return false;
}

Qt::ItemFlags SplitTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SessionColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == ShareColumn && m_rows.at(index.row()).included)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SplitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case SheetColumn:
        return tr("Care sheet");
    case OwedColumn:
        return tr("Still owed");
    case ShareColumn:
        return tr("Share of this payment");
    default:
        return {};
    }
}

void SplitTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace carnet
