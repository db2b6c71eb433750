// The household: a person added with a cover situation and a mutuelle, a child under 3 told
// why the scheme refuses them, a person edited and removed, each undone; and the settings.

#include "UiTestSupport.h"
#include "persons/EligibilityNote.h"
#include "persons/PersonDialog.h"
#include "persons/PersonsDialog.h"
#include "rules/CarePathRules.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "sessions/QuickEntryDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/OptionalDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

namespace {

// Presses OK; a dialog that stays open (refused) is cancelled so that the test goes on, and
// the refusal it reported is returned (taken out of reportedErrors()).
QString pressOk(QDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (!dialog->isVisible())
        return {};
    const QString error =
        reportedErrors().isEmpty() ? QStringLiteral("(still open)") : reportedErrors().takeLast();
    dialog->reject();
    return error;
}

} // namespace

class TestPersons final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addsAPersonWithCoverAndMutuelle();
    void refusesAChildUnderThreeWithTheReason();
    void refusalKeepsTheDialogOpen();
    void editsAPersonAndUndoes();
    void removesFromThePersonsDialogAndUndoes();
    void settingsAreStoredAndShownAgain();
    void personDialogTabOrder();

private:
    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QLatin1String(name));
    }
    QLabel* label(const char* name) const
    {
        return m_window->findChild<QLabel*>(QLatin1String(name));
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    QUndoStack& undo() const { return *m_window->context().undoStack(); }
    QComboBox* switcher() const
    {
        return m_window->findChild<QComboBox*>(QStringLiteral("personSwitcher"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
};

void TestPersons::init()
{
    MessageBox::clearAnswers();
    reportedErrors().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(m_window->context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("persons.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPersons::cleanup()
{
    QCOMPARE(reportedErrors(), QStringList());
    m_window.reset();
    m_dir.reset();
}

void TestPersons::addsAPersonWithCoverAndMutuelle()
{
    QString error;
    bool done = false;
    onModal<PersonDialog>(
        [&error](PersonDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("personName")),
                     QStringLiteral("Inès Morel"));
            dialog->findChild<OptionalDateEdit*>(QStringLiteral("personBirthDate"))
                ->setDate(QDate(1992, 4, 5));
            auto* relation = dialog->findChild<QComboBox*>(QStringLiteral("personRelation"));
            relation->setCurrentIndex(relation->findData(int(Relation::Other)));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("personMutuelle")),
                             QStringLiteral("Harmonie"));
            // One cover situation: C2S from today (the default of a new row) to the year's end.
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("coverageAdd")),
                              Qt::LeftButton);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("coverageTable"));
            qobject_cast<OptionalDateEdit*>(table->cellWidget(0, 2))->setDate(QDate(2025, 12, 31));
            error = pressOk(dialog);
        },
        &done);
    // Ctrl+Shift+A
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(error, QString());

    const QList<Person> persons = file().people().persons();
    QCOMPARE(persons.size(), 3);
    Person ines;
    for (const Person& p : persons) {
        if (p.name == QStringLiteral("Inès Morel"))
            ines = p;
    }
    QVERIFY(ines.id != 0);
    QCOMPARE(ines.birthDate, QDate(1992, 4, 5));
    QCOMPARE(ines.relation, Relation::Other);
    QCOMPARE(ines.mutuelle, QStringLiteral("Harmonie"));
    QCOMPARE(ines.coverage,
             (QList<CoveragePeriod>{{CoverageKind::C2S, testToday(), QDate(2025, 12, 31)}}));

    // She is the current person now, everywhere.
    QCOMPARE(m_window->context().currentPerson(), ines.id);
    QCOMPARE(switcher()->currentText(), QStringLiteral("Inès Morel"));
    QCOMPARE(label("dashboardTitle")->text(), QStringLiteral("Inès Morel in 2025"));
    QVERIFY(label("noMutuelleLabel")->isHidden());
    // Her C2S means nothing to advance.
    QCOMPARE(QuickEntryDialog(m_window->context()).draft().paidCents, Cents(0));

    // Undo: gone, and the switcher falls back to the first person; redo: back, same id.
    undo().undo();
    QCOMPARE(file().people().persons().size(), 2);
    QCOMPARE(switcher()->count(), 2);
    QCOMPARE(m_window->context().currentPerson(), m_household.alice);
    undo().redo();
    QCOMPARE(file().people().person(ines.id), std::optional<Person>(ines));
    QCOMPARE(switcher()->count(), 3);
}

