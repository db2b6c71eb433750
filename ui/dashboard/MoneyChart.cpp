#include "dashboard/MoneyChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace carnet {

namespace {
// The chart draws in euros; the figures themselves stay in cents everywhere else.
qreal euros(Cents cents)
{
    return qreal(cents) / 100.0;
}
} // namespace

MoneyChart::MoneyChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("moneyChart"));
    setAccessibleName(tr("Paid and reimbursed, month by month"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);

    m_chart = new QChart;
    m_chart->setTitle(tr("Paid and reimbursed, month by month"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_paid = new QBarSet(tr("Paid to the psychologist"));
    m_reimbursed = new QBarSet(tr("Reimbursed (CPAM and mutuelle)"));
    m_paid->setColor(QColor(0x8c, 0x5a, 0xb4));
    m_reimbursed->setColor(QColor(0x2e, 0x8b, 0x57));
    auto* series = new QBarSeries;
    series->append(m_paid);
    series->append(m_reimbursed);
    m_chart->addSeries(series);

    auto* axisX = new QBarCategoryAxis;
    const QLocale locale;
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months.append(locale.monthName(month, QLocale::ShortFormat));
    axisX->append(months);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("euros"));
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisY);

    setChart(m_chart);
    setMonths({}, {});
}

void MoneyChart::setMonths(const QList<Cents>& paid, const QList<Cents>& reimbursed)
{
    m_paid->remove(0, m_paid->count());
    m_reimbursed->remove(0, m_reimbursed->count());
    Cents highest = 0;
    for (int month = 0; month < 12; ++month) {
        const Cents p = month < paid.size() ? paid.at(month) : 0;
        const Cents r = month < reimbursed.size() ? reimbursed.at(month) : 0;
        m_paid->append(euros(p));
        m_reimbursed->append(euros(r));
        highest = std::max({highest, p, r});
    }
    // At least 50 euros high, with round ticks.
    m_axisY->setRange(0, euros(std::max<Cents>(highest, 5000)));
    m_axisY->applyNiceNumbers();
}

} // namespace carnet
