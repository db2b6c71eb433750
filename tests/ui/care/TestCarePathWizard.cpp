// The Mon soutien psy care-path wizard, walked on its real widgets: direct access for an
// adult, a courrier for a minor with parental consent and a scan, a child under 3 stopped
// on page 1, a renewal; Finish stores everything in one undo step; accessible names.

#include "help/CrisisPanel.h"
#include "model/Money.h"
#include "persons/EligibilityNote.h"
#include "read/ReadSide.h"
#include "rules/CarePathRules.h"
#include "service/AttachmentStore.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "shell/OptionalDateEdit.h"
#include "store/Database.h"
#include "wizards/CarePathPsychologistPage.h"
#include "wizards/CarePathWizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace carnet;

namespace {

const QDate kToday(2026, 3, 10);

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

// Clicks a radio button or a check box on its indicator (its centre may lie past its text,
// where a click does nothing).
void clickIndicator(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Rejects the next CarePathWizard shown modally (exec()) and counts it in `seen`.
void rejectNextWizard(int* seen)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, seen, tries] {
        auto* wizard = qobject_cast<CarePathWizard*>(QApplication::activeModalWidget());
        if (++*tries > 500 || (wizard && wizard->isVisible())) {
            timer->stop();
            timer->deleteLater();
            if (wizard) {
                ++*seen;
                wizard->reject();
            }
        }
    });
    timer->start();
}

} // namespace

class TestCarePathWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void directAccessForAnAdult();
    void referralForAMinorWithConsentAndScan();
    void childUnderThreeStopsOnTheFirstPage();
    void birthDateTypedAsWrittenAndItsCalendar();
    void nonPartnerPsychologistIsWarned();
    void renewalIsSaid();
    void everyFocusableWidgetHasAnAccessibleName();
    void mainWindowOpensTheWizard();

private:
    std::unique_ptr<CarePathWizard> openWizard();
    void next(CarePathWizard& wizard, int expectedPage);
    void finish(CarePathWizard& wizard);
    CarnetFile& file() { return *m_context->file(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    QStringList m_errors;
};

void TestCarePathWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setNonInteractive(true);
}

void TestCarePathWizard::init()
{
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("carnet.sqlite")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_context = std::make_unique<AppContext>();
    connect(m_context.get(), &AppContext::errorReported, this,
            [this](const QString& action, const QString& message) {
                m_errors.append(action + QStringLiteral(": ") + message);
            });
    m_context->setDatabase(std::move(db).value());
    QVERIFY(m_context->file());
    file().setToday(kToday);
}

void TestCarePathWizard::cleanup()
{
    FileDialog::clearNextFileNames();
    m_context.reset();
    m_dir.reset();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
}

std::unique_ptr<CarePathWizard> TestCarePathWizard::openWizard()
{
    auto wizard = std::make_unique<CarePathWizard>(*m_context);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("wizard not exposed");
    return wizard;
}

void TestCarePathWizard::next(CarePathWizard& wizard, int expectedPage)
{
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(),
             qPrintable(QStringLiteral("Next disabled on page %1").arg(wizard.currentId())));
    wizard.next();
    QCOMPARE(wizard.currentId(), expectedPage);
}

