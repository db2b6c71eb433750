// Finding a person in a volunteer's caseload: the switcher is a search (F6, any part of any
// name, accents ignored, Return takes the first match), the persons with something due come
// first with their count, namesakes show their birth year; the persons dialog searches the
// same way; a person archived leaves the switcher, "Show archived" shows them again, they
// come back when unarchived, and every step is undone.

#include "UiTestSupport.h"
#include "persons/PersonsDialog.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/PersonSwitcher.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;
using namespace Qt::StringLiterals;

class TestFindPerson final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theSwitcherFindsAnyPartOfAName();
    void theDueComeFirstWithTheirCount();
    void thePersonsDialogSearches();
    void archiveHidesAndUnarchiveBringsBack();

private:
    CarnetFile& file() const { return *m_window->context().file(); }
    AppContext& context() const { return m_window->context(); }
    PersonSwitcher* switcher() const
    {
        return m_window->findChild<PersonSwitcher*>(u"personSwitcher"_s);
    }
    qint64 addPerson(const QString& name, QDate birth)
    {
        Person p;
        p.name = name;
        p.birthDate = birth;
        p.relation = Relation::Other;
        return file().people().addPerson(p).value();
    }
    QStringList switcherTexts() const
    {
        QStringList texts;
        for (int i = 0; i < switcher()->count(); ++i)
            texts << switcher()->itemText(i);
        return texts;
    }
    // F6, then `text` typed into the switcher.
    void search(const QString& text)
    {
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QTRY_VERIFY(switcher()->hasFocus());
        QCOMPARE(switcher()->lineEdit()->selectedText(), switcher()->currentText());
        typeText(switcher(), text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
    qint64 m_claire = 0;
    qint64 m_david = 0;
    qint64 m_helene = 0;
    qint64 m_bruno1984 = 0;
    qint64 m_bruno2001 = 0;
};

void TestFindPerson::init()
{
    MessageBox::clearAnswers();
    reportedErrors().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(u"caseload.carnet"_s)));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_david = addPerson(u"David Bernard"_s, QDate(1990, 2, 1));
    m_claire = addPerson(u"Claire Dubois"_s, QDate(1975, 7, 8));
    m_bruno1984 = addPerson(u"Bruno Robert"_s, QDate(1984, 5, 6));
    m_helene = addPerson(u"Hélène Lefèvre"_s, QDate(1968, 3, 4));
    m_bruno2001 = addPerson(u"Bruno Robert"_s, QDate(2001, 1, 9));
    context().setCurrentYear(testToday().year());
    context().setCurrentPerson(m_household.alice);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFindPerson::cleanup()
{
    QCOMPARE(reportedErrors(), QStringList());
    m_window.reset();
    m_dir.reset();
}

void TestFindPerson::theSwitcherFindsAnyPartOfAName()
{
    // Namesakes show their birth year; by name otherwise (nothing is due yet).
    QCOMPARE(switcherTexts(),
             (QStringList{u"Alice Martin"_s, u"Bruno Robert (1984)"_s, u"Bruno Robert (2001)"_s,
                          u"Claire Dubois"_s, u"David Bernard"_s, u"Hélène Lefèvre"_s,
                          u"Léo Martin"_s}));
    QVERIFY(switcher()->isEditable());

    // "dubois": the last name finds Claire Dubois (the first letters found David Bernard).
    search(u"dubois"_s);
    QAbstractItemView* popup = switcher()->search()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), u"Claire Dubois"_s);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(context().currentPerson(), m_claire);
    QCOMPARE(switcher()->currentText(), u"Claire Dubois"_s);
    QVERIFY(!popup->isVisible());

    // "helene", no accent: Hélène; Return takes her.
    search(u"helene"_s);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(context().currentPerson(), m_helene);
    QCOMPARE(switcher()->currentText(), u"Hélène Lefèvre"_s);

    // "bru rob": both Bruno Robert, told apart; the arrow picks the second.
    search(u"bru rob"_s);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 2);
    QCOMPARE(popup->model()->index(1, 0).data().toString(), u"Bruno Robert (2001)"_s);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(context().currentPerson(), m_bruno2001);

    // Nobody matches: Return keeps the person, Escape gives the name back.
    search(u"zzz"_s);
    QTRY_VERIFY(!popup->isVisible());
    QTest::keyClick(switcher(), Qt::Key_Return);
    QCOMPARE(context().currentPerson(), m_bruno2001);
    QTest::keyClick(switcher(), Qt::Key_Escape);
    QCOMPARE(switcher()->lineEdit()->text(), u"Bruno Robert (2001)"_s);

    // The arrows still step through the list.
    QTest::keyClick(switcher(), Qt::Key_Up);
    QCOMPARE(context().currentPerson(), m_bruno1984);
}

