// "I just had a session": recorded by quick entry with the keyboard only, seen in the
// sessions table with its coverage and reason and on the dashboard, edited, deleted, and
// each change undone and redone.

#include "UiTestSupport.h"
#include "model/Money.h"
#include "persons/PersonDialog.h"
#include "read/ReadSide.h"
#include "rules/CarePathRules.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/QuickEntryDialog.h"
#include "sessions/SessionTableModel.h"
#include "sessions/SessionsPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/OptionalDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

class TestQuickEntry final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void prefillsForAFirstSession();
    void prefillsTheUsualPsychologistAndFollowUp();
    void prefillsTheDefaultPsychologistFromTheSettings();
    void recordsWithKeyboardOnlyAndUndoes();
    void ctrlNOnTheSessionsPageRecords();
    void editsAndUndoes();
    void deletesAndUndoes();
    void tableSortsAndFilters();
    void nothingAdvancedWithTiersPayant();
    void aThirteenthSessionIsPaidInFullEvenWithTiersPayant();
    void tabOrderFollowsTheForm();
    void aSessionOfLastYearIsThatYearsEvaluation();
    void buttonMnemonicsDoNotClashWithTheMenus();
    void anEmptyFileOffersToAddAPersonFirst();
    void tableTellsCoveredFromPaidBack();

private:
    QuickEntryDialog* openDialog() const;
    QString label(const char* name) const
    {
        auto* found = m_window->findChild<QLabel*>(QLatin1String(name));
        return found ? found->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    QUndoStack& undo() const { return *m_window->context().undoStack(); }
    QString cell(int row, int column) const
    {
        const QAbstractItemModel* model = m_table->model();
        return model->index(row, column).data().toString();
    }
    void activate()
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_table = nullptr;
    Household m_household;
};

void TestQuickEntry::init()
{
    MessageBox::clearAnswers();
    reportedErrors().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(m_window->context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("care.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
    m_window->context().setCurrentPerson(m_household.alice);
    m_table = m_window->findChild<QTableView*>(QStringLiteral("sessionsTable"));
    QVERIFY(m_table);
}

void TestQuickEntry::cleanup()
{
    QCOMPARE(reportedErrors(), QStringList());
    m_window.reset();
    m_dir.reset();
}

QuickEntryDialog* TestQuickEntry::openDialog() const
{
    for (auto* dialog : m_window->findChildren<QuickEntryDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestQuickEntry::prefillsForAFirstSession()
{
    QuickEntryDialog dialog(m_window->context());
    const Session draft = dialog.draft();
    QCOMPARE(draft.personId, m_household.alice);
    QCOMPARE(draft.date, testToday());
    QCOMPARE(draft.kind, SessionKind::Evaluation); // no evaluation yet this year
    QCOMPARE(draft.mode, SessionMode::Office);
    QCOMPARE(draft.feeCents, Cents(5000));  // the scheme's tariff
    QCOMPARE(draft.paidCents, Cents(5000)); // advanced: standard cover
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("feeEdit"))->text(),
             QStringLiteral("50.00"));
    const QString preview = dialog.findChild<QLabel*>(QStringLiteral("coveragePreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("session 1 of 12")), qPrintable(preview));
    // A screen reader gets the verdict too, not only the label's name.
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("coveragePreview"))->accessibleDescription(),
             preview);
    QVERIFY2(
        preview.contains(QStringLiteral("Expected back: %1 from the CPAM, %2 from the mutuelle")
                             .arg(formatCents(3000), formatCents(2000))),
        qPrintable(preview));
}

void TestQuickEntry::prefillsTheUsualPsychologistAndFollowUp()
{
    QVERIFY(
        file().sessions().addSession(session(m_household.alice, m_household.otherPsychologist,
                                             QDate(2025, 1, 20), SessionKind::Evaluation, 4000)));
    QuickEntryDialog dialog(m_window->context());
    const Session draft = dialog.draft();
    QCOMPARE(draft.practitionerId, m_household.otherPsychologist); // the latest session's
    QCOMPARE(draft.kind, SessionKind::FollowUp);
    QCOMPARE(draft.feeCents, Cents(5000));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("psychologistCombo"))->currentText(),
             QStringLiteral("Bruno Aubert"));
}