void TestCarePathWizard::finish(CarePathWizard& wizard)
{
    QAbstractButton* finishButton = wizard.button(QWizard::FinishButton);
    QVERIFY(finishButton->isVisible());
    QVERIFY(finishButton->isEnabled());
    QTest::mouseClick(finishButton, Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestCarePathWizard::directAccessForAnAdult()
{
    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    QCOMPARE(w.currentId(), int(CarePathWizard::PersonPage));
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("carePathPersonPage"));

    // 1. For whom: the file is empty, so "someone new" is the only choice.
    auto* newPerson = child<QRadioButton>(&w, "carePathNewPerson");
    QVERIFY(newPerson->isChecked());
    QVERIFY(!child<QRadioButton>(&w, "carePathExistingPerson")->isEnabled());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no name, no birth date
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPersonName"), QStringLiteral("Alice Martin"));
    child<OptionalDateEdit>(&w, "carePathBirthDate")->setDate(QDate(1984, 12, 3));
    QTest::keyClicks(child<QLineEdit>(&w, "carePathMutuelle"), QStringLiteral("MGEN"));
    QVERIFY(!child<QGroupBox>(&w, "carePathConsentBox")->isVisible()); // of age
    QVERIFY(!child<QLabel>(&w, "carePathEligibility")->isVisible());

    // 2. Safety first: the crisis numbers, from the core.
    next(w, CarePathWizard::SafetyPage);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("carePathSafetyPage"));
    auto* panel = w.currentPage()->findChild<CrisisPanel*>();
    QVERIFY(panel && panel->isVisible());
    bool found3114 = false;
    for (QLabel* label : panel->findChildren<QLabel*>())
        found3114 = found3114 || label->text() == QStringLiteral("3114");
    QVERIFY(found3114);

    // 3. Access: directly.
    next(w, CarePathWizard::AccessPage);
    auto* direct = child<QRadioButton>(&w, "carePathDirect");
    clickIndicator(direct);
    QVERIFY(direct->isChecked());

    // 4. The psychologist: none in the file, so a new one.
    next(w, CarePathWizard::PsychologistPage);
    QVERIFY(child<QRadioButton>(&w, "carePathNewPsychologist")->isChecked());
    auto* link = child<QLabel>(&w, "carePathDirectoryLink");
    QVERIFY(link->text().contains(CarePathPsychologistPage::directoryUrl()));
    QVERIFY(link->openExternalLinks());
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPsychologistName"),
                     QStringLiteral("Claire Dubois"));
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPsychologistRpps"),
                     QStringLiteral("10005173140"));
    QVERIFY(child<QCheckBox>(&w, "carePathPsychologistPartner")->isChecked());
    QVERIFY(!child<QLabel>(&w, "carePathPartnerWarning")->isVisible());
    QVERIFY(!child<QLabel>(&w, "carePathRppsWarning")->isVisible()); // a valid RPPS

    // 5. What to bring, what it costs: 50 € (2026), 30 € back from the CPAM, 20 € mutuelle.
    next(w, CarePathWizard::PreparationPage);
    const QString bring = child<QLabel>(&w, "carePathBring")->text();
    QVERIFY(bring.contains(QStringLiteral("attestation de droits")));
    QVERIFY(!bring.contains(QStringLiteral("courrier")));
    const QString costs = child<QLabel>(&w, "carePathCosts")->text();
    QVERIFY2(costs.contains(formatCents(5000).toHtmlEscaped()), qPrintable(costs));
    QVERIFY2(costs.contains(formatCents(3000).toHtmlEscaped()), qPrintable(costs));
    QVERIFY2(costs.contains(formatCents(2000).toHtmlEscaped()), qPrintable(costs));
    QVERIFY(costs.contains(QStringLiteral("60 %")));
    QVERIFY(costs.contains(QStringLiteral("MGEN")));

    // 6. Summary and plan.
    next(w, CarePathWizard::SummaryPage);
    const QString summary = child<QLabel>(&w, "carePathSummary")->text();
    QVERIFY(summary.contains(QStringLiteral("Alice Martin")));
    QVERIFY(summary.contains(QStringLiteral("Claire Dubois")));
    QVERIFY(summary.contains(QStringLiteral("directly")));
    const QString plan = child<QLabel>(&w, "carePathPlan")->text();
    QVERIFY2(plan.contains(QStringLiteral("up to 11 follow-up")), qPrintable(plan));
    QVERIFY(plan.contains(QStringLiteral("12 covered sessions")));
    QVERIFY(plan.contains(QStringLiteral("end report")));
    QVERIFY(plan.contains(QStringLiteral("renewal")));
    QVERIFY(file().people().persons().isEmpty()); // nothing stored before Finish

    finish(w);

    // Stored through the core, and selected.
    const QList<Person> persons = file().people().persons();
    QCOMPARE(persons.size(), 1);
    const Person alice = persons.first();
    QCOMPARE(alice.id, w.savedPersonId());
    QCOMPARE(alice.name, QStringLiteral("Alice Martin"));
    QCOMPARE(alice.birthDate, QDate(1984, 12, 3));
    QCOMPARE(alice.relation, Relation::Self);
    QCOMPARE(alice.mutuelle, QStringLiteral("MGEN"));
    QVERIFY(alice.coverage.isEmpty());
    const QList<Practitioner> practitioners = file().people().practitioners();
    QCOMPARE(practitioners.size(), 1);
    QCOMPARE(practitioners.first().id, w.savedPsychologistId());
    QCOMPARE(practitioners.first().name, QStringLiteral("Claire Dubois"));
    QCOMPARE(practitioners.first().role, PractitionerRole::Psychologist);
    QCOMPARE(practitioners.first().rpps, QStringLiteral("10005173140"));
    QVERIFY(practitioners.first().partner);
    QVERIFY(file().people().referrals(alice.id).isEmpty());
    QCOMPARE(w.savedReferralId(), qint64(0));
    QCOMPARE(m_context->currentPerson(), alice.id);
    QCOMPARE(m_context->currentYear(), 2026);
    const auto status = file().read().yearStatus(alice.id, 2026);
    QVERIFY(status.ok());
    QCOMPARE(status->coveredCap, 12);
    QCOMPARE(status->coveredLeft, 12);

    // One undo step takes everything back; redo brings it back with the same ids.
    QUndoStack* stack = m_context->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QVERIFY(file().people().persons().isEmpty());
    QVERIFY(file().people().practitioners().isEmpty());
    stack->redo();
    QCOMPARE(file().people().persons().size(), 1);
    QCOMPARE(file().people().persons().first(), alice);
    QCOMPARE(file().people().practitioners().size(), 1);
    QCOMPARE(file().people().practitioners().first().id, w.savedPsychologistId());
}

