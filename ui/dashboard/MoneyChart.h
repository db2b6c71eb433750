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
//
// Qt Charts lays its axes out again (text measured through QTextDocument) on every change of
// range once the chart has a size: the chart is built with its first figures before it is
// shown in the view, and setMonths() changes only what differs.
class MoneyChart final : public QChartView
{
    Q_OBJECT

public:
    // Twelve amounts each (January first); fewer are taken as zero.
    explicit MoneyChart(const QList<Cents>& paid = {}, const QList<Cents>& reimbursed = {},
                        QWidget* parent = nullptr);

    void setMonths(const QList<Cents>& paid, const QList<Cents>& reimbursed);

    // The euros shown for each month, and the top of the axis (tests).
    QList<qreal> paidEuros() const;
    QList<qreal> reimbursedEuros() const;
    qreal axisMaximum() const;

private:
    MoneyChart(QChart* chart, QWidget* parent);
    static QChart* buildChart(const QList<Cents>& paid, const QList<Cents>& reimbursed);

    QBarSet* m_paid = nullptr;
    QBarSet* m_reimbursed = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace carnet
