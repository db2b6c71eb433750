// The AFI assistant walked end to end offscreen (issue 7): who and where, the care asked for,
// the checklist (a status, a date, a scan), the PDFs, the day it was sent; then the aid page
// tracks the request, a document is ticked there, and every step is undone.

#include "AidDocuments.h"
#include "UiTestSupport.h"
#include "aid/AidPage.h"
#include "aid/AidRequestWizard.h"
#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "model/Money.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/OptionalDateEdit.h"
#include "shell/Translations.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

class TestAidWizard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void walksTheAssistantEndToEnd();
    void warnsWhereTheCaisseExcludesPsychology();
    void refusesToGoOnWithoutAPsychologist();
    void cancelledBeforeTheCarePageStoresNothing();
    void refusesACareWithoutAPrice();
    void tracksTheDecisionAndTheInvoices();
    void asksToReconsiderAfterARefusal();
    void checklistRowsComeInTabOrder();
    void aRequestForSomeoneElseIsShownAfterwards();
    void checklistPageReadsAtItsDefaultSize();
    void anIncompleteDossierAsksBeforeGoingToTheCpam();

private:
    AidRequestWizard* openWizard();
    template <typename T>
    T* child(QWidget* parent, const char* name) const
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    static void next(AidRequestWizard* wizard)
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    AidService& aid() const { return *m_page->aidService(); }
    QUndoStack& undo() const { return *m_window->context().undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    AidPage* m_page = nullptr;
    Household m_household;
};

