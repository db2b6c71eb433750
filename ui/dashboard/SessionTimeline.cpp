#include "dashboard/SessionTimeline.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace carnet {

namespace {
constexpr qreal kMark = 6.0;    // half the size of a mark
constexpr qreal kMargin = 24.0; // left and right
constexpr qreal kLegendHeight = 22.0;

void drawMark(QPainter& painter, QPointF at, bool covered, bool evaluation, const QColor& color)
{
    painter.setPen(QPen(color, 1.6));
    painter.setBrush(covered ? QBrush(color) : QBrush(Qt::NoBrush));
    if (evaluation) {
        QPainterPath diamond;
        diamond.moveTo(at.x(), at.y() - kMark - 1);
        diamond.lineTo(at.x() + kMark + 1, at.y());
        diamond.lineTo(at.x(), at.y() + kMark + 1);
        diamond.lineTo(at.x() - kMark - 1, at.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
    } else if (covered) {
        painter.drawEllipse(at, kMark, kMark);
    } else {
        painter.drawRect(QRectF(at.x() - kMark, at.y() - kMark, 2 * kMark, 2 * kMark));
    }
}
} // namespace

SessionTimeline::SessionTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionTimeline"));
    setAccessibleName(tr("The year's sessions"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize SessionTimeline::sizeHint() const
{
    return {700, 130};
}

QSize SessionTimeline::minimumSizeHint() const
{
    return {300, 130};
}

void SessionTimeline::setYear(int year, const QList<Entry>& entries)
{
    m_year = year;
    m_entries = entries;
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.date < b.date; });
    int covered = 0;
    for (const Entry& entry : m_entries)
        covered += entry.covered ? 1 : 0;
    setAccessibleDescription(tr("%n session(s) in %1", nullptr, int(m_entries.size())).arg(year) +
                             QLatin1Char(' ') + tr("(%n covered)", nullptr, covered));
    update();
}

QRectF SessionTimeline::lineRect() const
{
    // The line sits in the lower half; the marks stack upwards from it.
    const qreal y = height() - kLegendHeight - fontMetrics().height() - 14;
    return {kMargin, y, width() - 2 * kMargin, 0};
}

QList<QPointF> SessionTimeline::positions() const
{
    QList<QPointF> points;
    if (m_year <= 0)
        return points;
    const QRectF line = lineRect();
    const QDate start(m_year, 1, 1);
    const int days = start.daysInYear();
    for (const Entry& entry : m_entries) {
        const qreal x = line.left() + line.width() * start.daysTo(entry.date) / qreal(days - 1);
        // Stack on top of earlier marks that would overlap.
        int stack = 0;
        for (const QPointF& p : points) {
            if (std::abs(p.x() - x) < 2 * kMark + 1)
                ++stack;
        }
        points.append(QPointF(x, line.top() - kMark - 4 - stack * (2 * kMark + 3)));
    }
    return points;
}

void SessionTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QRectF line = lineRect();

    painter.setPen(QPen(text, 1));
    painter.drawLine(line.topLeft(), line.topRight());

    if (m_year > 0) {
        const QLocale locale;
        const QDate start(m_year, 1, 1);
        const int days = start.daysInYear();
        for (int month = 1; month <= 12; ++month) {
            const QDate first(m_year, month, 1);
            const qreal x = line.left() + line.width() * start.daysTo(first) / qreal(days - 1);
            painter.drawLine(QPointF(x, line.top() - 3), QPointF(x, line.top() + 3));
            const qreal next = month == 12
                                   ? line.right()
                                   : line.left() + line.width() *
                                                       start.daysTo(QDate(m_year, month + 1, 1)) /
                                                       qreal(days - 1);
            painter.drawText(QRectF(x, line.top() + 4, next - x, fontMetrics().height() + 2),
                             Qt::AlignHCenter | Qt::AlignTop,
                             locale.monthName(month, QLocale::ShortFormat));
        }
    }

    const QColor coveredColor(0x2e, 0x8b, 0x57);
    const QColor notCoveredColor(0xb0, 0x3a, 0x2e);
    const QList<QPointF> points = positions();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries.at(i);
        drawMark(painter, points.at(i), entry.covered, entry.evaluation,
                 entry.covered ? coveredColor : notCoveredColor);
    }

    if (m_entries.isEmpty()) {
        painter.setPen(text);
        painter.drawText(QRectF(0, 0, width(), line.top() - 4), Qt::AlignCenter,
                         tr("No session recorded this year."));
    }

    // Legend
    qreal x = kMargin;
    const qreal y = height() - kLegendHeight / 2;
    const struct
    {
        bool covered;
        bool evaluation;
        QColor color;
        QString label;
    } legend[] = {
        {true, false, coveredColor, tr("covered")},
        {false, false, notCoveredColor, tr("not covered")},
        {true, true, coveredColor, tr("evaluation")},
    };
    for (const auto& item : legend) {
        drawMark(painter, QPointF(x + kMark, y), item.covered, item.evaluation, item.color);
        painter.setPen(text);
        const qreal labelX = x + 2 * kMark + 6;
        const qreal w = fontMetrics().horizontalAdvance(item.label);
        painter.drawText(QRectF(labelX, y - kLegendHeight / 2, w + 2, kLegendHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, item.label);
        x = labelX + w + 24;
    }
}

int SessionTimeline::entryAt(const QPoint& pos) const
{
    const QList<QPointF> points = positions();
    for (int i = 0; i < points.size(); ++i) {
        const QPointF d = points.at(i) - QPointF(pos);
        if (std::abs(d.x()) <= kMark + 2 && std::abs(d.y()) <= kMark + 2)
            return i;
    }
    return -1;
}

bool SessionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = entryAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_entries.at(index).detail, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace carnet