void TestFindPerson::theDueComeFirstWithTheirCount()
{
    // A session with no care sheet yet: David has something to do.
    QVERIFY(file().sessions().addSession(
        session(m_david, m_household.psychologist, QDate(2025, 2, 3), SessionKind::Evaluation)));
    QCOMPARE(switcher()->itemText(0), u"David Bernard"_s);
    QCOMPARE(switcher()->itemData(0, Qt::ToolTipRole).toString(), u"1 thing(s) to do"_s);
    QCOMPARE(switcher()->itemText(1), u"Alice Martin"_s);
    QVERIFY(switcher()->itemData(1, Qt::ToolTipRole).toString().isEmpty());
    // The current person stays the current one.
    QCOMPARE(switcher()->currentText(), u"Alice Martin"_s);
    QCOMPARE(context().currentPerson(), m_household.alice);
}

void TestFindPerson::thePersonsDialogSearches()
{
    QStringList shown;
    bool searchHadFocus = false;
    qint64 selected = 0;
    bool done = false;
    onModal<PersonsDialog>(
        [&](PersonsDialog* dialog) {
            auto* searchField = dialog->findChild<QLineEdit*>(u"personSearch"_s);
            auto* table = dialog->findChild<QTableWidget*>(u"personsTable"_s);
            searchHadFocus = searchField->hasFocus();
            typeText(searchField, u"bru rob"_s);
            for (int row = 0; row < table->rowCount(); ++row) {
                if (!table->isRowHidden(row))
                    shown << table->item(row, 0)->text();
            }
            // Ctrl+F goes back to the search, which selects what is there.
            table->setFocus();
            QTest::keyClick(dialog, Qt::Key_F, Qt::ControlModifier);
            QVERIFY(searchField->hasFocus());
            QCOMPARE(searchField->selectedText(), u"bru rob"_s);
            typeText(searchField, u"HELENE"_s);
            const auto rows = table->selectionModel()->selectedRows();
            selected =
                rows.isEmpty()
                    ? 0
                    : table->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toLongLong();
            dialog->reject();
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QVERIFY(searchHadFocus);
    QCOMPARE(shown, (QStringList{u"Bruno Robert (1984)"_s, u"Bruno Robert (2001)"_s}));
    QCOMPARE(selected, m_helene); // the first (and only) match is selected
}

void TestFindPerson::archiveHidesAndUnarchiveBringsBack()
{
    QUndoStack& undo = *context().undoStack();
    QStringList listedWithArchived;
    QString unarchiveText;
    bool done = false;
    onModal<PersonsDialog>(
        [&](PersonsDialog* dialog) {
            auto* searchField = dialog->findChild<QLineEdit*>(u"personSearch"_s);
            auto* table = dialog->findChild<QTableWidget*>(u"personsTable"_s);
            auto* archive = dialog->findChild<QPushButton*>(u"archivePersonButton"_s);
            auto* showArchived = dialog->findChild<QCheckBox*>(u"showArchived"_s);
            typeText(searchField, u"dubois"_s);
            QTest::mouseClick(archive, Qt::LeftButton);
            // Gone from the list (and, below, from the switcher).
            QCOMPARE(table->rowCount(), 6);
            QVERIFY(!switcherTexts().contains(u"Claire Dubois"_s));
            // "Show archived": she is listed again, marked, and can be brought back.
            QTest::mouseClick(showArchived, Qt::LeftButton);
            for (int row = 0; row < table->rowCount(); ++row) {
                if (!table->isRowHidden(row))
                    listedWithArchived << table->item(row, 0)->text();
            }
            unarchiveText = archive->text();
            QTest::mouseClick(archive, Qt::LeftButton);
            dialog->reject();
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QCOMPARE(listedWithArchived, QStringList{u"Claire Dubois (archived)"_s});
    QCOMPARE(unarchiveText, u"Un&archive"_s);
    QVERIFY(!file().people().person(m_claire)->archived);
    QVERIFY(switcherTexts().contains(u"Claire Dubois"_s));

    // Each step is undone, and redone.
    QCOMPARE(undo.count(), 2);
    QCOMPARE(undo.text(0), u"archive the person “Claire Dubois”"_s);
    QCOMPARE(undo.text(1), u"unarchive the person “Claire Dubois”"_s);
    undo.undo();
    QVERIFY(file().people().person(m_claire)->archived);
    QVERIFY(!switcherTexts().contains(u"Claire Dubois"_s));
    undo.undo();
    QVERIFY(!file().people().person(m_claire)->archived);
    QVERIFY(switcherTexts().contains(u"Claire Dubois"_s));
    undo.redo();
    QVERIFY(file().people().person(m_claire)->archived);

    // The current person archived: the switcher moves to the first one shown.
    context().setCurrentPerson(m_household.leo);
    QVERIFY(PersonsDialog::setArchived(context(), m_household.leo, true));
    QCOMPARE(context().currentPerson(), m_household.alice);
    QCOMPARE(switcher()->currentText(), u"Alice Martin"_s);
    // Archived persons stay in the file and its counts.
    QCOMPARE(file().people().persons().size(), 7);
}

CARNET_UI_TEST_MAIN(TestFindPerson)
#include "TestFindPerson.moc"