void TestAidWizard::init()
{
    reportedErrors().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(m_window->context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("aid.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
    m_window->context().setCurrentPerson(m_household.alice);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    m_page = m_window->findChild<AidPage*>();
    QVERIFY(m_page && m_page->isVisible() && m_page->aidService());
}

void TestAidWizard::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

AidRequestWizard* TestAidWizard::openWizard()
{
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("newAidButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    for (auto* wizard : m_page->findChildren<AidRequestWizard*>()) {
        if (wizard->isVisible())
            return wizard;
    }
    return nullptr;
}

void TestAidWizard::walksTheAssistantEndToEnd()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::WhoPage));

    // 1. Who, where, with whom.
    auto* person = child<QComboBox>(wizard, "personCombo");
    auto* department = child<QComboBox>(wizard, "departmentCombo");
    auto* psychologist = child<QComboBox>(wizard, "psychologistCombo");
    QCOMPARE(person->currentData().toLongLong(), m_household.alice);
    department->setCurrentIndex(department->findData(QStringLiteral("17")));
    psychologist->setCurrentIndex(psychologist->findData(m_household.psychologist));
    auto* info = child<QLabel>(wizard, "departmentInfo");
    QVERIFY2(info->text().contains(QStringLiteral("ameli.fr")), qPrintable(info->text()));
    QVERIFY(child<QLabel>(wizard, "departmentWarning")->isHidden());
    QCOMPARE(child<QLabel>(wizard, "uncertaintyLabel")->text(), AidRules::uncertaintyText());
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::CarePage));
    QCOMPARE(wizard->requestId(), 0);

    // 2. The care: 10 sessions at 45 € from 1 April to 30 September.
    auto* sessions = child<QSpinBox>(wizard, "sessionsSpin");
    sessions->setFocus();
    sessions->selectAll();
    QTest::keyClicks(sessions, QStringLiteral("10"));
    QTest::keyClicks(child<QLineEdit>(wizard, "feeEdit"), QStringLiteral("45"));
    child<QDateEdit>(wizard, "fromDate")->setDate(QDate(2025, 4, 1));
    child<QDateEdit>(wizard, "toDate")->setDate(QDate(2025, 9, 30));
    auto* payee = child<QComboBox>(wizard, "payeeCombo");
    QCOMPARE(payee->currentData().toString(), QStringLiteral("person"));
    const QString totals = child<QLabel>(wizard, "totalsLabel")->text();
    QVERIFY2(totals.startsWith(QStringLiteral("Total %1").arg(formatCents(45000))),
             qPrintable(totals));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::ChecklistPage));
    const qint64 id = wizard->requestId();
    QVERIFY(id != 0);
    {
        const AidRequest stored = *aid().request(id);
        QCOMPARE(stored.personId, m_household.alice);
        QCOMPARE(stored.departmentCode, QStringLiteral("17"));
        QCOMPARE(stored.psychologistId, m_household.psychologist);
        QCOMPARE(stored.sessions, 10);
        QCOMPARE(stored.sessionPriceCents, Cents(4500));
        QCOMPARE(stored.totalCents(), Cents(45000));
        QCOMPARE(stored.periodFrom, QDate(2025, 4, 1));
        QCOMPARE(stored.periodTo, QDate(2025, 9, 30));
        QCOMPARE(stored.payee, AidPayee::Person);
        QVERIFY(!stored.isSubmitted());
    }
    QCOMPARE(undo().count(), 1);

    // 3. The checklist: one row per document of the caisse, all missing.
    auto* table = child<QTableWidget>(wizard, "checklistTable");
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys << table->item(row, 0)->data(Qt::UserRole).toString();
    QCOMPARE(keys, (QStringList{QStringLiteral("quote"), QStringLiteral("prescription"),
                                QStringLiteral("form"), QStringLiteral("income"),
                                QStringLiteral("lodging"), QStringLiteral("rib")}));
    // The quote: received, dated 1 March. The income proof: an avis d'imposition, asked for.
    auto* quoteStatus = child<QComboBox>(table, "status_quote");
    quoteStatus->setCurrentIndex(quoteStatus->findData(QStringLiteral("received")));
    child<OptionalDateEdit>(table, "date_quote")->setDate(QDate(2025, 3, 1));
    auto* incomeStatus = child<QComboBox>(table, "status_income");
    incomeStatus->setCurrentIndex(incomeStatus->findData(QStringLiteral("requested")));
    auto* incomeKind = child<QComboBox>(table, "variant_income");
    incomeKind->setCurrentIndex(incomeKind->findData(QStringLiteral("tax-notice")));
    // A scan of the RIB.
    const QString scan = m_dir->filePath(QStringLiteral("rib.png"));
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QVERIFY(image.save(scan));
    FileDialog::setNextFileName(scan); // the "Attach…" button's file chooser
    QTest::mouseClick(child<QPushButton>(table, "attach_rib"), Qt::LeftButton);
    QCOMPARE(child<QComboBox>(table, "status_rib")->currentData().toString(),
             QStringLiteral("attached"));
    QCOMPARE(child<QPushButton>(table, "attach_rib")->text(), QStringLiteral("rib.png"));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::DocumentsPage));
    {
        const AidRequest stored = *aid().request(id);
        QCOMPARE(stored.item(QStringLiteral("quote"))->status, ChecklistStatus::Received);
        QCOMPARE(stored.item(QStringLiteral("quote"))->documentDate, QDate(2025, 3, 1));
        QCOMPARE(stored.item(QStringLiteral("income"))->status, ChecklistStatus::Requested);
        QCOMPARE(stored.item(QStringLiteral("income"))->variant, QStringLiteral("tax-notice"));
        QCOMPARE(stored.item(QStringLiteral("rib"))->status, ChecklistStatus::Attached);
        QVERIFY(stored.item(QStringLiteral("rib"))->attachmentId != 0);
        QCOMPARE(stored.item(QStringLiteral("form"))->status, ChecklistStatus::Missing);
    }

    // 4. The PDFs, written in a folder of our own.
    const QString folder = m_dir->filePath(QStringLiteral("afi"));
    FileDialog::setNextFileName(folder); // "Choose…"
    QTest::mouseClick(child<QPushButton>(wizard, "chooseFolderButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(wizard, "outputFolder")->text(), folder);
    // Documents are missing: asked first ("Write them anyway").
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(wizard, "generateButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY2(
        MessageBox::texts().first().startsWith(QStringLiteral("This dossier is not complete yet:")),
        qPrintable(MessageBox::texts().first()));
    // French names, with the person's name and the day.
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(written,
             (QStringList{QStringLiteral("Demande AFI - Alice Martin - 2025-03-10.pdf"),
                          QStringLiteral("Demande de devis AFI - Alice Martin - 2025-03-10.pdf"),
                          QStringLiteral("Devis AFI - Alice Martin - 2025-03-10.pdf"),
                          QStringLiteral("Dossier AFI - Alice Martin - 2025-03-10.pdf"),
                          QStringLiteral("Récapitulatif AFI - Alice Martin - 2025-03-10.pdf")}));
    QVERIFY(child<QLabel>(wizard, "generatedLabel")
                ->text()
                .contains(QStringLiteral("Dossier AFI - Alice Martin - 2025-03-10.pdf")));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::SendPage));

    // 5. Sent today.
    auto* sentDate = child<QDateEdit>(wizard, "sentDate");
    QCOMPARE(sentDate->date(), testToday());
    QCOMPARE(sentDate->maximumDate(), testToday());
    QTest::mouseClick(child<QCheckBox>(wizard, "sentCheck"), Qt::LeftButton);
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Record as sent anyway"
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY(MessageBox::texts().first().endsWith(QStringLiteral("Record it as sent anyway?")));
    QCOMPARE(reportedErrors(), QStringList());
    QCOMPARE(aid().request(id)->submitted, testToday());

    // The aid page tracks it.
    QCOMPARE(m_page->currentRequest(), id);
    auto* list = child<QListWidget>(m_page, "aidRequestList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(formatCents(45000)));
    const QString tracking = child<QLabel>(m_page, "trackingLabel")->text();
    QVERIFY2(tracking.contains(QStringLiteral("Sent on")), qPrintable(tracking));
    auto* checklist = child<QTableWidget>(m_page, "trackingChecklist");
    QCOMPARE(checklist->rowCount(), 6);
    QCOMPARE(checklist->item(0, 1)->text(),
             AidRules::checklistStatusText(ChecklistStatus::Received));
    QCOMPARE(checklist->item(5, 1)->text(),
             AidRules::checklistStatusText(ChecklistStatus::Attached));
    QVERIFY(!child<QPushButton>(m_page, "markSentButton")->isEnabled());
    QVERIFY(child<QPushButton>(m_page, "decisionButton")->isEnabled());

    // Print the dossier from the page (no suffix typed: ".pdf" added).
    auto* print = child<QToolButton>(m_page, "documentsButton");
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("printed")));
    print->menu()->actions().constFirst()->trigger();
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("printed.pdf"))).size() > 1000);

    // Tick a document on the page: the form arrived.
    auto* formStatus = child<QComboBox>(checklist, "trackingStatus_form");
    QVERIFY(formStatus);
    formStatus->setCurrentIndex(formStatus->findData(QStringLiteral("received")));
    QCOMPARE(aid().request(id)->item(QStringLiteral("form"))->status, ChecklistStatus::Received);
    QCOMPARE(aid().status(id)->itemsMissing, 3); // prescription, income (asked for), lodging
    QVERIFY(child<QLabel>(m_page, "trackingLabel")->text() != QString());

    // Each step is one undoable change; undone in turn, down to nothing.
    QCOMPARE(undo().count(), 5); // new, attach, documents, sent, ticked
    undo().undo();
    QCOMPARE(aid().request(id)->item(QStringLiteral("form"))->status, ChecklistStatus::Missing);
    undo().undo();
    QVERIFY(!aid().request(id)->isSubmitted());
    QVERIFY(child<QPushButton>(m_page, "markSentButton")->isEnabled());
    undo().undo(); // the table's statuses, stored on leaving the page
    QCOMPARE(aid().request(id)->item(QStringLiteral("quote"))->status, ChecklistStatus::Missing);
    QCOMPARE(aid().request(id)->item(QStringLiteral("rib"))->status, ChecklistStatus::Attached);
    undo().undo(); // the scan, attached before
    QCOMPARE(aid().request(id)->item(QStringLiteral("rib"))->status, ChecklistStatus::Missing);
    undo().undo();
    QVERIFY(!aid().request(id));
    QCOMPARE(list->count(), 0);
    // And redone.
    while (undo().canRedo())
        undo().redo();
    QCOMPARE(aid().request(id)->submitted, testToday());
    QCOMPARE(aid().request(id)->item(QStringLiteral("form"))->status, ChecklistStatus::Received);
}