void TestPersons::refusesAChildUnderThreeWithTheReason()
{
    const QString reason = CarePathRules::reasonText(NotCoveredReason::UnderAge);
    QString note;
    bool noteVisible = false;
    QString error;
    bool done = false;
    onModal<PersonDialog>(
        [&](PersonDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("personName")),
                             QStringLiteral("Lou Martin"));
            dialog->findChild<OptionalDateEdit*>(QStringLiteral("personBirthDate"))
                ->setDate(QDate(2023, 6, 1));
            auto* label = dialog->findChild<QLabel*>(QStringLiteral("eligibilityNote"));
            note = label->text();
            noteVisible = label->isVisible();
            error = pressOk(dialog);
        },
        &done);
    action("actionAddPerson")->trigger();
    QTRY_VERIFY(done);
    QCOMPARE(error, QString());

    // The dialog said it before saving, with the day sessions can start to be covered.
    QVERIFY(noteVisible);
    // About the child, not a session: no "session's date".
    QVERIFY2(note.startsWith(QStringLiteral("Too young for Mon soutien psy")), qPrintable(note));
    QVERIFY2(!note.contains(QStringLiteral("session's date")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("1 June 2026")), qPrintable(note));

    // Stored (the file follows the child anyway), then told again, and on the dashboard.
    const qint64 lou = m_window->context().currentPerson();
    QCOMPARE(file().people().person(lou)->name, QStringLiteral("Lou Martin"));
    QCOMPARE(MessageBox::texts(), QStringList{note});
    QLabel* eligibility = label("dashboardEligibility");
    QVERIFY(eligibility->isVisible());
    QCOMPARE(eligibility->text(), note);

    // A session for Lou: not covered, and why.
    QuickEntryDialog quick(m_window->context());
    const QString preview = quick.findChild<QLabel*>(QStringLiteral("coveragePreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("Will not be covered: ") + reason),
             qPrintable(preview));
}

void TestPersons::refusalKeepsTheDialogOpen()
{
    QString error;
    bool stillOpen = false;
    bool nameFocused = false;
    bool done = false;
    onModal<PersonDialog>(
        [&](PersonDialog* dialog) {
            // No name.
            dialog->findChild<OptionalDateEdit*>(QStringLiteral("personBirthDate"))
                ->setDate(QDate(1990, 1, 1));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            stillOpen = dialog->isVisible();
            error = reportedErrors().isEmpty() ? QString() : reportedErrors().takeLast();
            nameFocused = QApplication::focusWidget() ==
                          dialog->findChild<QLineEdit*>(QStringLiteral("personName"));
            dialog->reject();
        },
        &done);
    action("actionAddPerson")->trigger();
    QTRY_VERIFY(done);
    QVERIFY(stillOpen);
    QVERIFY(!error.isEmpty());
    QVERIFY(nameFocused);
    QCOMPARE(file().people().persons().size(), 2);
    QCOMPARE(undo().count(), 0);
}

void TestPersons::editsAPersonAndUndoes()
{
    m_window->context().setCurrentPerson(m_household.alice);
    const Person before = *file().people().person(m_household.alice);
    QVERIFY(label("noMutuelleLabel")->isHidden());
    QString shownName;
    QString shownMutuelle;
    QString error;
    bool done = false;
    onModal<PersonDialog>(
        [&](PersonDialog* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("personName"));
            auto* mutuelle = dialog->findChild<QLineEdit*>(QStringLiteral("personMutuelle"));
            shownName = name->text();
            shownMutuelle = mutuelle->text();
            name->setFocus();
            QTest::keyClick(name, Qt::Key_End);
            QTest::keyClicks(name, QStringLiteral("-Roux"));
            mutuelle->clear();
            error = pressOk(dialog);
        },
        &done);
    // Ctrl+Shift+D
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(error, QString());
    QCOMPARE(shownName, QStringLiteral("Alice Martin"));
    QCOMPARE(shownMutuelle, QStringLiteral("MGEN"));

    const Person after = *file().people().person(m_household.alice);
    QCOMPARE(after.name, QStringLiteral("Alice Martin-Roux"));
    QVERIFY(after.mutuelle.isEmpty());
    QCOMPARE(after.birthDate, before.birthDate);
    QCOMPARE(switcher()->currentText(), QStringLiteral("Alice Martin-Roux"));
    QVERIFY(!label("noMutuelleLabel")->isHidden());

    undo().undo();
    QCOMPARE(*file().people().person(m_household.alice), before);
    QCOMPARE(switcher()->currentText(), QStringLiteral("Alice Martin"));
    QVERIFY(label("noMutuelleLabel")->isHidden());
    undo().redo();
    QCOMPARE(*file().people().person(m_household.alice), after);
}