void TestCarePathWizard::referralForAMinorWithConsentAndScan()
{
    Person parent;
    parent.name = QStringLiteral("Alice Martin");
    parent.birthDate = QDate(1984, 12, 3);
    parent.relation = Relation::Self;
    const qint64 parentId = file().people().addPerson(parent).value();
    m_context->setCurrentPerson(parentId);

    const QString scan = m_dir->filePath(QStringLiteral("courrier.pdf"));
    {
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 the pediatrician's letter\n");
    }

    auto wizard = openWizard();
    CarePathWizard& w = *wizard;

    // 1. Someone new: a 10-year-old child, with parental consent.
    auto* existing = child<QRadioButton>(&w, "carePathExistingPerson");
    QVERIFY(existing->isChecked());
    QCOMPARE(child<QComboBox>(&w, "carePathPersonCombo")->currentText(),
             QStringLiteral("Alice Martin"));
    clickIndicator(child<QRadioButton>(&w, "carePathNewPerson"));
    QVERIFY(w.isNewPerson());
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPersonName"), QStringLiteral("Leo Martin"));
    child<OptionalDateEdit>(&w, "carePathBirthDate")->setDate(QDate(2015, 9, 9));
    QCOMPARE(child<QComboBox>(&w, "carePathRelation")->currentData().toInt(), int(Relation::Child));
    auto* consentBox = child<QGroupBox>(&w, "carePathConsentBox");
    QVERIFY(consentBox->isVisible());
    auto* holder1 = child<QLineEdit>(&w, "carePathConsentHolder1");
    QCOMPARE(holder1->text(), QStringLiteral("Alice Martin")); // the file's own person
    // Without a holder, no way on.
    holder1->selectAll();
    QTest::keyClick(holder1, Qt::Key_Delete);
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(holder1, QStringLiteral("Alice Martin"));
    QTest::keyClicks(child<QLineEdit>(&w, "carePathConsentHolder2"), QStringLiteral("Marc Martin"));

    next(w, CarePathWizard::SafetyPage);
    next(w, CarePathWizard::AccessPage);

    // 3. Through a doctor: the courrier page comes next.
    clickIndicator(child<QRadioButton>(&w, "carePathThroughReferral"));
    QVERIFY(w.throughReferral());
    next(w, CarePathWizard::ReferralPage);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("carePathReferralPage"));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // who wrote it?
    QTest::keyClicks(child<QLineEdit>(&w, "carePathReferrerName"), QStringLiteral("Dr Paul Petit"));
    auto* role = child<QComboBox>(&w, "carePathReferrerRole");
    role->setFocus();
    QTest::keyClick(role, Qt::Key_Down); // médecin traitant → pediatrician
    QCOMPARE(role->currentData().toInt(), int(PractitionerRole::Pediatrician));
    child<QDateEdit>(&w, "carePathReferralDate")->setDate(QDate(2026, 3, 2));
    QCOMPARE(child<QLabel>(&w, "carePathReferralConsent")->text(),
             QStringLiteral("Alice Martin, Marc Martin"));
    FileDialog::setNextFileName(scan);
    QTest::mouseClick(child<QPushButton>(&w, "carePathAttachScan"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&w, "carePathScanName")->text(), QStringLiteral("courrier.pdf"));
    QVERIFY(child<QPushButton>(&w, "carePathRemoveScan")->isEnabled());

    // 4. A new psychologist.
    next(w, CarePathWizard::PsychologistPage);
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPsychologistName"),
                     QStringLiteral("Claire Dubois"));

    // 5. The courrier is to be brought; no mutuelle: the 40 % stays with the family.
    next(w, CarePathWizard::PreparationPage);
    const QString bring = child<QLabel>(&w, "carePathBring")->text();
    QVERIFY2(bring.contains(QStringLiteral("Dr Paul Petit")), qPrintable(bring));
    QVERIFY(bring.contains(QStringLiteral("Alice Martin, Marc Martin")));
    const QString costs = child<QLabel>(&w, "carePathCosts")->text();
    QVERIFY2(costs.contains(QStringLiteral("Without a mutuelle")), qPrintable(costs));
    QVERIFY(costs.contains(formatCents(2000).toHtmlEscaped()));

    next(w, CarePathWizard::SummaryPage);
    const QString summary = child<QLabel>(&w, "carePathSummary")->text();
    QVERIFY(summary.contains(QStringLiteral("Dr Paul Petit")));
    QVERIFY(summary.contains(QStringLiteral("courrier.pdf")));
    QVERIFY(summary.contains(QStringLiteral("Alice Martin, Marc Martin")));

    finish(w);

    QCOMPARE(file().people().persons().size(), 2);
    const Person leo = file().people().person(w.savedPersonId()).value_or(Person{});
    QCOMPARE(leo.name, QStringLiteral("Leo Martin"));
    QCOMPARE(leo.birthDate, QDate(2015, 9, 9));
    QCOMPARE(leo.relation, Relation::Child);
    QVERIFY(leo.notes.isEmpty()); // the consent is on the courrier
    const QList<Referral> referrals = file().people().referrals(leo.id);
    QCOMPARE(referrals.size(), 1);
    const Referral referral = referrals.first();
    QCOMPARE(referral.id, w.savedReferralId());
    QCOMPARE(referral.referrerName, QStringLiteral("Dr Paul Petit"));
    QCOMPARE(referral.referrerRole, PractitionerRole::Pediatrician);
    QCOMPARE(referral.date, QDate(2026, 3, 2));
    QCOMPARE(referral.consentHolders,
             QStringList({QStringLiteral("Alice Martin"), QStringLiteral("Marc Martin")}));
    QVERIFY(referral.attachmentId != 0);
    const Attachment attachment =
        file().attachments().attachment(referral.attachmentId).value_or(Attachment{});
    QCOMPARE(attachment.originalName, QStringLiteral("courrier.pdf"));
    const QString stored = file().attachments().attachmentPath(attachment);
    QVERIFY(QFileInfo::exists(stored));
    QCOMPARE(file().people().practitioners().size(), 1);
    QCOMPARE(file().people().practitioners().first().name, QStringLiteral("Claire Dubois"));
    QCOMPARE(m_context->currentPerson(), leo.id);
    QCOMPARE(m_context->currentYear(), 2026);

    // Undo once: the child, the psychologist, the courrier and its scan are gone.
    QCOMPARE(m_context->undoStack()->count(), 1);
    m_context->undoStack()->undo();
    QCOMPARE(file().people().persons().size(), 1);
    QCOMPARE(file().people().persons().first().id, parentId);
    QVERIFY(!file().people().person(leo.id));
    QVERIFY(file().people().practitioners().isEmpty());
    QVERIFY(!file().people().referral(referral.id));
    QVERIFY(!file().attachments().attachment(referral.attachmentId));
    QVERIFY(!QFileInfo::exists(stored));
    QVERIFY(QFileInfo::exists(scan)); // the user's own file is untouched

    // Redo: the scan is attached again from where it was chosen.
    m_context->undoStack()->redo();
    const QList<Referral> again = file().people().referrals(leo.id);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().id, referral.id);
    QVERIFY(again.first().attachmentId != 0);
    QVERIFY(file().attachments().attachment(again.first().attachmentId));
}

