// Issue 8: every control a keyboard or a screen reader reaches has a name. For the main
// window's pages and every dialog and wizard page: each widget whose focus policy is not
// NoFocus (shown or not) needs a non-empty accessible name, or a label that names it: a
// button's own text, a QLabel's own text, or a QLabel whose buddy it is. The parts Qt builds
// inside a control (a spin box's line edit, a combo box's popup, a calendar) are the control's.

#include "UiTestSupport.h"
#include "aid/AidPage.h"
#include "aid/AidRequestWizard.h"
#include "aid/AidService.h"
#include "dashboard/SendSheetDialog.h"
#include "files/RestoreBackupDialog.h"
#include "help/CrisisDialog.h"
#include "model/Money.h"
#include "persons/PersonDialog.h"
#include "persons/PersonsDialog.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/QuickEntryDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMultiHash>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWizard>

using namespace carnet;
using namespace carnet::uitest;

namespace {

QString stripped(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// A part Qt builds inside a control: its name is the control's.
bool isInternal(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* w = widget->parentWidget(); w && w != root->parentWidget();
         w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QCalendarWidget*>(w))
            return true;
    }
    return false;
}

bool hasBuddy(const QWidget* widget, const QWidget* root)
{
    for (const QLabel* label : root->window()->findChildren<QLabel*>()) {
        if (label->buddy() == widget && !stripped(label->text()).isEmpty())
            return true;
    }
    return false;
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        path.prepend(QStringLiteral("%1(%2)").arg(QLatin1String(w->metaObject()->className()),
                                                  w->objectName()));
        if (w->isWindow())
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// The focusable widgets under `root` with no name.
QStringList unnamed(const QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy() ||
            isInternal(widget, root))
            continue;
        if (!widget->accessibleName().trimmed().isEmpty())
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
            button && !stripped(button->text()).isEmpty())
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget);
            label && !stripped(label->text()).isEmpty())
            continue;
        if (hasBuddy(widget, root))
            continue;
        problems << describe(widget);
    }
    return problems;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void mainWindowPages();
    void emptyStates();
    void wholeWindow();
    void personDialogs();
    void quickEntryDialog();
    void settingsDialog();
    void otherDialogs();
    void aidWizardPages();
    void dashboardFiguresSayWhatTheyAre();
    void mnemonicsAreUnique();

private:
    CarnetFile& file() const { return *m_window->context().file(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
    qint64 m_request = 0;
};

void TestAccessibility::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("a11y.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
    m_window->context().setCurrentPerson(m_household.alice);
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 17), SessionKind::FollowUp, 4000)));
    // An aid request, so that the aid page shows its tracking view.
    auto* aidPage = m_window->findChild<AidPage*>();
    AidRequest request;
    request.personId = m_household.alice;
    request.departmentCode = QStringLiteral("17");
    request.psychologistId = m_household.psychologist;
    request.sessions = 10;
    request.sessionPriceCents = 4500;
    request.periodFrom = QDate(2025, 4, 1);
    request.periodTo = QDate(2025, 9, 30);
    m_request = aidPage->aidService()->addRequest(request).value();
    aidPage->selectRequest(m_request);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_dir.reset();
}

