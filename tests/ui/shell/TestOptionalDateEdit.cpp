// The optional date field (ui/shell/OptionalDateEdit): a date typed as written on paper is
// read, an empty field is "no date" (no 1900 sentinel), and the calendar opens near a likely
// year. Checked on the widget and on the fields that use it (person, care path, AFI checklist).

#include "persons/PersonDialog.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace carnet;

class TestOptionalDateEdit final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsWrittenDates_data();
    void readsWrittenDates();
    void typedDayOneIsNotTrapped();
    void monthFirstLocale();
    void emptyIsNoDateAndGarbageIsFlagged();
    void outOfRangeIsNotADate();
    void calendarOpensOnReferenceOrTypedYear();
    void personDialogBirthDate();
    void personDialogRefusesAnUnreadableDate();

private:
    QLocale m_saved;
};

void TestOptionalDateEdit::init()
{
    m_saved = QLocale();
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    MessageBox::clearAnswers();
    MessageBox::setNonInteractive(true);
}

void TestOptionalDateEdit::cleanup()
{
    QLocale::setDefault(m_saved);
    MessageBox::setNonInteractive(false);
    MessageBox::clearAnswers();
}

void TestOptionalDateEdit::readsWrittenDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("shownAfterwards");
    QTest::newRow("as on paper") << u"14/05/1991"_qs << QDate(1991, 5, 14) << u"14/05/1991"_qs;
    QTest::newRow("day 01") << u"01/05/1991"_qs << QDate(1991, 5, 1) << u"01/05/1991"_qs;
    QTest::newRow("first of January") << u"01/01/2001"_qs << QDate(2001, 1, 1) << u"01/01/2001"_qs;
    QTest::newRow("no leading zeros") << u"1/5/1991"_qs << QDate(1991, 5, 1) << u"01/05/1991"_qs;
    QTest::newRow("dots") << u"14.05.1991"_qs << QDate(1991, 5, 14) << u"14/05/1991"_qs;
    QTest::newRow("digits only") << u"14051991"_qs << QDate(1991, 5, 14) << u"14/05/1991"_qs;
    QTest::newRow("ISO") << u"1991-05-14"_qs << QDate(1991, 5, 14) << u"14/05/1991"_qs;
}

void TestOptionalDateEdit::readsWrittenDates()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QFETCH(QString, shownAfterwards);
    OptionalDateEdit edit(u"not given"_qs);
    QSignalSpy changed(&edit, &OptionalDateEdit::dateChanged);
    QTest::keyClicks(edit.lineEdit(), typed);
    QCOMPARE(edit.date(), expected);
    QVERIFY(edit.hasAcceptableInput());
    QCOMPARE(changed.last().at(0).toDate(), expected);
    // Leaving the field writes the date in the display format.
    emit edit.lineEdit()->editingFinished();
    QCOMPARE(edit.lineEdit()->text(), shownAfterwards);
}

void TestOptionalDateEdit::typedDayOneIsNotTrapped()
{
    // The old field's "no date" was 01/01/1900: typing a day 01 went into the sentinel.
    OptionalDateEdit edit(u"not given"_qs);
    edit.setDate(QDate(2000, 6, 15));
    edit.lineEdit()->selectAll();
    QTest::keyClicks(edit.lineEdit(), u"01/01/1990"_qs);
    QCOMPARE(edit.date(), QDate(1990, 1, 1));
    edit.setDate(QDate());
    QCOMPARE(edit.lineEdit()->text(), QString());
    QVERIFY(!edit.lineEdit()->text().contains(u"1900"_qs));
}

void TestOptionalDateEdit::monthFirstLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    OptionalDateEdit edit(u"not given"_qs);
    QTest::keyClicks(edit.lineEdit(), u"5/14/1991"_qs);
    QCOMPARE(edit.date(), QDate(1991, 5, 14));
    QCOMPARE(OptionalDateEdit::parse(u"05141991"_qs), QDate(1991, 5, 14));
}

void TestOptionalDateEdit::emptyIsNoDateAndGarbageIsFlagged()
{
    OptionalDateEdit edit(u"not given"_qs);
    QVERIFY(edit.isEmpty());
    QVERIFY(!edit.date().isValid());
    QVERIFY(edit.hasAcceptableInput());
    QCOMPARE(edit.lineEdit()->placeholderText(), u"not given"_qs);

    QTest::keyClicks(edit.lineEdit(), u"14/05"_qs);
    QVERIFY(!edit.date().isValid());
    QVERIFY(!edit.hasAcceptableInput());
    QVERIFY(edit.lineEdit()->accessibleDescription().contains(u"14/05/1991"_qs));
    // A two-digit year is ambiguous (1991 or 2091?): not taken.
    QCOMPARE(OptionalDateEdit::parse(u"14/05/91"_qs), QDate());
    QCOMPARE(OptionalDateEdit::parse(u"31/02/1991"_qs), QDate());
    QCOMPARE(OptionalDateEdit::parse(u"hier"_qs), QDate());

    edit.lineEdit()->clear();
    QVERIFY(edit.hasAcceptableInput());
    QVERIFY(edit.lineEdit()->accessibleDescription().isEmpty());
}