void TestAidWizard::warnsWhereTheCaisseExcludesPsychology()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    auto* department = child<QComboBox>(wizard, "departmentCombo");
    department->setCurrentIndex(department->findData(QStringLiteral("69")));
    auto* warning = child<QLabel>(wizard, "departmentWarning");
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("psychology sessions cannot be funded")),
             qPrintable(warning->text()));
    department->setCurrentIndex(department->findData(QStringLiteral("55")));
    QVERIFY(warning->isHidden());
    wizard->reject();
}

void TestAidWizard::refusesToGoOnWithoutAPsychologist()
{
    // A file with a person and no psychologist.
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("empty.carnet")));
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    file().setToday(testToday());
    QVERIFY(file().people().addPerson(adult()));
    m_page = m_window->findChild<AidPage*>();
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    MessageBox::clearAnswers();
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::WhoPage));
    QCOMPARE(MessageBox::texts(),
             QStringList{QStringLiteral("Add the person and the psychologist to the file first.")});
    wizard->reject();
    QVERIFY(m_page->aidService()->requests().isEmpty());
}

void TestAidWizard::cancelledBeforeTheCarePageStoresNothing()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::CarePage));
    wizard->reject();
    QTRY_VERIFY(!wizard->isVisible());
    QVERIFY(aid().requests().isEmpty());
    QCOMPARE(undo().count(), 0);
}