void TestQuickEntry::prefillsTheDefaultPsychologistFromTheSettings()
{
    // No session yet: the settings' psychologist, whichever comes first in the list.
    m_window->context().setDefaultPsychologist(m_household.otherPsychologist);
    {
        QuickEntryDialog dialog(m_window->context());
        QCOMPARE(dialog.draft().practitionerId, m_household.otherPsychologist);
    }
    m_window->context().setDefaultPsychologist(m_household.psychologist);
    {
        QuickEntryDialog dialog(m_window->context());
        QCOMPARE(dialog.draft().practitionerId, m_household.psychologist);
    }
    // The person's usual one wins over the settings.
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.otherPsychologist,
                                                 QDate(2025, 1, 20), SessionKind::Evaluation)));
    QuickEntryDialog dialog(m_window->context());
    QCOMPARE(dialog.draft().practitionerId, m_household.otherPsychologist);
}

void TestQuickEntry::recordsWithKeyboardOnlyAndUndoes()
{
    m_window->context().setDefaultPsychologist(m_household.psychologist);
    activate();
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("0 of 12"));

    // Ctrl+E, then Enter: two keystrokes.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(openDialog());
    QuickEntryDialog* dialog = openDialog();
    QCOMPARE(int(m_window->currentPage()), int(MainWindow::SessionsPage));
    QTRY_VERIFY(dialog->isActiveWindow());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("sessionDateEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!openDialog());

    const QList<Session> sessions = file().sessions().sessions(m_household.alice, 2025);
    QCOMPARE(sessions.size(), 1);
    const Session saved = sessions.constFirst();
    QCOMPARE(saved.date, testToday());
    QCOMPARE(saved.practitionerId, m_household.psychologist);
    QCOMPARE(saved.kind, SessionKind::Evaluation);
    QCOMPARE(saved.feeCents, Cents(5000));
    QCOMPARE(saved.paidCents, Cents(5000));

    // The table: one row, covered, no reason; selected.
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(cell(0, SessionTableModel::PsychologistColumn), QStringLiteral("Claire Dubois"));
    QCOMPARE(cell(0, SessionTableModel::KindColumn), QStringLiteral("Evaluation"));
    QCOMPARE(cell(0, SessionTableModel::CoveredColumn), QStringLiteral("Covered (1 of 12)"));
    QCOMPARE(cell(0, SessionTableModel::ReasonColumn), QString());
    QCOMPARE(cell(0, SessionTableModel::SheetColumn), QStringLiteral("None yet"));
    QCOMPARE(m_table->currentIndex().row(), 0);
    QVERIFY(label("sessionsSummary")
                .contains(QStringLiteral("1 covered sessions used of 12, 11 left")));

    // The dashboard's figures.
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("1 of 12"));
    QCOMPARE(label("coveredLeftLabel"), QStringLiteral("11 left"));
    QCOMPARE(label("evaluationLabel"), QStringLiteral("Evaluation session done."));
    QCOMPARE(label("paidLabel"), formatCents(5000));
    QCOMPARE(label("expectedAmoLabel"), formatCents(3000));
    QCOMPARE(label("expectedAmcLabel"), formatCents(2000));
    QCOMPARE(label("owedTotalLabel"), formatCents(5000));

    // Undo (Ctrl+Z), then redo.
    QCOMPARE(undo().count(), 1);
    activate(); // offscreen, no window manager gives the focus back
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(file().sessions().sessions(m_household.alice, 2025).isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 0);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("0 of 12"));
    QCOMPARE(label("paidLabel"), formatCents(0));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(file().sessions().sessions(m_household.alice, 2025), QList<Session>{saved});
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("1 of 12"));
}

