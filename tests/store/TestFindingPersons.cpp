// Finding a person in a volunteer's caseload (ReadSide::personChoices) and the archive
// (PeopleService::setArchived): the labels tell namesakes apart, the persons with something
// due come first, one agenda for everyone (the statements do not grow with the persons), an
// archived person leaves the picker and the agenda and comes back.

#include "../StatementTrace.h"
#include "StoreTestSupport.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 15);

QStringList labels(const QList<PersonChoice>& choices)
{
    QStringList list;
    for (const PersonChoice& c : choices)
        list << c.label;
    return list;
}

} // namespace

class TestFindingPersons : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<CarnetFile> m_file;
    qint64 m_psy = 0;
    qint64 m_claire = 0; // Claire Dubois: a session with no care sheet (on the agenda)
    qint64 m_david = 0;  // David Bernard: nothing due
    qint64 m_bruno1984 = 0;
    qint64 m_bruno2001 = 0;
    qint64 m_helene = 0;

    CarnetFile& file() const { return *m_file; }

    qint64 addPerson(const QString& name, QDate birth)
    {
        Person person;
        person.name = name;
        person.birthDate = birth;
        person.mutuelle = u"MGEN"_s;
        return CARNET_TAKE(file().people().addPerson(person));
    }

    void addSession(qint64 person, QDate date)
    {
        Session s;
        s.personId = person;
        s.practitionerId = m_psy;
        s.date = date;
        s.kind = SessionKind::Evaluation;
        s.mode = SessionMode::Office;
        s.feeCents = 5000;
        s.paidCents = 5000;
        CARNET_TAKE(file().sessions().addSession(s));
    }

    QList<PersonChoice> choices(const PersonChoiceFilter& filter = {}) const
    {
        return CARNET_TAKE(file().read().personChoices(filter));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir.filePath(u"find%1.sqlite"_s.arg(++m_files)), options);
        QVERIFY(db.ok());
        m_file = std::make_unique<CarnetFile>(std::move(db).value());
        file().setToday(kToday);
        m_psy = CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        m_david = addPerson(u"David Bernard"_s, QDate(1990, 2, 1));
        m_bruno2001 = addPerson(u"Bruno Robert"_s, QDate(2001, 1, 9));
        m_claire = addPerson(u"Claire Dubois"_s, QDate(1975, 7, 8));
        m_bruno1984 = addPerson(u"Bruno Robert"_s, QDate(1984, 5, 6));
        m_helene = addPerson(u"Hélène Lefèvre"_s, QDate(1968, 3, 4));
        addSession(m_claire, QDate(2026, 3, 2));
    }

    void cleanup() { m_file.reset(); }

    void theDueFirstThenByNameWithTheYearOfNamesakes()
    {
        const QList<PersonChoice> all = choices();
        QCOMPARE(labels(all),
                 (QStringList{u"Claire Dubois"_s, u"Bruno Robert (1984)"_s,
                              u"Bruno Robert (2001)"_s, u"David Bernard"_s, u"Hélène Lefèvre"_s}));
        QCOMPARE(all.at(0).person.id, m_claire);
        QCOMPARE(all.at(0).dueCount, 1);
        QCOMPARE(all.at(1).person.id, m_bruno1984);
        QCOMPARE(all.at(1).dueCount, 0);
    }

    void searches()
    {
        PersonChoiceFilter filter;
        filter.text = u"dubois"_s;
        QCOMPARE(labels(choices(filter)), QStringList{u"Claire Dubois"_s});
        filter.text = u"helene"_s;
        QCOMPARE(labels(choices(filter)), QStringList{u"Hélène Lefèvre"_s});
        filter.text = u"bru rob"_s;
        QCOMPARE(choices(filter).size(), 2);
        filter.text = u"nobody"_s;
        QVERIFY(choices(filter).isEmpty());
    }

    void oneAgendaForEveryone()
    {
        StatementTrace trace(file().database().connection());
        QVERIFY(trace.isValid());
        choices();
        const int few = trace.count();
        for (int i = 0; i < 40; ++i) {
            const qint64 id = addPerson(u"Personne %1"_s.arg(i), QDate(1980, 1, 1 + i % 28));
            addSession(id, QDate(2026, 1, 5));
        }
        trace.reset();
        const QList<PersonChoice> many = choices();
        QCOMPARE(many.size(), 45);
        QCOMPARE(trace.count(), few);
    }

    void archivingHidesThePersonAndBringsThemBack()
    {
        QSignalSpy changed(&file(), &CarnetFile::changed);
        QVERIFY(file().people().setArchived(m_claire, true).ok());
        QCOMPARE(changed.size(), 1);
        QVERIFY(file().people().person(m_claire)->archived);
        // Kept in the file and in persons(), gone from the picker and the agenda.
        QCOMPARE(file().people().persons().size(), 5);
        QVERIFY(!labels(choices()).contains(u"Claire Dubois"_s));
        QVERIFY(CARNET_TAKE(file().read().agenda()).isEmpty());
        // Shown when asked, with what is due.
        PersonChoiceFilter withArchived;
        withArchived.includeArchived = true;
        const QList<PersonChoice> all = choices(withArchived);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.at(0).person.id, m_claire);
        QCOMPARE(all.at(0).dueCount, 1);
        AgendaFilter agendaWithArchived;
        agendaWithArchived.includeArchived = true;
        QCOMPARE(CARNET_TAKE(file().read().agenda(agendaWithArchived)).size(), 1);
        // The person's own agenda still answers.
        QCOMPARE(CARNET_TAKE(file().read().agenda(AgendaFilter::person(m_claire))).size(), 1);

        // Editing the person keeps them archived.
        Person edited = *file().people().person(m_claire);
        edited.archived = false;
        edited.notes = u"Moved away"_s;
        QVERIFY(file().people().updatePerson(edited).ok());
        QVERIFY(file().people().person(m_claire)->archived);

        QVERIFY(file().people().setArchived(m_claire, false).ok());
        QCOMPARE(choices().at(0).person.id, m_claire);
        QCOMPARE(CARNET_TAKE(file().read().agenda()).size(), 1);

        QCOMPARE(file().people().setArchived(999, true).error().kind, Error::Kind::NotFound);
        QCOMPARE(changed.size(), 3);
    }

    void archivedNamesakeStillGivesTheYear()
    {
        // The labels look at every person of the file: archiving one Bruno Robert does not
        // change the other's label.
        QVERIFY(file().people().setArchived(m_bruno2001, true).ok());
        QVERIFY(labels(choices()).contains(u"Bruno Robert (1984)"_s));
    }
};

QTEST_GUILESS_MAIN(TestFindingPersons)
#include "TestFindingPersons.moc"
