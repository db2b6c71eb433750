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

QList<qreal> monthlyEuros(const QList<Cents>& cents)
{
    QList<qreal> values(12, 0.0);
    for (int month = 0; month < 12 && month < cents.size(); ++month)
        values[month] = euros(cents.at(month));
    return values;
}

// The axis for these values: at least 50 euros high, with round ticks (as applyNiceNumbers()
// gives them, worked out on an axis of no chart so that the chart lays itself out once).
struct AxisRange
{
    qreal max = 0;
    int ticks = 0;
};

AxisRange niceRange(const QList<qreal>& paid, const QList<qreal>& reimbursed)
{
    qreal highest = euros(5000);
    for (const QList<qreal>* values : {&paid, &reimbursed})
        highest = std::max(highest, *std::max_element(values->cbegin(), values->cend()));
    QValueAxis scratch;
    scratch.setRange(0, highest);
    scratch.applyNiceNumbers();
    return {scratch.max(), scratch.tickCount()};
}

// Gives `set` these values, one change per month that differs.
void setValues(QBarSet* set, const QList<qreal>& values)
{
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int month = 0; month < values.size(); ++month) {
        if (set->at(month) != values.at(month))
            set->replace(month, values.at(month));
    }
}

} // namespace

QChart* MoneyChart::buildChart(const QList<Cents>& paid, const QList<Cents>& reimbursed)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Paid and reimbursed, month by month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    const QList<qreal> paidEuros = monthlyEuros(paid);
    const QList<qreal> reimbursedEuros = monthlyEuros(reimbursed);
    auto* paidSet = new QBarSet(tr("Paid to the psychologist"));
    auto* reimbursedSet = new QBarSet(tr("Reimbursed (CPAM and mutuelle)"));
    paidSet->setColor(QColor(0x8c, 0x5a, 0xb4));
    reimbursedSet->setColor(QColor(0x2e, 0x8b, 0x57));
    paidSet->append(paidEuros);
    reimbursedSet->append(reimbursedEuros);
    auto* series = new QBarSeries;
    series->append(paidSet);
    series->append(reimbursedSet);
    chart->addSeries(series);

    auto* axisX = new QBarCategoryAxis;
    const QLocale locale;
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months.append(locale.monthName(month, QLocale::ShortFormat));
    axisX->append(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("euros"));
    const AxisRange range = niceRange(paidEuros, reimbursedEuros);
    axisY->setTickCount(range.ticks);
    axisY->setRange(0, range.max);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

MoneyChart::MoneyChart(const QList<Cents>& paid, const QList<Cents>& reimbursed, QWidget* parent)
    : MoneyChart(buildChart(paid, reimbursed), parent)
{}

MoneyChart::MoneyChart(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setObjectName(QStringLiteral("moneyChart"));
    setAccessibleName(tr("Paid and reimbursed, month by month"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    auto* series = static_cast<QBarSeries*>(chart->series().constFirst());
    m_paid = series->barSets().at(0);
    m_reimbursed = series->barSets().at(1);
    m_axisY = static_cast<QValueAxis*>(chart->axes(Qt::Vertical).constFirst());
}

void MoneyChart::setMonths(const QList<Cents>& paid, const QList<Cents>& reimbursed)
{
    const QList<qreal> paidEuros = monthlyEuros(paid);
    const QList<qreal> reimbursedEuros = monthlyEuros(reimbursed);
    setValues(m_paid, paidEuros);
    setValues(m_reimbursed, reimbursedEuros);
    const AxisRange range = niceRange(paidEuros, reimbursedEuros);
    if (m_axisY->tickCount() != range.ticks)
        m_axisY->setTickCount(range.ticks);
    if (m_axisY->min() != 0 || m_axisY->max() != range.max)
        m_axisY->setRange(0, range.max);
}

QList<qreal> MoneyChart::paidEuros() const
{
    QList<qreal> values;
    for (int i = 0; i < m_paid->count(); ++i)
        values.append(m_paid->at(i));
    return values;
}

QList<qreal> MoneyChart::reimbursedEuros() const
{
    QList<qreal> values;
    for (int i = 0; i < m_reimbursed->count(); ++i)
        values.append(m_reimbursed->at(i));
    return values;
}

qreal MoneyChart::axisMaximum() const
{
    return m_axisY->max();
}

} // namespace carnet