void TestQuickEntry::ctrlNOnTheSessionsPageRecords()
{
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    m_table->setFocus();
    QTRY_VERIFY(m_table->hasFocus());
    // Ctrl+E records from anywhere, the sessions table included.
    QTest::keyClick(m_table, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(openDialog());
    openDialog()->reject();
    QTRY_VERIFY(!openDialog());
    QVERIFY(file().sessions().sessions(m_household.alice).isEmpty());

    // Ctrl+N is "New file" everywhere: no shortcut of a page shadows it.
    activate();
    m_table->setFocus();
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.carnet"));
    FileDialog::setNextFileName(fresh);
    QTest::keyClick(m_table, Qt::Key_N, Qt::ControlModifier);
    FileDialog::clearNextFileNames();
    QCOMPARE(m_window->currentFile(), fresh);
    QVERIFY(!openDialog());
}

void TestQuickEntry::editsAndUndoes()
{
    const qint64 id = file()
                          .sessions()
                          .addSession(session(m_household.alice, m_household.psychologist,
                                              QDate(2025, 2, 3), SessionKind::Evaluation))
                          .value();
    const Session before = *file().sessions().session(id);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    m_table->setFocus();
    m_table->selectRow(0);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("1 of 12"));

    // Enter on the row opens it for editing, with its values.
    QTest::keyClick(m_table, Qt::Key_Return);
    QTRY_VERIFY(openDialog());
    QuickEntryDialog* dialog = openDialog();
    QTRY_VERIFY(dialog->isActiveWindow());
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit a session"));
    QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->date(),
             QDate(2025, 2, 3));
    auto* fee = dialog->findChild<QLineEdit*>(QStringLiteral("feeEdit"));
    QCOMPARE(fee->text(), QStringLiteral("50.00"));

    // 40 € is not the tariff: the session is no longer covered, and the table says why.
    // What was paid stays as stored until typed: more than the fee, it cannot be saved.
    fee->setFocus();
    QTest::keyClick(fee, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(fee, QStringLiteral("40"));
    auto* preview = dialog->findChild<QLabel*>(QStringLiteral("coveragePreview"));
    QVERIFY2(preview->text().startsWith(QStringLiteral("Cannot be saved")),
             qPrintable(preview->text()));
    QTest::keyClick(fee, Qt::Key_Tab);
    auto* paid = dialog->findChild<QLineEdit*>(QStringLiteral("paidEdit"));
    QVERIFY(paid->hasFocus());
    QTest::keyClick(paid, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(paid, QStringLiteral("40"));
    const QString reason = CarePathRules::reasonText(NotCoveredReason::FeeDiffersFromTariff);
    QVERIFY2(preview->text().contains(QStringLiteral("Will not be covered: ") + reason),
             qPrintable(preview->text()));
    QTest::keyClick(paid, Qt::Key_Return);
    QTRY_VERIFY(!openDialog());

    QCOMPARE(file().sessions().session(id)->feeCents, Cents(4000));
    QCOMPARE(file().sessions().session(id)->paidCents, Cents(4000));
    QCOMPARE(cell(0, SessionTableModel::FeeColumn), formatCents(4000));
    QCOMPARE(cell(0, SessionTableModel::CoveredColumn), QStringLiteral("Not covered"));
    QCOMPARE(cell(0, SessionTableModel::ReasonColumn), reason);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("0 of 12"));

    undo().undo();
    QCOMPARE(*file().sessions().session(id), before);
    QCOMPARE(cell(0, SessionTableModel::CoveredColumn), QStringLiteral("Covered (1 of 12)"));
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("1 of 12"));
    undo().redo();
    QCOMPARE(file().sessions().session(id)->feeCents, Cents(4000));
}

void TestQuickEntry::deletesAndUndoes()
{
    const qint64 first = file()
                             .sessions()
                             .addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation))
                             .value();
    const qint64 second = file()
                              .sessions()
                              .addSession(session(m_household.alice, m_household.psychologist,
                                                  QDate(2025, 2, 17), SessionKind::FollowUp))
                              .value();
    const Session removed = *file().sessions().session(second);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_table->model()->rowCount(), 2);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("2 of 12"));
    m_table->setFocus();
    m_table->selectRow(1);
    QCOMPARE(m_table->currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(), second);

    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(!file().sessions().session(second));
    QVERIFY(file().sessions().session(first));
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("1 of 12"));

    undo().undo();
    QCOMPARE(*file().sessions().session(second), removed); // back with its id and values
    QCOMPARE(m_table->model()->rowCount(), 2);
    QCOMPARE(label("coveredUsedLabel"), QStringLiteral("2 of 12"));
    undo().redo();
    QVERIFY(!file().sessions().session(second));
}