void TestOptionalDateEdit::outOfRangeIsNotADate()
{
    OptionalDateEdit edit(u"not given"_qs);
    edit.setMaximumDate(QDate(2026, 12, 7));
    QTest::keyClicks(edit.lineEdit(), u"08/12/2026"_qs);
    QVERIFY(!edit.date().isValid());
    QVERIFY(!edit.hasAcceptableInput());
}

void TestOptionalDateEdit::calendarOpensOnReferenceOrTypedYear()
{
    OptionalDateEdit edit(u"not given"_qs);
    edit.setCalendarReference(QDate(1996, 12, 7));
    edit.show();
    // Empty: the reference month, never 1900 nor today.
    QTest::keyClick(edit.lineEdit(), Qt::Key_F4);
    QCalendarWidget* calendar = edit.calendar();
    QVERIFY(calendar);
    QCOMPARE(calendar->yearShown(), 1996);
    QCOMPARE(calendar->monthShown(), 12);
    calendar->parentWidget()->close();

    // Typed: the typed date's month.
    QTest::keyClicks(edit.lineEdit(), u"14/05/1971"_qs);
    QTest::mouseClick(edit.calendarButton(), Qt::LeftButton);
    QCOMPARE(calendar->yearShown(), 1971);
    QCOMPARE(calendar->monthShown(), 5);
    QCOMPARE(calendar->selectedDate(), QDate(1971, 5, 14));

    // Picking a day fills the field.
    emit calendar->clicked(QDate(1971, 5, 20));
    QCOMPARE(edit.date(), QDate(1971, 5, 20));
    QCOMPARE(edit.lineEdit()->text(), u"20/05/1971"_qs);
}

void TestOptionalDateEdit::personDialogBirthDate()
{
    const QDate today(2026, 12, 7);
    PersonDialog dialog(Person{}, today, {});
    auto* birth = dialog.findChild<OptionalDateEdit*>(u"personBirthDate"_qs);
    QVERIFY(birth);
    QVERIFY(!birth->date().isValid());
    QCOMPARE(birth->lineEdit()->text(), QString());
    QCOMPARE(birth->lineEdit()->accessibleName(), birth->accessibleName());
    // An adult by default: the calendar opens thirty years back; a child: eight.
    QCOMPARE(birth->calendarReference().year(), 1996);
    auto* relation = dialog.findChild<QComboBox*>(u"personRelation"_qs);
    relation->setCurrentIndex(relation->findData(int(Relation::Child)));
    QCOMPARE(birth->calendarReference().year(), 2018);

    QTest::keyClicks(birth->lineEdit(), u"14/05/1991"_qs);
    QCOMPARE(dialog.person().birthDate, QDate(1991, 5, 14));

    // An existing person's date is shown, not a sentinel.
    Person known;
    known.id = 4;
    known.name = u"Camille Durand"_qs;
    known.birthDate = QDate(1990, 1, 1);
    PersonDialog edit(known, today, {});
    QCOMPARE(edit.findChild<OptionalDateEdit*>(u"personBirthDate"_qs)->lineEdit()->text(),
             u"01/01/1990"_qs);
    QCOMPARE(edit.person().birthDate, QDate(1990, 1, 1));
}

void TestOptionalDateEdit::personDialogRefusesAnUnreadableDate()
{
    bool applied = false;
    PersonDialog dialog(Person{}, QDate(2026, 12, 7), [&applied](const Person&) {
        applied = true;
        return Result<void>();
    });
    dialog.show();
    auto* birth = dialog.findChild<OptionalDateEdit*>(u"personBirthDate"_qs);
    QTest::keyClicks(birth->lineEdit(), u"14/05/91"_qs);
    dialog.accept();
    QVERIFY(!applied);
    QVERIFY(dialog.isVisible());
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY(MessageBox::texts().first().contains(u"14/05/91"_qs));
    QVERIFY(MessageBox::texts().first().contains(u"14/05/1991"_qs));
}

QTEST_MAIN(TestOptionalDateEdit)
#include "TestOptionalDateEdit.moc"
