#include "commands/AddPaymentCommand.h"
#include "commands/AddPersonCommand.h"
#include "commands/AddPractitionerCommand.h"
#include "commands/AddReferralCommand.h"
#include "commands/AddSessionCommand.h"
#include "commands/ChangeSettingsCommand.h"
#include "commands/CommandSequence.h"
#include "commands/EditSessionCommand.h"
#include "commands/MarkSheetSentCommand.h"
#include "commands/RemovePersonCommand.h"
#include "commands/RemoveSessionCommand.h"
#include "model/Money.h"
#include "service/CareSheetService.h"
#include "service/SessionService.h"
#include "service/SettingsService.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "ui/shell/UiTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace carnet;
using namespace carnet::uitest;

// ServiceCommand::push, the one way every data change enters the undo stack: applied once,
// pushed only when the core accepted, every refusal (first, redo, undo) told through
// AppContext::reportError with the command's text. And the undo texts, written alike.
class TestServiceCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void undoTextsAreWrittenAlike();
    void acceptedCommandIsPushedOnce();
    void refusalIsReportedAndNotPushed();
    void laterRefusalIsReportedAndDropsTheCommand();
    void sequenceIsOneUndoStep();

private:
    CarnetFile& file() const { return *m_context->file(); }
    QUndoStack& stack() const { return *m_context->undoStack(); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    Household m_household;
    QStringList m_reported; // "action: message"
};

void TestServiceCommand::init()
{
    static int n = 0;
    auto db = Database::open(m_dir.filePath(QStringLiteral("commands%1.carnet").arg(++n)));
    QVERIFY(db.ok());
    m_context = std::make_unique<AppContext>();
    m_context->setDatabase(std::move(db).value());
    connect(m_context.get(), &AppContext::errorReported, this,
            [this](const QString& action, const QString& message) {
                m_reported << action + QStringLiteral(": ") + message;
            });
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_reported.clear();
}

void TestServiceCommand::cleanup()
{
    QCOMPARE(m_reported, QStringList());
    m_context.reset();
}

void TestServiceCommand::undoTextsAreWrittenAlike()
{
    // The form: a lower-case English infinitive phrase naming the object ("the …", or "a …"
    // when it is one among others), with what tells it apart; the Edit menu reads "Undo add
    // the session of 3 Feb 2025", and the French a noun phrase ("Annuler l'ajout de la séance…").
    const Session first = session(m_household.alice, m_household.psychologist, QDate(2025, 2, 3),
                                  SessionKind::Evaluation);
    const qint64 sessionId = file().sessions().addSession(first).value();
    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.sessionIds = {sessionId};
    sheet.issued = QDate(2025, 2, 3);
    const qint64 sheetId = file().careSheets().addCareSheet(sheet).value();
    Payment payment;
    payment.payer = Payer::Cpam;
    payment.date = QDate(2025, 3, 1);
    payment.amountCents = 3000;
    Referral referral;
    referral.personId = m_household.leo;
    referral.date = QDate(2025, 1, 15);
    Session moved = first;
    moved.id = sessionId;

    const QList<std::pair<QString, QString>> texts = {
        {AddSessionCommand(file(), first).text(), QStringLiteral("add the session of 3 Feb 2025")},
        {EditSessionCommand(file(), moved).text(),
         QStringLiteral("change the session of 3 Feb 2025")},
        {RemoveSessionCommand(file(), sessionId).text(),
         QStringLiteral("remove the session of 3 Feb 2025")},
        {MarkSheetSentCommand(file(), sheetId, testToday()).text(),
         QStringLiteral("mark the care sheet of 3 Feb 2025 as sent")},
        {AddPaymentCommand(file(), payment).text(),
         QStringLiteral("record the payment of ") + formatCents(3000)},
        {AddReferralCommand(file(), referral).text(),
         QStringLiteral("add the referral letter of 15 Jan 2025")},
        {AddPersonCommand(file(), adult()).text(), QStringLiteral("add the person “Alice Martin”")},
        {RemovePersonCommand(file(), m_household.leo).text(),
         QStringLiteral("remove the person “Léo Martin”")},
        {AddPractitionerCommand(file(), psychologist(QStringLiteral("Nora Petit"), QString()))
             .text(),
         QStringLiteral("add the psychologist “Nora Petit”")},
        {ChangeSettingsCommand(file(), StatusSettings(), AidSettings()).text(),
         QStringLiteral("change the settings")},
    };
    const QRegularExpression form(
        QStringLiteral("^(add|attach|change|mark|record|remove|start) (the|a) \\S.*[^.]$"));
    for (const auto& [text, expected] : texts) {
        QCOMPARE(text, expected);
        QVERIFY2(form.match(text).hasMatch(), qPrintable(text));
    }
}