void TestQuickEntry::tableSortsAndFilters()
{
    for (const auto& [date, kind, fee] :
         {std::tuple{QDate(2025, 2, 3), SessionKind::Evaluation, Cents(5000)},
          std::tuple{QDate(2025, 2, 10), SessionKind::FollowUp, Cents(4000)},
          std::tuple{QDate(2025, 1, 27), SessionKind::Private, Cents(6000)}}) {
        QVERIFY(file().sessions().addSession(
            session(m_household.alice, m_household.psychologist, date, kind, fee)));
    }
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->rowCount(), 3);
    // Sorted by date.
    QCOMPARE(model->index(0, SessionTableModel::KindColumn).data().toString(),
             QStringLiteral("Outside the scheme"));
    QCOMPARE(model->index(0, SessionTableModel::CoveredColumn).data().toString(),
             QStringLiteral("Not covered"));
    QCOMPARE(model->index(0, SessionTableModel::ReasonColumn).data().toString(),
             CarePathRules::reasonText(NotCoveredReason::PrivateSession));
    QCOMPARE(model->index(2, SessionTableModel::ReasonColumn).data().toString(),
             CarePathRules::reasonText(NotCoveredReason::FeeDiffersFromTariff));

    // By fee, highest first.
    m_table->sortByColumn(SessionTableModel::FeeColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, SessionTableModel::FeeColumn).data().toString(), formatCents(6000));
    QCOMPARE(model->index(2, SessionTableModel::FeeColumn).data().toString(), formatCents(4000));

    // "Covered" only, then a text filter.
    auto* coverage = m_window->findChild<QComboBox*>(QStringLiteral("coverageFilterCombo"));
    coverage->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, SessionTableModel::KindColumn).data().toString(),
             QStringLiteral("Evaluation"));
    coverage->setCurrentIndex(2);
    QCOMPARE(model->rowCount(), 2);
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("sessionFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("outside"));
    QCOMPARE(model->rowCount(), 1);
    coverage->setCurrentIndex(0);
    filter->clear();
    QCOMPARE(model->rowCount(), 3);
}

void TestQuickEntry::nothingAdvancedWithTiersPayant()
{
    Person alice = *file().people().person(m_household.alice);
    alice.coverage = {{CoverageKind::C2S, QDate(2025, 1, 1), QDate()}};
    QVERIFY(file().people().updatePerson(alice));
    QuickEntryDialog dialog(m_window->context());
    QCOMPARE(dialog.draft().feeCents, Cents(5000));
    QCOMPARE(dialog.draft().paidCents, Cents(0));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("coveragePreview"))
                ->text()
                .contains(QStringLiteral("Nothing to advance")));
}

void TestQuickEntry::aThirteenthSessionIsPaidInFullEvenWithTiersPayant()
{
    // DOMAIN.md "Session paid by default": with C2S a covered session is paid nothing, but the
    // 13th of the year is not covered, so not under tiers payant: it is paid in full.
    Person alice = *file().people().person(m_household.alice);
    alice.coverage = {{CoverageKind::C2S, QDate(2025, 1, 1), QDate()}};
    QVERIFY(file().people().updatePerson(alice));
    QDate date(2025, 1, 6);
    for (int n = 1; n <= 12; ++n, date = date.addDays(5)) {
        Session covered = session(m_household.alice, m_household.psychologist, date,
                                  n == 1 ? SessionKind::Evaluation : SessionKind::FollowUp);
        covered.paidCents = 0;
        QVERIFY(file().sessions().addSession(covered));
    }
    QuickEntryDialog dialog(m_window->context());
    QCOMPARE(dialog.draft().kind, SessionKind::FollowUp);
    QCOMPARE(dialog.draft().feeCents, Cents(5000));
    QCOMPARE(dialog.draft().paidCents, Cents(5000));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("paidEdit"))->text(),
             QStringLiteral("50.00"));
    const QString preview = dialog.findChild<QLabel*>(QStringLiteral("coveragePreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("Will not be covered: ") +
                              CarePathRules::reasonText(NotCoveredReason::OverYearlyCap)),
             qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("Nothing to advance")), qPrintable(preview));

    // Moved back into the year's covered sessions (before the others), it is paid nothing.
    dialog.findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(QDate(2025, 1, 2));
    QCOMPARE(dialog.draft().paidCents, Cents(0));
    dialog.findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(testToday());
    dialog.findChild<QPushButton*>(QStringLiteral("saveSessionButton"))->click();
    const QList<Session> stored = file().sessions().sessions(m_household.alice, 2025);
    QCOMPARE(stored.size(), 13);
    QCOMPARE(stored.constLast().date, testToday());
    QCOMPARE(stored.constLast().paidCents, Cents(5000));
}

