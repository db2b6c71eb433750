#include "dashboard/DashboardPage.h"

#include "commands/MarkSheetSentCommand.h"
#include "dashboard/MoneyChart.h"
#include "dashboard/SendSheetDialog.h"
#include "dashboard/SessionTimeline.h"
#include "persons/EligibilityNote.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "shell/AppContext.h"
#include "shell/Emphasis.h"
#include "shell/MainWindow.h"
#include "shell/PageHeading.h"
#include "shell/WrappingButton.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace carnet {

namespace {

QLabel* figureLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    buildEmptyState();
    buildContent();

    connect(&m_context, &AppContext::fileChanged, this, &DashboardPage::refresh);
    connect(&m_context, &AppContext::currentPersonChanged, this, &DashboardPage::followSelection);
    connect(&m_context, &AppContext::currentYearChanged, this, &DashboardPage::followSelection);
    connect(&m_context, &AppContext::dataChanged, this, &DashboardPage::refresh);
    refresh();
}

void DashboardPage::followSelection()
{
    // Opening a file says "file changed" and then "person changed" for the person it already
    // chose: the status shown is that one's, unchanged since, and is not computed twice.
    if (m_shown && m_shownPerson == m_context.currentPerson() &&
        m_shownYear == m_context.currentYear())
        return;
    refresh();
}

void DashboardPage::buildEmptyState()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("dashboardEmpty"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(makePageHeading(tr("Where do I stand?"), page));
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("dashboardEmptyText"));
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);
    m_emptyAddPerson = new QPushButton(tr("&Add a person…"), page);
    m_emptyAddPerson->setObjectName(QStringLiteral("dashboardAddPerson"));
    connect(m_emptyAddPerson, &QPushButton::clicked, this, &DashboardPage::addPersonRequested);
    m_emptyCarePath = new QPushButton(tr("Start a year of &care (Mon soutien psy)…"), page);
    m_emptyCarePath->setObjectName(QStringLiteral("dashboardStartCarePath"));
    connect(m_emptyCarePath, &QPushButton::clicked, this, &DashboardPage::carePathRequested);
    auto* row = new QHBoxLayout;
    row->addWidget(m_emptyAddPerson);
    row->addWidget(m_emptyCarePath);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    m_stack->addWidget(page);
}