void TestAidWizard::refusesACareWithoutAPrice()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::CarePage));
    next(wizard); // no price typed
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::CarePage));
    QCOMPARE(reportedErrors().size(), 1);
    QVERIFY(aid().requests().isEmpty());
    reportedErrors().clear();
    QTest::keyClicks(child<QLineEdit>(wizard, "feeEdit"), QStringLiteral("45"));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::ChecklistPage));
    QCOMPARE(aid().requests().size(), 1);
    wizard->reject();
}

namespace {

AidRequest sentRequest(const Household& household)
{
    AidRequest request;
    request.personId = household.alice;
    request.departmentCode = QStringLiteral("17");
    request.psychologistId = household.psychologist;
    request.sessions = 20;
    request.sessionPriceCents = 5000;
    request.periodFrom = QDate(2025, 4, 1);
    request.periodTo = QDate(2025, 12, 31);
    return request;
}

// Fills the tracking page's small form dialog: `amount` in its line edit, then OK. Records
// the names its fields give to a screen reader.
void fillForm(QDialog* dialog, const QString& amount, QStringList* names)
{
    for (QWidget* field : dialog->findChildren<QWidget*>()) {
        if ((qobject_cast<QLineEdit*>(field) &&
             !qobject_cast<QAbstractSpinBox*>(field->parent())) ||
            qobject_cast<QAbstractSpinBox*>(field) || qobject_cast<QPlainTextEdit*>(field))
            *names << field->accessibleName();
    }
    if (auto* edit = dialog->findChild<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly))
        QTest::keyClicks(edit, amount);
    if (auto* text = dialog->findChild<QPlainTextEdit*>())
        QTest::keyClicks(text, amount);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

void TestAidWizard::tracksTheDecisionAndTheInvoices()
{
    const qint64 id = aid().addRequest(sentRequest(m_household)).value();
    QVERIFY(aid().markSubmitted(id, QDate(2025, 2, 1)));
    m_page->selectRequest(id);
    QVERIFY(child<QLabel>(m_page, "trackingLabel")->text().contains(QStringLiteral("Sent on")));
    auto* decision = child<QPushButton>(m_page, "decisionButton");
    QVERIFY(decision->isEnabled());
    QVERIFY(!child<QPushButton>(m_page, "claimButton")->isEnabled());

    QStringList names;
    bool done = false;
    onModal<QDialog>([&names](QDialog* dialog) { fillForm(dialog, QStringLiteral("900"), &names); },
                     &done);
    QTest::mouseClick(decision, Qt::LeftButton);
    QTRY_VERIFY(done);
    QVERIFY2(!names.isEmpty() && !names.contains(QString()), qPrintable(names.join(u'|')));
    QVERIFY(aid().request(id)->isGranted());
    QCOMPARE(aid().request(id)->grantedCents, Cents(90000));
    QCOMPARE(aid().request(id)->decisionDate, testToday());
    const QString figures = child<QLabel>(m_page, "trackingLabel")->text();
    QVERIFY2(figures.contains(QStringLiteral("Granted %1").arg(formatCents(90000))),
             qPrintable(figures));

    // Invoices for 180 € sent against the grant.
    auto* claim = child<QPushButton>(m_page, "claimButton");
    QVERIFY(claim->isEnabled());
    names.clear();
    done = false;
    onModal<QDialog>([&names](QDialog* dialog) { fillForm(dialog, QStringLiteral("180"), &names); },
                     &done);
    QTest::mouseClick(claim, Qt::LeftButton);
    QTRY_VERIFY(done);
    QVERIFY2(!names.contains(QString()), qPrintable(names.join(u'|')));
    QCOMPARE(aid().request(id)->claims.size(), 1);
    QCOMPARE(aid().status(id)->remainingCents, Cents(72000));
    QVERIFY(child<QLabel>(m_page, "trackingLabel")
                ->text()
                .contains(QStringLiteral("left %1").arg(formatCents(72000))));

    undo().undo();
    QVERIFY(aid().request(id)->claims.isEmpty());
    undo().undo();
    QCOMPARE(aid().request(id)->decision, AidDecision::Pending);
    QVERIFY(decision->isEnabled());
    QCOMPARE(reportedErrors(), QStringList());
}

void TestAidWizard::asksToReconsiderAfterARefusal()
{
    const qint64 id = aid().addRequest(sentRequest(m_household)).value();
    QVERIFY(aid().markSubmitted(id, QDate(2025, 2, 1)));
    QVERIFY(aid().recordDecision(id, QDate(2025, 3, 3), true, 0));
    m_page->selectRequest(id);
    auto* appeal = child<QPushButton>(m_page, "appealButton");
    QVERIFY(appeal->isEnabled());
    QStringList names;
    bool done = false;
    onModal<QDialog>(
        [&names](QDialog* dialog) {
            fillForm(dialog, QStringLiteral("Ma situation a change."), &names);
        },
        &done);
    QTest::mouseClick(appeal, Qt::LeftButton);
    QTRY_VERIFY(done);
    QVERIFY2(!names.contains(QString()), qPrintable(names.join(u'|')));
    QCOMPARE(aid().request(id)->appealDate, testToday());
    QCOMPARE(aid().request(id)->appealText, QStringLiteral("Ma situation a change."));
    undo().undo();
    QVERIFY(!aid().request(id)->appealDate.isValid());
}

void TestAidWizard::checklistRowsComeInTabOrder()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    next(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, "feeEdit"), QStringLiteral("45"));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::ChecklistPage));
    // Row by row, column by column.
    const QStringList chain = tabChain(child<QWidget>(wizard, "checklistTable"), 9);
    QCOMPARE(chain, (QStringList{QStringLiteral("checklistTable"), QStringLiteral("status_quote"),
                                 QStringLiteral("date_quote"), QStringLiteral("attach_quote"),
                                 QStringLiteral("status_prescription"),
                                 QStringLiteral("date_prescription"),
                                 QStringLiteral("attach_prescription"),
                                 QStringLiteral("status_form"), QStringLiteral("date_form")}));
    wizard->reject();
}