void TestCarePathWizard::childUnderThreeStopsOnTheFirstPage()
{
    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPersonName"), QStringLiteral("Nina"));
    const QDate birth = kToday.addYears(-2);
    child<OptionalDateEdit>(&w, "carePathBirthDate")->setDate(birth);

    auto* reason = child<QLabel>(&w, "carePathEligibility");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().startsWith(QStringLiteral("Too young for Mon soutien psy")),
             qPrintable(reason->text()));
    QVERIFY(!reason->text().contains(QStringLiteral("session's date")));
    Person nina;
    nina.name = QStringLiteral("Nina");
    nina.birthDate = birth;
    QCOMPARE(reason->text(), EligibilityNote::forPerson(nina, kToday));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    w.next();
    QCOMPARE(w.currentId(), int(CarePathWizard::PersonPage));
    QVERIFY(reason->isVisible());

    // Three years old today: on she goes.
    child<OptionalDateEdit>(&w, "carePathBirthDate")->setDate(kToday.addYears(-3));
    QVERIFY(!reason->isVisible());
    QTest::keyClicks(child<QLineEdit>(&w, "carePathConsentHolder1"), QStringLiteral("Eva"));
    next(w, CarePathWizard::SafetyPage);
    QVERIFY(file().people().persons().isEmpty());
}