void TestQuickEntry::tabOrderFollowsTheForm()
{
    QuickEntryDialog dialog(m_window->context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList chain;
    QWidget* w = dialog.findChild<QWidget*>(QStringLiteral("sessionDateEdit"));
    for (int i = 0; w && i < 40; ++i, w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")) &&
            !chain.contains(w->objectName()))
            chain << w->objectName();
    }
    QCOMPARE(chain.mid(0, 8),
             (QStringList{QStringLiteral("sessionDateEdit"), QStringLiteral("psychologistCombo"),
                          QStringLiteral("kindCombo"), QStringLiteral("modeCombo"),
                          QStringLiteral("feeEdit"), QStringLiteral("paidEdit"),
                          QStringLiteral("notesEdit"), QStringLiteral("saveSessionButton")}));
}

void TestQuickEntry::aSessionOfLastYearIsThatYearsEvaluation()
{
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 1, 20), SessionKind::Evaluation)));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(openDialog());
    QuickEntryDialog* dialog = openDialog();
    QCOMPARE(dialog->draft().kind, SessionKind::FollowUp);
    // Recorded late: a session of last December, the first of 2024.
    dialog->findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(QDate(2024, 12, 16));
    QCOMPARE(dialog->draft().kind, SessionKind::Evaluation);
    dialog->findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(QDate(2025, 3, 3));
    QCOMPARE(dialog->draft().kind, SessionKind::FollowUp);
    dialog->findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(QDate(2024, 12, 16));
    dialog->findChild<QPushButton*>(QStringLiteral("saveSessionButton"))->click();
    QTRY_VERIFY(!openDialog());

    // Saved as 2024's evaluation, and the page moved to 2024 to show it, selected.
    const QList<Session> last = file().sessions().sessions(m_household.alice, 2024);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.constFirst().kind, SessionKind::Evaluation);
    QCOMPARE(m_window->context().currentYear(), 2024);
    QCOMPARE(m_table->model()->rowCount(), 1);
    QCOMPARE(m_table->currentIndex().data(SessionTableModel::SessionIdRole).toLongLong(),
             last.constFirst().id);

    // A kind chosen by hand stays when the date changes.
    QuickEntryDialog chosen(m_window->context());
    auto* kind = chosen.findChild<QComboBox*>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(SessionKind::Private)));
    chosen.findChild<QDateEdit*>(QStringLiteral("sessionDateEdit"))->setDate(QDate(2024, 11, 4));
    QCOMPARE(chosen.draft().kind, SessionKind::Private);
}

void TestQuickEntry::buttonMnemonicsDoNotClashWithTheMenus()
{
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    m_table->setFocus();
    m_table->selectRow(0);
    // The edit button's mnemonic opens the session (not ambiguous with the Edit menu's Alt+E).
    auto* edit = m_window->findChild<QPushButton*>(QStringLiteral("editSessionButton"));
    const QKeySequence mnemonic = QKeySequence::mnemonic(edit->text());
    QVERIFY(!mnemonic.isEmpty());
    QTest::keySequence(m_window.get(), mnemonic);
    QTRY_VERIFY(openDialog());
    QVERIFY(openDialog()->isEditing());
    openDialog()->reject();
    QTRY_VERIFY(!openDialog());
}

CARNET_UI_TEST_MAIN(TestQuickEntry)
void TestQuickEntry::anEmptyFileOffersToAddAPersonFirst()
{
    activate();
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("empty.carnet")));
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(file().people().persons().isEmpty());
    QCOMPARE(m_window->context().currentPerson(), qint64(0));
    auto* quickEntry = m_window->findChild<QAction*>(QStringLiteral("actionQuickEntry"));
    QVERIFY(quickEntry->isEnabled());

    // "Not now": a clear message, no unusable dialog, nothing added.
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    quickEntry->trigger();
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY2(MessageBox::texts().first().startsWith(QStringLiteral("Nobody is in this file yet")),
             qPrintable(MessageBox::texts().first()));
    QVERIFY(!openDialog());
    QVERIFY(file().people().persons().isEmpty());

    // "Add a person…": the person's dialog, then the session's, for them.
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    bool added = false;
    onModal<PersonDialog>(
        [](PersonDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("personName")),
                             QStringLiteral("Camille Durand"));
            dialog->findChild<OptionalDateEdit*>(QStringLiteral("personBirthDate"))
                ->setDate(QDate(1991, 5, 14));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        },
        &added);
    // The sessions page's own button offers the same.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* newSession = m_window->findChild<QPushButton*>(QStringLiteral("newSessionButton"));
    QVERIFY(newSession->isEnabled());
    QTest::mouseClick(newSession, Qt::LeftButton);
    QTRY_VERIFY(added);
    QCOMPARE(MessageBox::texts().size(), 1);
    const QList<Person> persons = file().people().persons();
    QCOMPARE(persons.size(), 1);
    QCOMPARE(persons.first().name, QStringLiteral("Camille Durand"));
    QCOMPARE(m_window->context().currentPerson(), persons.first().id);
    QuickEntryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog()));
    QCOMPARE(dialog->draft().personId, persons.first().id);
    dialog->reject();
}