void TestAidWizard::aRequestForSomeoneElseIsShownAfterwards()
{
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    auto* person = child<QComboBox>(wizard, "personCombo");
    person->setCurrentIndex(person->findData(m_household.leo));
    next(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, "feeEdit"), QStringLiteral("45"));
    next(wizard);
    const qint64 id = wizard->requestId();
    QVERIFY(id != 0);
    QCOMPARE(aid().request(id)->personId, m_household.leo);
    wizard->accept();
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(m_window->context().currentPerson(), m_household.leo);
    QCOMPARE(m_page->currentRequest(), id);
}

CARNET_UI_TEST_MAIN(TestAidWizard)
#include "TestAidWizard.moc"

void TestAidWizard::checklistPageReadsAtItsDefaultSize()
{
    const QLocale saved;
    installTranslations(*qApp, QStringLiteral("fr"));
    const auto restore = qScopeGuard([&saved] {
        for (auto* translator :
             qApp->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly))
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(saved);
    });
    AidRequestWizard* wizard = openWizard();
    QVERIFY(wizard);
    next(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, "feeEdit"), QStringLiteral("45"));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(AidRequestWizard::ChecklistPage));
    // Its controls are lists: it says "choose", not "tick".
    const QString subTitle = wizard->currentPage()->subTitle();
    QVERIFY2(!subTitle.contains(QStringLiteral("tick"), Qt::CaseInsensitive) &&
                 !subTitle.contains(QStringLiteral("coche"), Qt::CaseInsensitive),
             qPrintable(subTitle));
    QVERIFY2(subTitle.contains(QStringLiteral("choose"), Qt::CaseInsensitive) ||
                 subTitle.contains(QStringLiteral("choisi"), Qt::CaseInsensitive),
             qPrintable(subTitle));
    for (QComboBox* status : wizard->findChildren<QComboBox*>()) {
        if (status->objectName().startsWith(QLatin1String("status_")))
            QVERIFY(status->isVisible());
    }

    // At its default size (within the main window's), every column shows without scrolling.
    QVERIFY(wizard->width() <= 1100 && wizard->height() <= 760);
    auto* table = child<QTableWidget>(wizard, "checklistTable");
    QTRY_VERIFY(table->rowHeight(1) > table->rowHeight(0)); // the long name wraps
    const int viewport = table->viewport()->width();
    int columns = 0;
    for (int column = 0; column < table->columnCount(); ++column)
        columns += table->columnWidth(column);
    QVERIFY2(columns <= viewport, qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(viewport)));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        // The document's name is whole: its row as tall as its wrapped text needs.
        QVERIFY(table->rowHeight(row) >=
                static_cast<const QAbstractItemView*>(table)->sizeHintForRow(row));
        for (int column = 1; column < table->columnCount(); ++column) {
            if (QWidget* cell = table->cellWidget(row, column)) {
                const QRect r(cell->mapTo(table->viewport(), QPoint(0, 0)), cell->size());
                QVERIFY2(r.right() < viewport, qPrintable(cell->objectName()));
            }
        }
    }
    auto* kind = child<QComboBox>(wizard, "variant_income");
    QVERIFY(kind->width() < 200);
    wizard->reject();
}

