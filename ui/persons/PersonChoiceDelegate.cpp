#include "persons/PersonChoiceDelegate.h"

#include "persons/PersonMatchProxyModel.h"

#include <QAbstractItemView>
#include <QPainter>

namespace carnet {

namespace {

constexpr int kGap = 12;

QString countText(const QModelIndex& index)
{
    const int due = index.data(PersonMatchProxyModel::DueCountRole).toInt();
    return due > 0 ? QString::number(due) : QString();
}

} // namespace

void PersonChoiceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    // As a popup list: the row under the mouse or the keyboard's is the highlighted one.
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        view && view->currentIndex() == index)
        opt.state |= QStyle::State_Selected;
    const QString count = countText(index);
    QRect countRect;
    if (!count.isEmpty()) {
        const int width = opt.fontMetrics.horizontalAdvance(count) + kGap;
        countRect = QRect(opt.rect.right() - width, opt.rect.top(), width, opt.rect.height());
        opt.rect.setRight(countRect.left());
    }
    QStyledItemDelegate::paint(painter, opt, index);
    if (count.isEmpty())
        return;
    painter->save();
    if (opt.state & QStyle::State_Selected) {
        painter->fillRect(countRect, opt.palette.brush(QPalette::Highlight));
        painter->setPen(opt.palette.color(QPalette::HighlightedText));
    } else {
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
    }
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(countRect.adjusted(0, 0, -kGap / 2, 0), Qt::AlignRight | Qt::AlignVCenter,
                      count);
    painter->restore();
}

QSize PersonChoiceDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = countText(index);
    if (!count.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(count) + kGap;
    return size;
}

} // namespace carnet