void TestAccessibility::mainWindowPages()
{
    // Every page, and the window around them (navigation, toolbar).
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        if (page == MainWindow::CareSheetsPage)
            continue; // the claims work checks its own page
        m_window->showPage(MainWindow::Page(page));
        QWidget* widget = pages->widget(page);
        const QStringList problems = unnamed(widget);
        QVERIFY2(problems.isEmpty(), qPrintable(widget->objectName() + QStringLiteral(":\n") +
                                                problems.join(QLatin1Char('\n'))));
    }
    QStringList problems;
    for (QWidget* widget : m_window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (widget != m_window->centralWidget())
            problems << unnamed(widget);
    }
    for (QWidget* widget :
         m_window->centralWidget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (widget != pages && !widget->accessibleName().isEmpty())
            continue;
        if (widget != pages)
            problems << describe(widget);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::emptyStates()
{
    m_window->context().setCurrentPerson(0);
    MainWindow empty;
    const QStringList problems = unnamed(&empty);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    m_window->context().setCurrentPerson(m_household.alice);
}

void TestAccessibility::wholeWindow()
{
    // Everything in the window at once: toolbar, navigation, pages.
    const QStringList problems = unnamed(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::personDialogs()
{
    Person person = *file().people().person(m_household.alice);
    person.coverage = {{CoverageKind::C2S, QDate(2025, 1, 1), QDate()}};
    PersonDialog dialog(person, testToday(), {});
    QStringList problems = unnamed(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    PersonsDialog persons(m_window->context());
    problems = unnamed(&persons);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::quickEntryDialog()
{
    QuickEntryDialog dialog(m_window->context());
    QStringList problems = unnamed(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    dialog.setSession(file().sessions().sessions(m_household.alice).constFirst());
    problems = unnamed(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::settingsDialog()
{
    SettingsDialog dialog(m_window->context());
    const QStringList problems = unnamed(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::otherDialogs()
{
    CrisisDialog crisis;
    QStringList problems = unnamed(&crisis);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    BackupInfo backup;
    backup.path = m_dir->filePath(QStringLiteral("backup.sqlite"));
    backup.created = QDateTime(testToday(), QTime(9, 0));
    backup.size = 4096;
    RestoreBackupDialog restore({backup});
    problems = unnamed(&restore);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.issued = QDate(2025, 2, 17);
    sheet.sessionIds = {file().sessions().sessions(m_household.alice).constFirst().id};
    const qint64 sheetId = file().careSheets().addCareSheet(sheet).value();
    SendSheetDialog send(file(), sheetId);
    problems = unnamed(&send);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(file().careSheets().removeCareSheet(sheetId));
}

void TestAccessibility::aidWizardPages()
{
    auto* aidPage = m_window->findChild<AidPage*>();
    AidRequestWizard wizard(m_window->context(), *aidPage->aidService());
    wizard.show();
    QStringList problems;
    // Walk every page, so that the checklist's rows exist.
    wizard.findChild<QLineEdit*>(QStringLiteral("feeEdit"))->setText(QStringLiteral("45"));
    for (int page = AidRequestWizard::WhoPage; page <= AidRequestWizard::SendPage; ++page) {
        QCOMPARE(wizard.currentId(), page);
        for (const QString& problem : unnamed(wizard.currentPage()))
            problems << QStringLiteral("page %1: %2").arg(page).arg(problem);
        if (page != AidRequestWizard::SendPage)
            wizard.next();
    }
    // The wizard's own buttons.
    for (QAbstractButton* button : wizard.findChildren<QAbstractButton*>()) {
        if (button->focusPolicy() != Qt::NoFocus && stripped(button->text()).isEmpty() &&
            button->accessibleName().isEmpty())
            problems << describe(button);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    wizard.reject();
}

void TestAccessibility::dashboardFiguresSayWhatTheyAre()
{
    // A figure alone ("30.00 €") means nothing to a screen reader: its name says what it is.
    m_window->showPage(MainWindow::DashboardPage);
    const QString expected = formatCents(3000);
    auto* amo = m_window->findChild<QLabel*>(QStringLiteral("expectedAmoLabel"));
    QVERIFY(amo);
    QCOMPARE(amo->text(), expected);
    QVERIFY2(amo->accessibleName().contains(QStringLiteral("CPAM")) &&
                 amo->accessibleName().contains(expected),
             qPrintable(amo->accessibleName()));
    for (const char* name :
         {"paidLabel", "expectedAmoLabel", "receivedAmoLabel", "owedAmoLabel", "expectedAmcLabel",
          "receivedAmcLabel", "owedAmcLabel", "owedTotalLabel", "coveredUsedLabel"}) {
        auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(label && label->accessibleName().contains(label->text()), name);
    }
}

namespace {

// The Alt+letter of every label, button and menu title in `widgets` (visible or not): two
// alike fire neither (or only cycle the focus).
QStringList clashingMnemonics(const QList<QWidget*>& roots, const QStringList& extra = {})
{
    QMultiHash<QString, QString> byKey;
    for (const QString& text : extra) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey.insert(key.toString(), text);
    }
    for (QWidget* root : roots) {
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
                text = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                text = button->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey.insert(key.toString(), text);
        }
    }
    QStringList clashes;
    for (const QString& key : byKey.uniqueKeys()) {
        if (byKey.count(key) > 1)
            clashes << key + QStringLiteral(": ") + QStringList(byKey.values(key)).join(u'|');
    }
    return clashes;
}

} // namespace

void TestAccessibility::mnemonicsAreUnique()
{
    QuickEntryDialog quick(m_window->context());
    QStringList clashes = clashingMnemonics({&quick});
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    PersonDialog person(*file().people().person(m_household.alice), testToday(), {});
    clashes = clashingMnemonics({&person});
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    SettingsDialog settings(m_window->context());
    clashes = clashingMnemonics({&settings});
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    // The window: its menus, its toolbar, and each page of ours with them.
    QStringList menus;
    for (QAction* action : m_window->menuBar()->actions())
        menus << action->text();
    QStringList toolbar;
    for (QToolBar* bar : m_window->findChildren<QToolBar*>()) {
        for (QLabel* label : bar->findChildren<QLabel*>())
            toolbar << label->text();
    }
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    for (int page :
         {int(MainWindow::DashboardPage), int(MainWindow::SessionsPage), int(MainWindow::AidPage),
          int(MainWindow::HelpPage), int(MainWindow::CaseloadPage)}) {
        m_window->showPage(MainWindow::Page(page)); // the help page is built when first shown
        clashes = clashingMnemonics({pages->widget(page)}, menus + toolbar);
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(pages->widget(page)->objectName() + u' ' + clashes.join(u'\n')));
    }
}

CARNET_UI_TEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