void TestCarePathWizard::birthDateTypedAsWrittenAndItsCalendar()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    auto* birth = child<OptionalDateEdit>(&w, "carePathBirthDate");
    // Empty at first: no 1900 sentinel, and the calendar opens thirty years back for an adult.
    QCOMPARE(birth->lineEdit()->text(), QString());
    QVERIFY(!birth->date().isValid());
    QCOMPARE(birth->calendarReference().year(), kToday.year() - 30);
    auto* relation = child<QComboBox>(&w, "carePathRelation");
    relation->setCurrentIndex(relation->findData(int(Relation::Child)));
    QCOMPARE(birth->calendarReference().year(), kToday.year() - 8);
    relation->setCurrentIndex(relation->findData(int(Relation::Self)));

    QTest::keyClicks(child<QLineEdit>(&w, "carePathPersonName"), QStringLiteral("Camille"));
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("01/05/1991"));
    QCOMPARE(birth->date(), QDate(1991, 5, 1));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    // Half typed: not a date, and the page does not go on.
    birth->lineEdit()->backspace();
    QVERIFY(!birth->date().isValid());
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QLocale::setDefault(saved);
}

void TestCarePathWizard::nonPartnerPsychologistIsWarned()
{
    Practitioner psy;
    psy.name = QStringLiteral("Jean Hors");
    psy.role = PractitionerRole::Psychologist;
    psy.partner = false;
    const qint64 psyId = file().people().addPractitioner(psy).value();
    Person adult;
    adult.name = QStringLiteral("Bob");
    adult.birthDate = QDate(1990, 1, 1);
    const qint64 bobId = file().people().addPerson(adult).value();
    m_context->setCurrentPerson(bobId);

    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    next(w, CarePathWizard::SafetyPage);
    next(w, CarePathWizard::AccessPage);
    next(w, CarePathWizard::PsychologistPage);
    QVERIFY(child<QRadioButton>(&w, "carePathExistingPsychologist")->isChecked());
    QCOMPARE(w.psychologist().id, psyId);
    auto* warning = child<QLabel>(&w, "carePathPartnerWarning");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("not covered")));

    // A new partner one: no warning; unticking "partner" brings it back.
    clickIndicator(child<QRadioButton>(&w, "carePathNewPsychologist"));
    QTest::keyClicks(child<QLineEdit>(&w, "carePathPsychologistName"), QStringLiteral("Ana"));
    QVERIFY(!warning->isVisible());
    clickIndicator(child<QCheckBox>(&w, "carePathPsychologistPartner"));
    QVERIFY(warning->isVisible());

    next(w, CarePathWizard::PreparationPage);
    const QString costs = child<QLabel>(&w, "carePathCosts")->text();
    QVERIFY2(costs.contains(QStringLiteral("would not be covered")), qPrintable(costs));

    // Existing person, direct access, new psychologist: Finish adds only the psychologist.
    next(w, CarePathWizard::SummaryPage);
    finish(w);
    QCOMPARE(file().people().persons().size(), 1);
    QCOMPARE(file().people().practitioners().size(), 2);
    const Practitioner ana = file().people().practitioner(w.savedPsychologistId()).value();
    QCOMPARE(ana.name, QStringLiteral("Ana"));
    QVERIFY(!ana.partner);
    m_context->undoStack()->undo();
    QCOMPARE(file().people().practitioners().size(), 1);
}