void DashboardPage::buildContent()
{
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("dashboardContent"));
    scroll->setAccessibleName(tr("Where do I stand?"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_title->setFont(headingFont(m_title->font()));
    layout->addWidget(m_title);

    m_eligibility = new QLabel(content);
    m_eligibility->setObjectName(QStringLiteral("dashboardEligibility"));
    m_eligibility->setWordWrap(true);
    m_eligibility->setFrameShape(QFrame::StyledPanel);
    m_eligibility->setMargin(8);
    layout->addWidget(m_eligibility);

    auto* top = new QHBoxLayout;
    layout->addLayout(top);

    // Covered sessions
    auto* sessionsBox = new QGroupBox(tr("Covered sessions"), content);
    sessionsBox->setObjectName(QStringLiteral("coveredBox"));
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    m_coveredUsed = new QLabel(sessionsBox);
    m_coveredUsed->setObjectName(QStringLiteral("coveredUsedLabel"));
    m_coveredUsed->setFont(scaled(m_coveredUsed->font(), 2.2, true));
    auto* usedCaption = new QLabel(tr("covered sessions used this year"), sessionsBox);
    m_coveredLeft = new QLabel(sessionsBox);
    m_coveredLeft->setWordWrap(true);
    m_coveredLeft->setObjectName(QStringLiteral("coveredLeftLabel"));
    m_coveredLeft->setFont(scaled(m_coveredLeft->font(), 1.2, true));
    m_evaluation = new QLabel(sessionsBox);
    m_evaluation->setObjectName(QStringLiteral("evaluationLabel"));
    m_evaluation->setWordWrap(true);
    sessionsLayout->addWidget(m_coveredUsed);
    sessionsLayout->addWidget(usedCaption);
    sessionsLayout->addWidget(m_coveredLeft);
    sessionsLayout->addWidget(m_evaluation);
    sessionsLayout->addStretch(1);
    top->addWidget(sessionsBox, 1);

    // Money
    auto* moneyBox = new QGroupBox(tr("Money"), content);
    moneyBox->setObjectName(QStringLiteral("moneyBox"));
    auto* grid = new QGridLayout(moneyBox);
    grid->addWidget(new QLabel(tr("You paid the psychologist:"), moneyBox), 0, 0, 1, 2);
    m_paid = figureLabel(QStringLiteral("paidLabel"), moneyBox);
    m_paid->setFont(scaled(m_paid->font(), 1.0, true));
    grid->addWidget(m_paid, 0, 2, 1, 2);

    auto header = [moneyBox](const QString& text) {
        auto* label = new QLabel(text, moneyBox);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setFont(scaled(label->font(), 1.0, true));
        return label;
    };
    grid->addWidget(header(tr("Expected")), 1, 1);
    grid->addWidget(header(tr("Received")), 1, 2);
    grid->addWidget(header(tr("Still owed")), 1, 3);
    grid->addWidget(new QLabel(tr("CPAM"), moneyBox), 2, 0);
    m_expectedAmo = figureLabel(QStringLiteral("expectedAmoLabel"), moneyBox);
    m_receivedAmo = figureLabel(QStringLiteral("receivedAmoLabel"), moneyBox);
    m_owedAmo = figureLabel(QStringLiteral("owedAmoLabel"), moneyBox);
    grid->addWidget(m_expectedAmo, 2, 1);
    grid->addWidget(m_receivedAmo, 2, 2);
    grid->addWidget(m_owedAmo, 2, 3);
    grid->addWidget(new QLabel(tr("Mutuelle"), moneyBox), 3, 0);
    m_expectedAmc = figureLabel(QStringLiteral("expectedAmcLabel"), moneyBox);
    m_receivedAmc = figureLabel(QStringLiteral("receivedAmcLabel"), moneyBox);
    m_owedAmc = figureLabel(QStringLiteral("owedAmcLabel"), moneyBox);
    grid->addWidget(m_expectedAmc, 3, 1);
    grid->addWidget(m_receivedAmc, 3, 2);
    grid->addWidget(m_owedAmc, 3, 3);
    auto* totalLabel = new QLabel(tr("Still owed to you in all:"), moneyBox);
    totalLabel->setFont(scaled(totalLabel->font(), 1.0, true));
    grid->addWidget(totalLabel, 4, 0, 1, 3);
    m_owedTotal = figureLabel(QStringLiteral("owedTotalLabel"), moneyBox);
    m_owedTotal->setFont(scaled(m_owedTotal->font(), 1.0, true));
    grid->addWidget(m_owedTotal, 4, 3);
    m_noMutuelle = new QLabel(tr("No mutuelle recorded for this person: what the CPAM does not "
                                 "pay stays with them."),
                              moneyBox);
    m_noMutuelle->setObjectName(QStringLiteral("noMutuelleLabel"));
    m_noMutuelle->setWordWrap(true);
    grid->addWidget(m_noMutuelle, 5, 0, 1, 4);
    grid->setRowStretch(6, 1);
    top->addWidget(moneyBox, 1);

    auto* middle = new QHBoxLayout;
    layout->addLayout(middle);

    // Next steps
    auto* stepsBox = new QGroupBox(tr("What to do next"), content);
    stepsBox->setObjectName(QStringLiteral("nextStepsBox"));
    m_stepsBox = stepsBox;
    m_steps = new QVBoxLayout(stepsBox);
    middle->addWidget(stepsBox, 1);

    // Late payments
    auto* lateBox = new QGroupBox(tr("Late payments"), content);
    lateBox->setObjectName(QStringLiteral("lateBox"));
    auto* lateLayout = new QVBoxLayout(lateBox);
    m_late = new QListWidget(lateBox);
    m_late->setObjectName(QStringLiteral("latePaymentsList"));
    m_late->setAccessibleName(tr("Late payments"));
    m_late->setWordWrap(true);
    m_late->setMinimumHeight(80);
    m_noLate = new QLabel(tr("No late payment."), lateBox);
    m_noLate->setObjectName(QStringLiteral("noLateLabel"));
    lateLayout->addWidget(m_late);
    lateLayout->addWidget(m_noLate);
    middle->addWidget(lateBox, 1);

    // The chart comes here, made with its first figures (fillChartAndTimeline()).
    m_contentLayout = layout;

    auto* timelineBox = new QGroupBox(tr("Sessions of the year"), content);
    m_timelineBox = timelineBox;
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new SessionTimeline(timelineBox);
    timelineLayout->addWidget(m_timeline);
    layout->addWidget(timelineBox);
    layout->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    fillFigures(); // named from the start, before any file is open
}

void DashboardPage::showEmpty(const QString& text, bool offerAddPerson)
{
    m_status = YearStatus{};
    m_agenda.clear();
    m_emptyText->setText(text);
    m_emptyAddPerson->setVisible(offerAddPerson);
    m_emptyCarePath->setVisible(offerAddPerson);
    m_stack->setCurrentIndex(0);
}

void DashboardPage::refresh()
{
    m_shown = true;
    m_shownPerson = m_context.currentPerson();
    m_shownYear = m_context.currentYear();
    CarnetFile* service = m_context.file();
    if (!service) {
        showEmpty(tr("No file is open. Open or create a Carnet file (File menu) to see, for each "
                     "person, the covered sessions left this year, the money expected from the "
                     "CPAM and the mutuelle, and what to do next."),
                  false);
        return;
    }
    const auto person = service->people().person(m_context.currentPerson());
    if (!person) {
        showEmpty(tr("Nobody is in this file yet. Add the person whose care you follow: "
                     "yourself, a child, someone you help."),
                  !m_context.isReadOnly());
        return;
    }
    const int year = m_context.currentYear();
    const auto status = service->read().yearStatus(person->id, year);
    if (!status) {
        showEmpty(status.error().message, false);
        return;
    }
    auto agenda = service->read().agenda(AgendaFilter::person(person->id));
    if (!agenda) {
        showEmpty(agenda.error().message, false);
        return;
    }
    m_status = status.value();
    m_agenda = std::move(agenda.value());

    m_title->setText(tr("%1 in %2").arg(person->name).arg(year));
    const QString note = EligibilityNote::forPerson(*person, service->today());
    m_eligibility->setText(note);
    m_eligibility->setVisible(!note.isEmpty());
    m_noMutuelle->setVisible(!person->hasMutuelle());

    fillFigures();
    fillLatePayments();
    fillNextSteps();
    fillChartAndTimeline();
    m_stack->setCurrentIndex(1);
}

void DashboardPage::fillFigures()
{
    const YearStatus& s = m_status;
    if (s.coveredCap > 0) {
        m_coveredUsed->setText(tr("%1 of %2").arg(s.coveredUsed).arg(s.coveredCap));
        // A child under 3: why none are left, or from when they can be used.
        const QString from = QLocale().toString(s.eligibleFrom, QLocale::LongFormat);
        if (s.eligibleFrom.isValid() && s.eligibleFrom.year() > s.year)
            m_coveredLeft->setText(tr("None this year: too young (covered from %1 on)").arg(from));
        else if (s.eligibleFrom.isValid())
            m_coveredLeft->setText(tr("%n left, from %1 on", nullptr, s.coveredLeft).arg(from));
        else
            m_coveredLeft->setText(tr("%n left", nullptr, s.coveredLeft));
    } else {
        m_coveredUsed->setText(tr("None"));
        m_coveredLeft->setText(tr("Mon soutien psy did not exist yet this year."));
    }
    m_coveredUsed->setAccessibleName(
        tr("%1 of %2 covered sessions used").arg(s.coveredUsed).arg(s.coveredCap));
    m_evaluation->setText(s.evaluationDone
                              ? tr("Evaluation session done.")
                              : tr("No evaluation session yet this year: the first covered "
                                   "session of the year is the evaluation."));

    // Each figure's accessible name says what it is: "30.00 €" alone means nothing to a
    // screen reader, which reads the label without the grid's headings.
    const auto figure = [](QLabel* label, Cents cents, const QString& what) {
        label->setText(formatCents(cents));
        label->setAccessibleName(what.arg(formatCents(cents)));
    };
    figure(m_paid, s.paidCents, tr("You paid the psychologist: %1"));
    figure(m_expectedAmo, s.expectedAmoCents, tr("Expected from the CPAM: %1"));
    figure(m_receivedAmo, s.receivedAmoCents, tr("Received from the CPAM: %1"));
    figure(m_owedAmo, s.owedAmoCents, tr("Still owed by the CPAM: %1"));
    figure(m_expectedAmc, s.expectedAmcCents, tr("Expected from the mutuelle: %1"));
    figure(m_receivedAmc, s.receivedAmcCents, tr("Received from the mutuelle: %1"));
    figure(m_owedAmc, s.owedAmcCents, tr("Still owed by the mutuelle: %1"));
    figure(m_owedTotal, s.owedAmoCents + s.owedAmcCents, tr("Still owed to you in all: %1"));
}

void DashboardPage::fillLatePayments()
{
    const QLocale locale;
    m_late->clear();
    // Every year's, from the agenda: a payment missing since an earlier year shows too.
    QList<AgendaItem> latePayments;
    for (const AgendaItem& item : std::as_const(m_agenda)) {
        if (item.kind == AgendaItem::Kind::LatePayment)
            latePayments.append(item);
    }
    // The person's sheets in one query (not one per late payment).
    QHash<qint64, CareSheet> sheets;
    if (!latePayments.isEmpty()) {
        for (const CareSheet& sheet :
             m_context.file()->careSheets().careSheets(m_context.currentPerson()))
            sheets.insert(sheet.id, sheet);
    }
    for (const AgendaItem& late : std::as_const(latePayments)) {
        QString payer;
        switch (late.payer.value_or(Payer::Other)) {
        case Payer::Cpam:
            payer = tr("the CPAM");
            break;
        case Payer::Mutuelle:
            payer = tr("the mutuelle");
            break;
        case Payer::Other:
            payer = tr("another payer");
            break;
        }
        QString sheetText;
        if (const auto sheet = sheets.constFind(late.sheetId);
            sheet != sheets.cend() && sheet->isSent())
            sheetText = tr("the care sheet sent on %1")
                            .arg(locale.toString(sheet->sent, QLocale::ShortFormat));
        else
            sheetText = tr("a care sheet");
        const QString text = tr("Late: %1 still owes %2 for %3. It was due on %4 (%n day(s) late).",
                                nullptr, late.daysLate)
                                 .arg(payer, formatCents(late.amountCents), sheetText,
                                      locale.toString(late.dueDate, QLocale::ShortFormat));
        auto* item = new QListWidgetItem(text, m_late);
        Emphasis::markLate(item, palette());
        item->setData(Qt::UserRole, late.sheetId);
    }
    m_late->setVisible(!latePayments.isEmpty());
    m_noLate->setVisible(latePayments.isEmpty());
}

void DashboardPage::fillNextSteps()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Deleted later (its own click may be running): hidden now, so that it can no
            // longer be clicked, focused or read out.
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    // The agenda's items (every year), then the year's steps the agenda does not carry.
    QList<NextStep> yearSteps;
    for (const NextStep& step : std::as_const(m_status.nextSteps)) {
        if (!Agenda::carries(step.kind))
            yearSteps.append(step);
    }
    if (m_agenda.isEmpty() && yearSteps.isEmpty()) {
        auto* none = new QLabel(tr("Nothing to do for now."), m_stepsBox);
        none->setObjectName(QStringLiteral("noNextStepLabel"));
        m_steps->addWidget(none);
    }
    const bool writable = !m_context.isReadOnly();
    // Tab reaches the steps first, then the late payments and the chart (buttons made now
    // would otherwise come last in the window, after the toolbar).
    QWidget* previous = m_stack->widget(1);
    int index = 0;
    auto addButton = [&](const QString& text, bool enabled) {
        // Its text wraps: a long step does not widen the page past the window.
        auto* button = new WrappingButton(text, m_stepsBox);
        button->setObjectName(QStringLiteral("nextStep%1").arg(index++));
        button->setEnabled(enabled);
        m_steps->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
        return button;
    };
    for (const AgendaItem& item : std::as_const(m_agenda)) {
        // Recording a payment and reading an AFI dossier need no write access to be offered.
        auto* button = addButton(
            item.text, writable || item.kind == AgendaItem::Kind::LatePayment || item.isAid());
        button->setProperty("agendaKind", int(item.kind));
        button->setProperty("sheetId", item.sheetId);
        button->setProperty("year", item.year);
        if (item.urgency == AgendaItem::Urgency::Overdue) { // the text says how late
            QFont font = button->font();
            font.setBold(true);
            button->setFont(font);
        }
        connect(button, &QPushButton::clicked, this, [this, item] { runItem(item); });
    }
    for (const NextStep& step : std::as_const(yearSteps)) {
        const bool actionable =
            step.kind != NextStep::Kind::Information && step.kind != NextStep::Kind::CapReached;
        if (!actionable) {
            auto* label = new QLabel(step.text, m_stepsBox);
            label->setObjectName(QStringLiteral("nextStep%1").arg(index++));
            label->setWordWrap(true);
            m_steps->addWidget(label);
            continue;
        }
        auto* button = addButton(step.text, writable);
        button->setProperty("stepKind", int(step.kind));
        button->setProperty("sheetId", step.sheetId);
        connect(button, &QPushButton::clicked, this, [this, step] { runStep(step); });
    }
    setTabOrder(previous, m_late);
    if (m_chart)
        setTabOrder(m_late, m_chart);
    m_steps->addStretch(1);
}

