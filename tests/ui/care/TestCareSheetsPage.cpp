#include "caresheets/CareSheetsPage.h"
#include "caresheets/NewCareSheetDialog.h"
#include "caresheets/PaymentDialog.h"
#include "caresheets/SplitTableModel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/SendSheetDialog.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/MessageBox.h"
#include "store/Database.h"
#include "store/StoreTestSupport.h"
#include "ui/shell/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace carnet;
using namespace carnet::test;

// The claims page driven through its real widgets: create a care sheet from the sessions
// with none, mark it sent, see it late, record a payment split over two sessions (proposed by
// the core, edited, refused while the shares do not add up), and undo each step, checking
// the core's figures (CarnetFile::yearStatus) at every step.
class TestCareSheetsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<CareSheetsPage> m_page;
    QStringList m_errors;
    qint64 m_person = 0;
    QList<qint64> m_sessions; // 2 Sep (evaluation), 16 Sep, 7 Oct 2024

    CarnetFile& file() { return *m_context->file(); }
    YearStatus status() { return CARNET_TAKE(file().read().yearStatus(m_person, 2024)); }

    template <typename T>
    T* child(const char* name, QObject* parent = nullptr)
    {
        QObject* root = parent ? parent : m_page.get();
        T* found = root->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    void click(QAbstractButton* button)
    {
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QPushButton* okOf(QDialog* dialog)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    qint64 addSession(QDate date, SessionKind kind)
    {
        Session s;
        s.personId = m_person;
        s.practitionerId = m_psychologist;
        s.date = date;
        s.kind = kind;
        s.feeCents = 5000;
        s.paidCents = 5000;
        return CARNET_TAKE(file().sessions().addSession(s));
    }

    qint64 m_psychologist = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("claims%1.sqlite").arg(++n)), options);
        QVERIFY(db.ok());
        m_context = std::make_unique<AppContext>();
        connect(m_context.get(), &AppContext::errorReported, this,
                [this](const QString& action, const QString& message) {
                    m_errors.append(action + QStringLiteral(": ") + message);
                });
        m_context->setDatabase(std::move(db.value()));
        file().setToday(QDate(2024, 12, 15));
        m_context->setCurrentYear(2024);
        // Standard cover in 2024 with a mutuelle: per 50 € session the CPAM owes 30 €, the
        // mutuelle 20 €.
        m_person = CARNET_TAKE(file().people().addPerson(sampleAdult()));
        m_psychologist = CARNET_TAKE(file().people().addPractitioner(samplePsychologist()));
        m_sessions = {addSession(QDate(2024, 9, 2), SessionKind::Evaluation),
                      addSession(QDate(2024, 9, 16), SessionKind::FollowUp),
                      addSession(QDate(2024, 10, 7), SessionKind::FollowUp)};
        m_context->setCurrentPerson(m_person);
        m_page = std::make_unique<CareSheetsPage>(*m_context);
        m_page->show();
        m_errors.clear();
        MessageBox::clearAnswers();
    }

    void cleanup()
    {
        MessageBox::clearAnswers();
        m_page.reset();
        m_context.reset();
        QCOMPARE(m_errors, QStringList());
    }

    void createSendPayAndUndo()
    {
        QUndoStack& undo = *m_context->undoStack();
        DashboardPage dashboard(*m_context); // the same figures, on the dashboard
        auto* receivedAmo = dashboard.findChild<QLabel*>(QStringLiteral("receivedAmoLabel"));
        auto* owedAmo = dashboard.findChild<QLabel*>(QStringLiteral("owedAmoLabel"));
        QVERIFY(receivedAmo && owedAmo);
        QCOMPARE(receivedAmo->text(), formatCents(0));
        QCOMPARE(owedAmo->text(), formatCents(9000));
        YearStatus s = status();
        QCOMPARE(s.sessionsWithoutSheet, m_sessions);
        QCOMPARE(s.expectedAmoCents, Cents(9000));
        QCOMPARE(s.expectedAmcCents, Cents(6000));
        QCOMPARE(s.receivedAmoCents, Cents(0));
        QCOMPARE(s.owedAmoCents, Cents(9000));
        QVERIFY(child<QLabel>("unsentSessionsLabel")->text().startsWith(QStringLiteral("3 ")));

        // 1. Create a care sheet for the first two sessions.
        click(child<QPushButton>("createSheetButton"));
        auto* sheetDialog = qobject_cast<NewCareSheetDialog*>(m_page->openDialog());
        QVERIFY(sheetDialog);
        auto* list = child<QListWidget>("sheetSessionsList", sheetDialog);
        QCOMPARE(list->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(list->item(i)->checkState(), Qt::Checked); // pre-ticked
        auto* issued = child<QDateEdit>("issuedDateEdit", sheetDialog);
        QCOMPARE(issued->date(), QDate(2024, 10, 7)); // the latest session
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Space); // untick 7 Oct
        QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
        issued->setDate(QDate(2024, 9, 16));
        QCOMPARE(child<QComboBox>("sheetFormCombo", sheetDialog)->currentData().toBool(), false);
        click(okOf(sheetDialog));

        const QList<CareSheet> sheets = file().careSheets().careSheets(m_person);
        QCOMPARE(sheets.size(), 1);
        const CareSheet sheet = sheets.constFirst();
        QCOMPARE(sheet.sessionIds, m_sessions.mid(0, 2));
        QCOMPARE(sheet.issued, QDate(2024, 9, 16));
        QVERIFY(!sheet.isSent());
        QVERIFY(!sheet.electronic);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(status().sessionsWithoutSheet, QList<qint64>{m_sessions.at(2)});
        QVERIFY(child<QLabel>("unsentSessionsLabel")->text().startsWith(QStringLiteral("1 ")));
        auto* sheetsTable = child<QTableWidget>("sheetsTable");
        QCOMPARE(sheetsTable->rowCount(), 1);
        QCOMPARE(sheetsTable->item(0, 6)->text(), QStringLiteral("To send"));
        QCOMPARE(sheetsTable->item(0, 4)->text(), formatCents(6000)); // CPAM still owes
        QCOMPARE(sheetsTable->item(0, 5)->text(), formatCents(4000)); // mutuelle
        auto* toSend = child<QListWidget>("sheetsToSendList");
        QCOMPARE(toSend->count(), 1);

        // 2. Mark it sent on 1 October (paper): the CPAM is late from 31 October.
        click(child<QPushButton>("markSentButton"));
        auto* sendDialog = qobject_cast<SendSheetDialog*>(m_page->openDialog());
        QVERIFY(sendDialog);
        auto* sentDate = child<QDateEdit>("sentDate", sendDialog);
        QCOMPARE(sentDate->date(), QDate(2024, 12, 15)); // today by default
        sentDate->setDate(QDate(2024, 10, 1));
        click(okOf(sendDialog));
        QCOMPARE(file().careSheets().careSheet(sheet.id)->sent, QDate(2024, 10, 1));
        QCOMPARE(undo.count(), 2);
        QCOMPARE(toSend->count(), 0);
        s = status();
        QCOMPARE(s.latePayments.size(), 1);
        QCOMPARE(s.latePayments.constFirst().daysLate, 45);
        auto* late = child<QListWidget>("claimsLateList");
        QCOMPARE(late->count(), 1);
        QVERIFY2(late->item(0)->text().startsWith(QStringLiteral("Late: the CPAM still owes ")),
                 qPrintable(late->item(0)->text()));
        QVERIFY(late->item(0)->text().contains(QStringLiteral("45 day(s) late")));
        QCOMPARE(sheetsTable->item(0, 6)->text(), QStringLiteral("Late: CPAM 45 day(s)"));

        // 3. Record 45 € from the CPAM: the core proposes 30 € for 2 Sep and 15 € for 16 Sep.
        click(child<QPushButton>("recordPaymentButton"));
        auto* payDialog = qobject_cast<PaymentDialog*>(m_page->openDialog());
        QVERIFY(payDialog);
        SplitTableModel* split = payDialog->splitModel();
        QAbstractItemModelTester tester(split);
        QCOMPARE(split->rowCount(), 3);
        QCOMPARE(split->includedSessions(), m_sessions); // every session owed by the CPAM
        for (int row = 0; row < 3; ++row)
            QCOMPARE(split->rows().at(row).owedCents, Cents(3000));
        auto* ok = okOf(payDialog);
        auto* message = child<QLabel>("splitMessage", payDialog);
        QVERIFY(!ok->isEnabled()); // no amount yet
        auto* amount = child<QLineEdit>("amountEdit", payDialog);
        QTest::keyClicks(amount, QStringLiteral("45,00"));
        QCOMPARE(split->shares(),
                 (QList<PaymentShare>{{m_sessions.at(0), 3000}, {m_sessions.at(1), 1500}}));
        QVERIFY(ok->isEnabled());

        // Another payer: the mutuelle owes 20 € a session, and the split follows.
        auto* payer = child<QComboBox>("payerCombo", payDialog);
        payer->setCurrentIndex(payer->findData(int(Payer::Mutuelle)));
        QCOMPARE(split->rows().at(0).owedCents, Cents(2000));
        QCOMPARE(split->shares(),
                 (QList<PaymentShare>{
                     {m_sessions.at(0), 2000}, {m_sessions.at(1), 2000}, {m_sessions.at(2), 500}}));
        payer->setCurrentIndex(payer->findData(int(Payer::Cpam)));
        QCOMPARE(split->shares(),
                 (QList<PaymentShare>{{m_sessions.at(0), 3000}, {m_sessions.at(1), 1500}}));

        // Edit a share: 10 € for 16 Sep leaves 5 € unassigned, and OK is refused.
        const QModelIndex share16 = split->index(1, SplitTableModel::ShareColumn);
        // (typed in the table's editor, as a user would)
        payDialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(payDialog));
        auto* splitTable = child<QTableView>("splitTable", payDialog);
        splitTable->setFocus();
        splitTable->setCurrentIndex(share16);
        QTest::keyClick(splitTable, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("10,00"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(split->rows().at(1).shareCents, Cents(1000)); // committed (queued)
        QVERIFY(payDialog->isVisible()); // Return committed the share, not the dialog
        QCOMPARE(split->total(), Cents(4000));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(message->text().contains(formatCents(500) + QStringLiteral(" less")),
                 qPrintable(message->text()));
        QVERIFY(split->setData(share16, QStringLiteral("20")));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(message->text().contains(formatCents(500) + QStringLiteral(" more")),
                 qPrintable(message->text()));
        // Untick 7 Oct, give 2 Sep 25 € and 16 Sep 20 €: 45 € again.
        QVERIFY(split->setData(split->index(2, SplitTableModel::SessionColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
        QVERIFY(
            split->setData(split->index(0, SplitTableModel::ShareColumn), QStringLiteral("25")));
        QVERIFY(split->setData(share16, QStringLiteral("20")));
        QVERIFY(ok->isEnabled());
        QCOMPARE(message->text(), QStringLiteral("The shares add up to the amount received."));
        child<QDateEdit>("paymentDateEdit", payDialog)->setDate(QDate(2024, 12, 10));
        QTest::keyClicks(child<QLineEdit>("referenceEdit", payDialog), QStringLiteral("VIR-1234"));
        click(ok);

        QCOMPARE(undo.count(), 3);
        const QList<Payment> payments = file().careSheets().payments(m_person);
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.constFirst().payer, Payer::Cpam);
        QCOMPARE(payments.constFirst().amountCents, Cents(4500));
        QCOMPARE(payments.constFirst().date, QDate(2024, 12, 10));
        QCOMPARE(payments.constFirst().reference, QStringLiteral("VIR-1234"));
        QCOMPARE(payments.constFirst().shares,
                 (QList<PaymentShare>{{m_sessions.at(0), 2500}, {m_sessions.at(1), 2000}}));
        s = status();
        QCOMPARE(s.receivedAmoCents, Cents(4500));
        QCOMPARE(s.owedAmoCents, Cents(4500));
        QCOMPARE(s.owedAmcCents, Cents(6000));
        auto* paymentsTable = child<QTableWidget>("paymentsTable");
        QCOMPARE(paymentsTable->rowCount(), 1);
        QCOMPARE(paymentsTable->item(0, 2)->text(), formatCents(4500));
        QCOMPARE(sheetsTable->item(0, 4)->text(), formatCents(1500)); // 6000 − 4500
        QCOMPARE(receivedAmo->text(), formatCents(4500));
        QCOMPARE(owedAmo->text(), formatCents(4500));
        QVERIFY(child<QLabel>("claimsSummary")->text().contains(formatCents(4500)));

        // 4. Undo each step: the figures go back.
        undo.undo();
        QVERIFY(file().careSheets().payments(m_person).isEmpty());
        s = status();
        QCOMPARE(s.receivedAmoCents, Cents(0));
        QCOMPARE(s.owedAmoCents, Cents(9000));
        QCOMPARE(paymentsTable->rowCount(), 0);
        QCOMPARE(sheetsTable->item(0, 4)->text(), formatCents(6000));
        QCOMPARE(receivedAmo->text(), formatCents(0));
        QCOMPARE(owedAmo->text(), formatCents(9000));

        undo.undo();
        QVERIFY(!file().careSheets().careSheet(sheet.id)->isSent());
        QVERIFY(status().latePayments.isEmpty());
        QCOMPARE(late->count(), 0);
        QCOMPARE(toSend->count(), 1);

        undo.undo();
        QVERIFY(file().careSheets().careSheets(m_person).isEmpty());
        QCOMPARE(status().sessionsWithoutSheet, m_sessions);
        QCOMPARE(sheetsTable->rowCount(), 0);

        // And redo them all.
        undo.redo();
        undo.redo();
        undo.redo();
        QCOMPARE(status().receivedAmoCents, Cents(4500));
        QCOMPARE(file().careSheets().careSheet(sheet.id)->sent, QDate(2024, 10, 1));
    }

    void aLatePaymentOfAnEarlierYearIsListedAndPaid()
    {
        // A 2022 follow-up (30 €, with a courrier) on a paper sheet sent on 14 June 2022, never
        // paid by the CPAM (due 14 July 2022): on the 2024 page, from the agenda.
        Referral courrier;
        courrier.personId = m_person;
        courrier.referrerName = QStringLiteral("Paul Petit");
        courrier.date = QDate(2022, 5, 2);
        Session old;
        old.personId = m_person;
        old.practitionerId = m_psychologist;
        old.date = QDate(2022, 6, 13);
        old.kind = SessionKind::FollowUp;
        old.feeCents = 3000;
        old.paidCents = 3000;
        old.referralId = CARNET_TAKE(file().people().addReferral(courrier));
        const qint64 session = CARNET_TAKE(file().sessions().addSession(old));
        CareSheet sheet;
        sheet.personId = m_person;
        sheet.sessionIds = {session};
        sheet.issued = QDate(2022, 6, 13);
        sheet.sent = QDate(2022, 6, 14);
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));
        QVERIFY(status().latePayments.isEmpty()); // 2024's status alone does not see it

        auto* late = child<QListWidget>("claimsLateList");
        QCOMPARE(late->count(), 1);
        const int daysLate = int(QDate(2022, 7, 14).daysTo(QDate(2024, 12, 15)));
        QCOMPARE(late->item(0)->text(),
                 QStringLiteral("Late: the CPAM still owes %1 for the care sheet sent on %2. It "
                                "was due on %3 (%4 day(s) late).")
                     .arg(formatCents(1800), CareLabels::date(QDate(2022, 6, 14)),
                          CareLabels::date(QDate(2022, 7, 14)))
                     .arg(daysLate));
        QCOMPARE(late->item(0)->data(Qt::UserRole).toLongLong(), sheetId);

        // Recording it proposes what the CPAM still owes for that 2022 session.
        late->setCurrentRow(0);
        click(child<QPushButton>("recordLatePaymentButton"));
        auto* dialog = qobject_cast<PaymentDialog*>(m_page->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->splitModel()->includedSessions(), QList<qint64>{session});
        QCOMPARE(dialog->payment().amountCents, Cents(1800));
        click(okOf(dialog));
        QCOMPARE(late->count(), 0);
        QVERIFY(!child<QLabel>("claimsNoLateLabel")->isHidden());
    }

    void paymentForASheetIsPrefilled()
    {
        CareSheet sheet;
        sheet.personId = m_person;
        sheet.sessionIds = {m_sessions.at(1), m_sessions.at(2)};
        sheet.issued = QDate(2024, 10, 7);
        sheet.sent = QDate(2024, 10, 8);
        sheet.electronic = true;
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));

        m_page->recordPayment(sheetId, Payer::Mutuelle);
        auto* dialog = qobject_cast<PaymentDialog*>(m_page->openDialog());
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>("payerCombo", dialog)->currentData().toInt(),
                 int(Payer::Mutuelle));
        QCOMPARE(dialog->splitModel()->includedSessions(), sheet.sessionIds);
        QCOMPARE(child<QLineEdit>("amountEdit", dialog)->text(), QStringLiteral("40.00"));
        QCOMPARE(dialog->splitModel()->shares(),
                 (QList<PaymentShare>{{m_sessions.at(1), 2000}, {m_sessions.at(2), 2000}}));
        QVERIFY(okOf(dialog)->isEnabled());
        const Payment p = dialog->payment();
        QCOMPARE(p.payer, Payer::Mutuelle);
        QCOMPARE(p.amountCents, Cents(4000));
        QCOMPARE(p.date, QDate(2024, 12, 15));
        dialog->reject();
        QCOMPARE(m_context->undoStack()->count(), 0);
    }

    void removingAsksFirst()
    {
        CareSheet sheet;
        sheet.personId = m_person;
        sheet.sessionIds = {m_sessions.at(0)};
        sheet.issued = QDate(2024, 9, 2);
        const qint64 sheetId = CARNET_TAKE(file().careSheets().addCareSheet(sheet));
        Payment payment;
        payment.payer = Payer::Cpam;
        payment.date = QDate(2024, 11, 2);
        payment.amountCents = 3000;
        payment.shares = {{m_sessions.at(1), 3000}};
        const qint64 paymentId = CARNET_TAKE(file().careSheets().addPayment(payment));

        auto* sheetsTable = child<QTableWidget>("sheetsTable");
        auto* removeSheet = child<QPushButton>("removeSheetButton");
        QVERIFY(!removeSheet->isEnabled()); // nothing selected
        sheetsTable->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::No);
        click(removeSheet);
        QCOMPARE(file().careSheets().careSheets(m_person).size(), 1);
        QCOMPARE(MessageBox::texts().size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        sheetsTable->setFocus();
        QTest::keyClick(sheetsTable, Qt::Key_Delete); // the keyboard way
        QVERIFY(!file().careSheets().careSheet(sheetId).has_value());
        QCOMPARE(sheetsTable->rowCount(), 0);

        auto* paymentsTable = child<QTableWidget>("paymentsTable");
        QCOMPARE(paymentsTable->rowCount(), 1);
        paymentsTable->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(child<QPushButton>("removePaymentButton"));
        QVERIFY(!file().careSheets().payment(paymentId).has_value());
        QCOMPARE(paymentsTable->rowCount(), 0);

        QCOMPARE(m_context->undoStack()->count(), 2);
        m_context->undoStack()->undo();
        m_context->undoStack()->undo();
        QVERIFY(file().careSheets().payment(paymentId).has_value());
        QCOMPARE(file().careSheets().careSheet(sheetId)->sessionIds, sheet.sessionIds);
        QCOMPARE(sheetsTable->rowCount(), 1);
        QCOMPARE(paymentsTable->rowCount(), 1);
    }

    void readOnlyFileDisablesActions()
    {
        Database::OpenOptions options;
        options.readOnlyWhenLocked = true;
        options.backupOnOpen = false;
        auto reader = Database::open(m_context->filePath(), options);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->isReadOnly());
        AppContext readOnly;
        readOnly.setDatabase(std::move(reader.value()));
        readOnly.setCurrentYear(2024);
        readOnly.setCurrentPerson(m_person);
        CareSheetsPage page(readOnly);
        QCOMPARE(page.snapshot().sessionsWithoutSheet.size(), 3);
        for (const char* name :
             {"createSheetButton", "markSentButton", "recordPaymentButton",
              "recordSheetPaymentButton", "removeSheetButton", "removePaymentButton"}) {
            auto* button = page.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button, name);
            QVERIFY2(!button->isEnabled(), name);
        }
        page.createSheet();
        QVERIFY(!page.openDialog());
    }

    void dashboardStepOpensThePaymentDialog()
    {
        const QString path = m_context->filePath();
        m_page.reset();
        m_context.reset(); // close the file
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        AppContext& context = window.context();
        context.file()->setToday(QDate(2024, 12, 15));
        context.setCurrentYear(2024);
        context.setCurrentPerson(m_person);
        CareSheet sheet;
        sheet.personId = m_person;
        sheet.sessionIds = {m_sessions.at(0), m_sessions.at(1)};
        sheet.issued = QDate(2024, 9, 16);
        sheet.sent = QDate(2024, 12, 1); // not late yet: "record the payment when it comes"
        const qint64 sheetId = CARNET_TAKE(context.file()->careSheets().addCareSheet(sheet));

        QPushButton* step = nullptr;
        for (QPushButton* b : window.findChildren<QPushButton*>()) {
            if (b->property("stepKind").toInt() == int(NextStep::Kind::RecordPayment) &&
                b->property("sheetId").toLongLong() == sheetId)
                step = b;
        }
        QVERIFY(step);
        click(step);
        QCOMPARE(window.currentPage(), MainWindow::CareSheetsPage);
        auto* claims = window.findChild<CareSheetsPage*>(QStringLiteral("claimsPage"));
        QVERIFY(claims);
        auto* dialog = qobject_cast<PaymentDialog*>(claims->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->splitModel()->includedSessions(), sheet.sessionIds);
        QCOMPARE(dialog->payment().amountCents, Cents(6000)); // what the CPAM still owes
        click(okOf(dialog));
        QCOMPARE(CARNET_TAKE(context.file()->read().yearStatus(m_person, 2024)).receivedAmoCents,
                 Cents(6000));
        context.undoStack()->undo();
        QCOMPARE(CARNET_TAKE(context.file()->read().yearStatus(m_person, 2024)).receivedAmoCents,
                 Cents(0));
    }

    void everyFocusableWidgetIsNamed()
    {
        auto check = [](QWidget* root) {
            for (QWidget* w : root->findChildren<QWidget*>()) {
                if (!(w->focusPolicy() & Qt::TabFocus) || w->isWindow())
                    continue;
                if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
                    continue; // viewports
                if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox"))
                    continue; // a date edit's inner line edit
                if (w->inherits("QScrollBar") || w->inherits("QHeaderView") ||
                    w->objectName() == QLatin1String("qt_calendar_calendarview") ||
                    w->inherits("QCalendarWidget") || w->window() != root->window())
                    continue;
                if (qobject_cast<QAbstractButton*>(w))
                    QVERIFY2(!static_cast<QAbstractButton*>(w)->text().isEmpty() ||
                                 !w->accessibleName().isEmpty(),
                             qPrintable(w->objectName()));
                else
                    QVERIFY2(!w->accessibleName().isEmpty(),
                             qPrintable(w->objectName() + QLatin1Char(' ') +
                                        QLatin1String(w->metaObject()->className())));
            }
        };
        check(m_page.get());
        m_page->createSheet();
        check(m_page->openDialog());
        m_page->openDialog()->reject();
        m_page->recordNewPayment();
        check(m_page->openDialog());
        m_page->openDialog()->reject();
    }
};

CARNET_UI_TEST_MAIN(TestCareSheetsPage)
#include "TestCareSheetsPage.moc"