void TestCarePathWizard::renewalIsSaid()
{
    Person child0;
    child0.name = QStringLiteral("Léo Martin");
    child0.birthDate = QDate(2015, 9, 9);
    child0.relation = Relation::Child;
    child0.notes = QStringLiteral("Likes drawing");
    const qint64 leoId = file().people().addPerson(child0).value();
    Practitioner psy;
    psy.name = QStringLiteral("Claire Dubois");
    const qint64 psyId = file().people().addPractitioner(psy).value();
    Session last;
    last.personId = leoId;
    last.practitionerId = psyId;
    last.date = QDate(2025, 11, 4);
    last.kind = SessionKind::FollowUp;
    last.feeCents = 5000;
    last.paidCents = 5000;
    QVERIFY(file().sessions().addSession(last).ok());
    m_context->setCurrentPerson(leoId);

    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    auto* note = child<QLabel>(&w, "carePathYearNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("renewal for 2026")), qPrintable(note->text()));
    QTest::keyClicks(child<QLineEdit>(&w, "carePathConsentHolder1"), QStringLiteral("Alice"));
    next(w, CarePathWizard::SafetyPage);
    next(w, CarePathWizard::AccessPage);
    next(w, CarePathWizard::PsychologistPage);
    QCOMPARE(w.psychologist().id, psyId); // the usual psychologist
    next(w, CarePathWizard::PreparationPage);
    next(w, CarePathWizard::SummaryPage);
    QVERIFY(child<QLabel>(&w, "carePathSummary")->text().contains(QStringLiteral("renewal")));
    finish(w);

    // Direct access for a minor: the consent goes into the person's notes, undoably.
    const Person leo = file().people().person(leoId).value();
    QVERIFY2(leo.notes.startsWith(QStringLiteral("Likes drawing\n")), qPrintable(leo.notes));
    QVERIFY(leo.notes.contains(QStringLiteral("Alice")));
    QCOMPARE(file().people().practitioners().size(), 1);
    m_context->undoStack()->undo();
    QCOMPARE(file().people().person(leoId).value().notes, QStringLiteral("Likes drawing"));
}

void TestCarePathWizard::everyFocusableWidgetHasAnAccessibleName()
{
    Practitioner psy;
    psy.name = QStringLiteral("Claire Dubois");
    QVERIFY(file().people().addPractitioner(psy).ok());
    auto wizard = openWizard();
    CarePathWizard& w = *wizard;
    const QList<int> pages = w.pageIds();
    QCOMPARE(pages.size(), 7);
    int checked = 0;
    for (int id : pages) {
        QWizardPage* page = w.page(id);
        QVERIFY(!page->objectName().isEmpty());
        QVERIFY(!page->title().isEmpty());
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus)
                continue;
            // The line edit inside a date edit or a combo box speaks for its owner.
            QWidget* owner = widget->parentWidget();
            if (qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 “%3” has no accessible name")
                                    .arg(page->objectName(),
                                         QLatin1String(widget->metaObject()->className()),
                                         widget->objectName())));
            ++checked;
        }
    }
    QVERIFY2(checked >= 25, qPrintable(QString::number(checked)));
    // Labels lead to their fields.
    int buddies = 0;
    for (QLabel* label : w.page(CarePathWizard::PersonPage)->findChildren<QLabel*>())
        buddies += label->buddy() ? 1 : 0;
    QVERIFY(buddies >= 6);
}

void TestCarePathWizard::mainWindowOpensTheWizard()
{
    MainWindow window;
    auto db = Database::open(m_dir->filePath(QStringLiteral("window.sqlite")));
    QVERIFY(db.ok());
    window.context().setDatabase(std::move(db).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The Sessions menu.
    auto* action = window.findChild<QAction*>(QStringLiteral("actionCarePathWizard"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    int seen = 0;
    rejectNextWizard(&seen);
    action->trigger();
    QCOMPARE(seen, 1);

    // The empty dashboard (nobody in the file yet).
    auto* start = window.findChild<QPushButton*>(QStringLiteral("dashboardStartCarePath"));
    QVERIFY(start);
    QVERIFY(start->isVisible());
    rejectNextWizard(&seen);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(seen, 2);
    QVERIFY(window.context().file()->people().persons().isEmpty());

    // No file: nothing to start.
    window.context().setDatabase(nullptr);
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestCarePathWizard)
#include "TestCarePathWizard.moc"