void DashboardPage::fillChartAndTimeline()
{
    CarnetFile* service = m_context.file();
    QHash<qint64, Session> sessions;
    for (const Session& session :
         service->sessions().sessions(m_context.currentPerson(), m_status.year))
        sessions.insert(session.id, session);

    QList<Cents> paid(12, 0);
    QList<Cents> reimbursed(12, 0);
    QList<SessionTimeline::Entry> entries;
    const QLocale locale;
    for (const SessionAssessment& a : m_status.sessions) {
        const Session session = sessions.value(a.sessionId);
        const int month = a.date.month() - 1;
        if (month >= 0 && month < 12) {
            paid[month] += session.paidCents;
            reimbursed[month] += a.receivedAmoCents + a.receivedAmcCents;
        }
        SessionTimeline::Entry entry;
        entry.date = a.date;
        entry.covered = a.covered;
        entry.evaluation = session.kind == SessionKind::Evaluation;
        const QString kind = session.kind == SessionKind::Evaluation ? tr("evaluation")
                             : session.kind == SessionKind::FollowUp ? tr("follow-up")
                                                                     : tr("private session");
        entry.detail =
            a.covered ? tr("%1, %2: covered (%3 of %4)")
                            .arg(locale.toString(a.date, QLocale::ShortFormat), kind)
                            .arg(a.coveredIndex)
                            .arg(m_status.coveredCap)
                      : tr("%1, %2: not covered. %3")
                            .arg(locale.toString(a.date, QLocale::ShortFormat), kind, a.reasonText);
        entries.append(entry);
    }
    if (m_chart) {
        m_chart->setMonths(paid, reimbursed);
    } else {
        // Made with its figures: Qt Charts lays a chart out again on each change once shown.
        m_chart = new MoneyChart(paid, reimbursed, m_timelineBox->parentWidget());
        m_contentLayout->insertWidget(m_contentLayout->indexOf(m_timelineBox), m_chart);
        setTabOrder(m_late, m_chart);
        if (m_chart->parentWidget()->isVisible())
            m_chart->show();
    }
    m_timeline->setYear(m_status.year, entries);
}

