#pragma once

#include "read/Agenda.h"
#include "rules/CarePathRules.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace carnet {

class AppContext;
class MoneyChart;
class SessionTimeline;

// "Where do I stand?": for the current person and year, the figures of the year's status
// (ReadSide::yearStatus): covered sessions used and left, the money paid, expected, received
// and still owed from the CPAM and the mutuelle, a monthly chart and the year's timeline; and
// what to do now from the person's agenda, all years (ReadSide::agenda): late payments said in
// words, and each item as a button that does it, followed by the year's own other steps (a
// payment to record, an evaluation to start, the cap reached).
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

    // The status shown (tests and the window read it).
    const YearStatus& status() const { return m_status; }
    // The person's agenda shown, all years.
    const QList<AgendaItem>& agenda() const { return m_agenda; }

public slots:
    void refresh();

signals:
    // Asks the window to show a page (MainWindow::Page).
    void pageRequested(int page);
    // The user wants to record a payment (a payer, and the sheet when known).
    void recordPaymentRequested(qint64 sheetId, carnet::Payer payer);
    // The user wants to log a session now.
    void quickEntryRequested();
    void addPersonRequested();
    // The user wants to start a year of care (the Mon soutien psy wizard).
    void carePathRequested();

private:
    // The person or year changed: refreshes unless the status shown is already theirs.
    void followSelection();
    void buildEmptyState();
    void buildContent();
    void showEmpty(const QString& text, bool offerAddPerson);
    void fillFigures();
    void fillLatePayments();
    void fillNextSteps();
    void fillChartAndTimeline();
    void runStep(const NextStep& step);
    void runItem(const AgendaItem& item);
    void sendSheet(qint64 sheetId);

    AppContext& m_context;
    YearStatus m_status;
    QList<AgendaItem> m_agenda;
    // What the last refresh() showed (any data or file change refreshes in any case).
    bool m_shown = false;
    qint64 m_shownPerson = 0;
    int m_shownYear = 0;

    QStackedWidget* m_stack = nullptr;
    // Empty state
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyAddPerson = nullptr;
    QPushButton* m_emptyCarePath = nullptr;
    // Content
    QLabel* m_title = nullptr;
    QLabel* m_eligibility = nullptr;
    QLabel* m_coveredUsed = nullptr;
    QLabel* m_coveredLeft = nullptr;
    QLabel* m_evaluation = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_expectedAmo = nullptr;
    QLabel* m_receivedAmo = nullptr;
    QLabel* m_owedAmo = nullptr;
    QLabel* m_expectedAmc = nullptr;
    QLabel* m_receivedAmc = nullptr;
    QLabel* m_owedAmc = nullptr;
    QLabel* m_owedTotal = nullptr;
    QLabel* m_noMutuelle = nullptr;
    QListWidget* m_late = nullptr;
    QLabel* m_noLate = nullptr;
    QWidget* m_stepsBox = nullptr;
    QVBoxLayout* m_steps = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QWidget* m_timelineBox = nullptr;
    MoneyChart* m_chart = nullptr; // made by the first refresh that shows a person
    SessionTimeline* m_timeline = nullptr;
};

} // namespace carnet