void TestQuickEntry::tableTellsCoveredFromPaidBack()
{
    // Alice (standard cover, a mutuelle): an evaluation and a follow-up at 50 €, one private.
    const qint64 first = file()
                             .sessions()
                             .addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 1, 13), SessionKind::Evaluation))
                             .value();
    const qint64 second = file()
                              .sessions()
                              .addSession(session(m_household.alice, m_household.psychologist,
                                                  QDate(2025, 1, 27), SessionKind::FollowUp))
                              .value();
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Private, 7000)));
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QAbstractItemModel* model = m_table->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->headerData(SessionTableModel::CoveredColumn, Qt::Horizontal).toString(),
             QStringLiteral("Covered by the scheme"));
    QCOMPARE(model->headerData(SessionTableModel::PaidBackColumn, Qt::Horizontal).toString(),
             QStringLiteral("Paid back"));

    // Covered, but no money yet: not "paid back".
    QCOMPARE(cell(0, SessionTableModel::CoveredColumn), QStringLiteral("Covered (1 of 12)"));
    QCOMPARE(cell(0, SessionTableModel::PaidBackColumn), QStringLiteral("Not yet"));
    QCOMPARE(cell(1, SessionTableModel::PaidBackColumn), QStringLiteral("Not yet"));
    QCOMPARE(cell(2, SessionTableModel::CoveredColumn), QStringLiteral("Not covered"));
    QCOMPARE(cell(2, SessionTableModel::PaidBackColumn), QString());

    // The CPAM's 60 % of both, then the mutuelle's 40 % of the first.
    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.issued = QDate(2025, 1, 27);
    sheet.sent = QDate(2025, 1, 28);
    sheet.sessionIds = {first, second};
    QVERIFY(file().careSheets().addCareSheet(sheet));
    Payment cpam;
    cpam.payer = Payer::Cpam;
    cpam.date = QDate(2025, 2, 20);
    cpam.amountCents = 6000;
    cpam.shares = {{first, 3000}, {second, 3000}};
    QVERIFY(file().careSheets().addPayment(cpam));
    QTRY_COMPARE(cell(0, SessionTableModel::PaidBackColumn),
                 QStringLiteral("Partly: %1 of %2").arg(formatCents(3000), formatCents(5000)));
    Payment mutuelle;
    mutuelle.payer = Payer::Mutuelle;
    mutuelle.date = QDate(2025, 3, 3);
    mutuelle.amountCents = 2000;
    mutuelle.shares = {{first, 2000}};
    QVERIFY(file().careSheets().addPayment(mutuelle));
    QTRY_COMPARE(cell(0, SessionTableModel::PaidBackColumn),
                 QStringLiteral("Paid back: %1").arg(formatCents(5000)));
    QCOMPARE(cell(1, SessionTableModel::PaidBackColumn),
             QStringLiteral("Partly: %1 of %2").arg(formatCents(3000), formatCents(5000)));
    QCOMPARE(model->index(1, SessionTableModel::PaidBackColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("CPAM: %1 received of %2\nMutuelle: %3 received of %4")
                 .arg(formatCents(3000), formatCents(3000), formatCents(0), formatCents(2000)));
    QCOMPARE(cell(0, SessionTableModel::CoveredColumn), QStringLiteral("Covered (1 of 12)"));

    // The words follow the core's verdict, session by session.
    const auto status = file().read().yearStatus(m_household.alice, 2025);
    QVERIFY(status);
    QCOMPARE(status->sessions.at(0).repayment(), SessionAssessment::Repayment::PaidBack);
    QCOMPARE(status->sessions.at(1).repayment(), SessionAssessment::Repayment::Partly);
    QCOMPARE(status->sessions.at(2).repayment(), SessionAssessment::Repayment::NotCovered);
}

#include "TestQuickEntry.moc"
