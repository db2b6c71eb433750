// The persons as a picker lists them (read/PersonChoices): the birth year where names repeat,
// the persons with something due first then by name, the archived ones only when asked, the
// search on the labels.

#include "read/PersonChoices.h"

#include <QTest>

using namespace carnet;
using namespace Qt::StringLiterals;

namespace {

Person person(qint64 id, const QString& name, QDate birth, bool archived = false)
{
    Person p;
    p.id = id;
    p.name = name;
    p.birthDate = birth;
    p.archived = archived;
    return p;
}

AgendaItem dueFor(qint64 personId)
{
    AgendaItem item;
    item.personId = personId;
    return item;
}

QStringList labels(const QList<PersonChoice>& choices)
{
    QStringList list;
    for (const PersonChoice& c : choices)
        list << c.label;
    return list;
}

// A volunteer's caseload: three Bruno Robert (two born in 1984), a Hélène, a Claire Dubois,
// a David Bernard, and an archived Zoé.
const QList<Person> kPersons = {
    person(1, u"David Bernard"_s, QDate(1990, 2, 1)),
    person(2, u"Bruno Robert"_s, QDate(1984, 5, 6)),
    person(3, u"Claire Dubois"_s, QDate(1975, 7, 8)),
    person(4, u"bruno robert"_s, QDate(1984, 11, 3)),
    person(5, u"Bruno Robert"_s, QDate(2001, 1, 9)),
    person(6, u"Hélène Lefèvre"_s, QDate(1968, 3, 4)),
    person(7, u"Zoé Archivée"_s, QDate(1999, 9, 9), true),
};

} // namespace

class TestPersonChoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void duplicatedNamesGetTheBirthYear()
    {
        const QList<PersonChoice> choices = PersonChoices::build(kPersons, {});
        QCOMPARE(labels(choices), (QStringList{
                                      u"Bruno Robert (6 May 1984)"_s,
                                      u"bruno robert (3 November 1984)"_s,
                                      u"Bruno Robert (2001)"_s,
                                      u"Claire Dubois"_s,
                                      u"David Bernard"_s,
                                      u"Hélène Lefèvre"_s,
                                  }));
        QCOMPARE(choices.at(2).person.id, qint64(5));
        for (const PersonChoice& c : choices)
            QCOMPARE(c.dueCount, 0);
    }

    void theArchivedOnlyWhenAsked()
    {
        PersonChoiceFilter all;
        all.includeArchived = true;
        const QList<PersonChoice> choices = PersonChoices::build(kPersons, {}, all);
        QCOMPARE(choices.size(), 7);
        QCOMPARE(choices.constLast().label, u"Zoé Archivée"_s);
        QVERIFY(choices.constLast().person.archived);
    }

    void theDueFirstThenByName()
    {
        // David has two things due, Hélène one: they come first, by name; the count is given.
        const QList<AgendaItem> agenda = {dueFor(6), dueFor(1), dueFor(1)};
        const QList<PersonChoice> choices = PersonChoices::build(kPersons, agenda);
        QCOMPARE(labels(choices).mid(0, 3), (QStringList{u"David Bernard"_s, u"Hélène Lefèvre"_s,
                                                         u"Bruno Robert (6 May 1984)"_s}));
        QCOMPARE(choices.at(0).dueCount, 2);
        QCOMPARE(choices.at(1).dueCount, 1);
        QCOMPARE(choices.at(2).dueCount, 0);
    }

    void searchesTheLabels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("a last name") << u"dubois"_s << QList<qint64>{3};
        QTest::newRow("no accent typed") << u"helene"_s << QList<qint64>{6};
        QTest::newRow("the starts of two words") << u"bru rob"_s << QList<qint64>{2, 4, 5};
        QTest::newRow("a year tells them apart") << u"bruno 2001"_s << QList<qint64>{5};
        QTest::newRow("nobody") << u"martin"_s << QList<qint64>{};
        QTest::newRow("not the archived") << u"zoe"_s << QList<qint64>{};
    }
    void searchesTheLabels()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        PersonChoiceFilter filter;
        filter.text = text;
        QList<qint64> found;
        for (const PersonChoice& c : PersonChoices::build(kPersons, {}, filter))
            found << c.person.id;
        QCOMPARE(found, ids);
    }
};

QTEST_GUILESS_MAIN(TestPersonChoices)
#include "TestPersonChoices.moc"