void TestPersons::removesFromThePersonsDialogAndUndoes()
{
    const Person leo = *file().people().person(m_household.leo);
    int rows = 0;
    bool done = false;
    onModal<PersonsDialog>(
        [&](PersonsDialog* dialog) {
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("personsTable"));
            rows = table->rowCount();
            table->selectRow(1);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removePersonButton")),
                              Qt::LeftButton);
            rows = rows * 10 + table->rowCount();
            dialog->reject();
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(rows, 21); // two rows, then one
    QVERIFY(!file().people().person(m_household.leo));
    QCOMPARE(switcher()->count(), 1);

    undo().undo();
    QCOMPARE(*file().people().person(m_household.leo), leo);
    QCOMPARE(switcher()->count(), 2);

    // Someone with sessions cannot be removed: the dialog says why, nothing changes.
    QVERIFY(file().sessions().addSession(session(m_household.leo, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!PersonsDialog::removePerson(m_window->context(), m_household.leo, m_window.get()));
    QVERIFY(file().people().person(m_household.leo));
    QCOMPARE(MessageBox::texts().size(), 2); // the question, then the refusal
    QCOMPARE(reportedErrors().size(), 1);
    QVERIFY2(reportedErrors().constFirst().startsWith(
                 QStringLiteral("remove the person “Léo Martin”: ")),
             qPrintable(reportedErrors().constFirst()));
    reportedErrors().clear();
}

void TestPersons::settingsAreStoredAndShownAgain()
{
    const StatusSettings before = file().settings().statusSettings();
    bool done = false;
    onModal<SettingsDialog>(
        [&](SettingsDialog* dialog) {
            auto* paper = dialog->findChild<QSpinBox*>(QStringLiteral("paperLateDays"));
            paper->setFocus();
            paper->selectAll();
            QTest::keyClicks(paper, QStringLiteral("45"));
            auto* psy = dialog->findChild<QComboBox*>(QStringLiteral("defaultPsychologist"));
            psy->setCurrentIndex(psy->findData(m_household.otherPsychologist));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(done);

    QCOMPARE(file().settings().statusSettings().paperLateDays, 45);
    QCOMPARE(file().settings().statusSettings().electronicLateDays, before.electronicLateDays);
    QCOMPARE(m_window->context().defaultPsychologist(), m_household.otherPsychologist);
    QCOMPARE(QuickEntryDialog(m_window->context()).draft().practitionerId,
             m_household.otherPsychologist);

    SettingsDialog again(m_window->context());
    QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("paperLateDays"))->value(), 45);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("defaultPsychologist"))
                 ->currentData()
                 .toLongLong(),
             m_household.otherPsychologist);
}

void TestPersons::personDialogTabOrder()
{
    Person person = *file().people().person(m_household.alice);
    person.coverage = {{CoverageKind::C2S, QDate(2025, 1, 1), QDate()}};
    PersonDialog dialog(person, testToday(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A row added now comes after the first one, before the buttons under the table.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("coverageAdd")),
                      Qt::LeftButton);
    const QStringList chain = tabChain(dialog.findChild<QWidget*>(QStringLiteral("personName")));
    QCOMPARE(chain.mid(0, 13),
             (QStringList{QStringLiteral("personName"), QStringLiteral("personBirthDate"),
                          QStringLiteral("personRelation"), QStringLiteral("personNir"),
                          QStringLiteral("personMutuelle"), QStringLiteral("coverageTable"),
                          QStringLiteral("coverageKind0"), QStringLiteral("coverageFrom0"),
                          QStringLiteral("coverageUntil0"), QStringLiteral("coverageKind1"),
                          QStringLiteral("coverageFrom1"), QStringLiteral("coverageUntil1"),
                          QStringLiteral("coverageAdd")}));
    QCOMPARE(chain.mid(13, 2),
             (QStringList{QStringLiteral("coverageRemove"), QStringLiteral("personNotes")}));
}

CARNET_UI_TEST_MAIN(TestPersons)
#include "TestPersons.moc"