void TestAidWizard::anIncompleteDossierAsksBeforeGoingToTheCpam()
{
    AidRequest request = sentRequest(m_household);
    const qint64 id = aid().addRequest(request).value();
    m_page->selectRequest(id);
    const AidStatus status = *aid().status(id);
    QVERIFY(!status.readyToSend);
    auto* print = child<QToolButton>(m_page, "documentsButton");
    const auto action = [print](const QString& text) -> QAction* {
        for (QAction* a : print->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    };
    QAction* dossier = print->menu()->actions().constFirst();

    // The dossier: "Not now" writes nothing, and no file chooser opens.
    MessageBox::clearAnswers();
    FileDialog::clearNextFileNames();
    MessageBox::setNextAnswer(QMessageBox::No);
    dossier->trigger();
    QCOMPARE(MessageBox::texts().size(), 1);
    const QString asked = MessageBox::texts().first();
    // What is missing, in the core's words.
    for (const AidNextStep& step : status.nextSteps) {
        if (step.kind == AidNextStep::Kind::GetDocument)
            QVERIFY2(asked.contains(step.text), qPrintable(step.text));
    }
    QVERIFY(asked.endsWith(QStringLiteral("Print it anyway?")));
    QVERIFY(FileDialog::proposedPaths().isEmpty());

    // "Print anyway": the chooser proposes a French name with the person's name and the day.
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("dossier.pdf")));
    dossier->trigger();
    QCOMPARE(FileDialog::proposedPaths().size(), 1);
    QCOMPARE(QFileInfo(FileDialog::proposedPaths().first()).fileName(),
             QStringLiteral("Dossier AFI - Alice Martin - 2025-03-10.pdf"));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("dossier.pdf"))));

    // The letter asking for a quote helps get a missing document: not asked.
    MessageBox::clearAnswers();
    FileDialog::clearNextFileNames();
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("ask.pdf")));
    QAction* quoteRequest = action(AidDocuments::displayName(AidDocuments::Kind::QuoteRequest));
    QVERIFY(quoteRequest);
    quoteRequest->trigger();
    QVERIFY(MessageBox::texts().isEmpty());
    QCOMPARE(QFileInfo(FileDialog::proposedPaths().first()).fileName(),
             QStringLiteral("Demande de devis AFI - Alice Martin - 2025-03-10.pdf"));

    // Recorded as sent: "Not now" leaves it unsent, without the date's dialog.
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(m_page, "markSentButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY(MessageBox::texts().first().endsWith(QStringLiteral("Record it as sent anyway?")));
    QVERIFY(!aid().request(id)->isSubmitted());
    // "Record as sent anyway": the date, then sent.
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    bool dated = false;
    onModal<QDialog>(
        [](QDialog* dialog) {
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        &dated);
    QTest::mouseClick(child<QPushButton>(m_page, "markSentButton"), Qt::LeftButton);
    QTRY_VERIFY(dated);
    QCOMPARE(aid().request(id)->submitted, testToday());
    // Sent: printing is not asked about any more.
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("again.pdf")));
    dossier->trigger();
    QVERIFY(MessageBox::texts().isEmpty());
}
