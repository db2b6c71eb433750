#pragma once

#include <QStyledItemDelegate>

namespace carnet {

// Draws a person's row of a picker (the switcher's list, its search popup) with, on the
// right, how many things are due for them (PersonMatchProxyModel::DueCountRole), when any.
class PersonChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace carnet