void DashboardPage::runStep(const NextStep& step)
{
    switch (step.kind) {
    case NextStep::Kind::RecordPayment:
        emit recordPaymentRequested(step.sheetId, step.payer);
        return;
    case NextStep::Kind::StartEvaluation:
        emit quickEntryRequested();
        return;
    case NextStep::Kind::CreateSheet:
    case NextStep::Kind::SendSheet:
    case NextStep::Kind::ChasePayment:
    case NextStep::Kind::SendingDeadline:
    case NextStep::Kind::CapReached:
    case NextStep::Kind::Information:
        return; // on the agenda, or nothing to do
    }
}

void DashboardPage::runItem(const AgendaItem& item)
{
    // A care sheet or a payment of another year is dealt with in its year (the claims page
    // and the payment dialog show the year chosen).
    if (!item.isAid() && item.year != m_context.currentYear())
        m_context.setCurrentYear(item.year);
    switch (item.kind) {
    case AgendaItem::Kind::SendSheet:
        sendSheet(item.sheetId);
        return;
    case AgendaItem::Kind::LatePayment:
        emit recordPaymentRequested(item.sheetId, item.payer.value_or(Payer::Cpam));
        return;
    case AgendaItem::Kind::CreateSheet:
    case AgendaItem::Kind::SendingDeadline:
        emit pageRequested(MainWindow::CareSheetsPage);
        return;
    case AgendaItem::Kind::AidDocumentsMissing:
    case AgendaItem::Kind::AidAnswerOverdue:
    case AgendaItem::Kind::AidGrantExpiring:
    case AgendaItem::Kind::AidGrantExpired:
        emit pageRequested(MainWindow::AidPage);
        return;
    }
}

void DashboardPage::sendSheet(qint64 sheetId)
{
    CarnetFile* service = m_context.file();
    if (!service)
        return;
    SendSheetDialog dialog(*service, sheetId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refusal is shown by push() (AppContext::reportError).
    ServiceCommand::push(
        m_context, std::make_unique<MarkSheetSentCommand>(*service, sheetId, dialog.sentDate()));
}

} // namespace carnet
