#pragma once

#include "model/Money.h"

#include <QChartView>
#include <QList>

class QBarSet;
class QChart;
class QValueAxis;

namespace carnet {

// A bar chart of a year, month by month: what the person paid the psychologist and what the
// CPAM and the mutuelle paid back for the sessions of that month.
class MoneyChart final : public QChartView
{
    Q_OBJECT

public:
    explicit MoneyChart(QWidget* parent = nullptr);

    // Twelve amounts each (January first).
    void setMonths(const QList<Cents>& paid, const QList<Cents>& reimbursed);

private:
    QChart* m_chart = nullptr;
    QBarSet* m_paid = nullptr;
    QBarSet* m_reimbursed = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace carnet