void TestServiceCommand::acceptedCommandIsPushedOnce()
{
    const Session s = session(m_household.alice, m_household.psychologist, QDate(2025, 2, 3),
                              SessionKind::Evaluation);
    auto command = std::make_unique<AddSessionCommand>(file(), s);
    const AddSessionCommand* adding = command.get();
    QVERIFY(ServiceCommand::push(*m_context, std::move(command)));
    const qint64 id = adding->sessionId();
    QVERIFY(id != 0);
    QCOMPARE(file().sessions().sessions(m_household.alice).size(), 1); // applied once
    QCOMPARE(stack().count(), 1);
    QCOMPARE(stack().undoText(), QStringLiteral("add the session of 3 Feb 2025"));

    stack().undo();
    QVERIFY(!file().sessions().session(id));
    stack().redo();
    QCOMPARE(file().sessions().session(id)->date, QDate(2025, 2, 3)); // the same id again
    QCOMPARE(file().sessions().sessions(m_household.alice).size(), 1);
}

void TestServiceCommand::refusalIsReportedAndNotPushed()
{
    // The core refuses to remove a person with sessions.
    QVERIFY(file().sessions().addSession(session(m_household.leo, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    Error refusal;
    QVERIFY(!ServiceCommand::push(
        *m_context, std::make_unique<RemovePersonCommand>(file(), m_household.leo), &refusal));
    QVERIFY(!refusal.message.isEmpty());
    QCOMPARE(m_reported,
             QStringList{QStringLiteral("remove the person “Léo Martin”: ") + refusal.message});
    m_reported.clear();
    QVERIFY(file().people().person(m_household.leo));
    QCOMPARE(stack().count(), 0);
}

void TestServiceCommand::laterRefusalIsReportedAndDropsTheCommand()
{
    QVERIFY(ServiceCommand::push(*m_context,
                                 std::make_unique<RemovePersonCommand>(file(), m_household.leo)));
    stack().undo(); // Léo is back
    QVERIFY(file().people().person(m_household.leo));
    // A session for him now: redoing the removal is refused.
    QVERIFY(file().sessions().addSession(session(m_household.leo, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    stack().redo();
    QCOMPARE(m_reported.size(), 1);
    QVERIFY2(m_reported.constFirst().startsWith(QStringLiteral("remove the person “Léo Martin”: ")),
             qPrintable(m_reported.constFirst()));
    m_reported.clear();
    QVERIFY(file().people().person(m_household.leo));
    QCOMPARE(stack().count(), 0); // obsolete: dropped
}

void TestServiceCommand::sequenceIsOneUndoStep()
{
    // The care-path wizard's way: a new person and their courrier, the courrier's person id
    // asked for when it applies.
    auto sequence = std::make_unique<CommandSequence>(file(), QStringLiteral("start the care"));
    Person nina = child();
    nina.name = QStringLiteral("Nina Martin");
    auto* person = sequence->append(std::make_unique<AddPersonCommand>(file(), nina));
    Referral referral;
    referral.date = QDate(2025, 3, 1);
    referral.referrerName = QStringLiteral("Dr Colin");
    referral.consentHolders = {QStringLiteral("Alice Martin")};
    auto* letter = sequence->append(std::make_unique<AddReferralCommand>(
        file(), referral, QString(), [person] { return person->personId(); }));
    QVERIFY(ServiceCommand::push(*m_context, std::move(sequence)));
    QCOMPARE(stack().count(), 1);
    const qint64 personId = person->personId();
    const qint64 letterId = letter->referralId();
    QCOMPARE(file().people().referral(letterId)->personId, personId);

    stack().undo();
    QVERIFY(!file().people().person(personId));
    QVERIFY(!file().people().referral(letterId));
    stack().redo();
    QCOMPARE(file().people().person(personId)->name, QStringLiteral("Nina Martin"));
    QCOMPARE(file().people().referral(letterId)->personId, personId);
}

CARNET_UI_TEST_MAIN(TestServiceCommand)
#include "TestServiceCommand.moc"
