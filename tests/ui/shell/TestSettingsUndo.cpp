#include "aid/AidSettings.h"
#include "service/SettingsService.h"
#include "settings/SettingsDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "ui/shell/UiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

// Saving the settings is one undoable command (ChangeSettingsCommand): the file's late
// delays and AFI delays come back with Edit > Undo and go again with Redo; a refusal is
// told the one way (AppContext::reportError) and leaves the file and the undo stack alone;
// the default psychologist (a preference of this computer) stays outside the undo stack.
class TestSettingsUndo final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void savingIsUndoneAndRedone();
    void refusalIsReportedAndNothingIsPushed();
    void unchangedSettingsPushNothing();

private:
    CarnetFile& file() const { return *m_window->context().file(); }
    QUndoStack& undo() const { return *m_window->context().undoStack(); }
    StatusSettings status() const { return file().settings().statusSettings(); }
    AidSettings aid() const { return file().settings().aidSettings(); }
    void trigger(const char* name) const
    {
        m_window->findChild<QAction*>(QLatin1String(name))->trigger();
    }
    // Opens the settings (Ctrl+,), lets `edit` change the dialog, presses OK. Returns whether
    // the dialog closed (it stays open on a refusal; it is then cancelled).
    bool editSettings(const std::function<void(SettingsDialog*)>& edit);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
};

void TestSettingsUndo::init()
{
    MessageBox::clearAnswers();
    reportedErrors().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(m_window->context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("settings.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSettingsUndo::cleanup()
{
    QCOMPARE(reportedErrors(), QStringList());
    m_window.reset();
    m_dir.reset();
}

bool TestSettingsUndo::editSettings(const std::function<void(SettingsDialog*)>& edit)
{
    bool closed = false;
    bool done = false;
    onModal<SettingsDialog>(
        [&](SettingsDialog* dialog) {
            edit(dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            closed = !dialog->isVisible();
            if (!closed)
                dialog->reject();
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return done; }))
        return false;
    return closed;
}

void TestSettingsUndo::savingIsUndoneAndRedone()
{
    const StatusSettings statusBefore = status();
    const AidSettings aidBefore = aid();
    QVERIFY(statusBefore.paperLateDays != 45);
    QVERIFY(aidBefore.validityMonths != 18);

    QVERIFY(editSettings([](SettingsDialog* dialog) {
        dialog->findChild<QSpinBox*>(QStringLiteral("paperLateDays"))->setValue(45);
        dialog->findChild<QSpinBox*>(QStringLiteral("aid_validityMonths"))->setValue(18);
    }));

    // Stored in the file, as one undo step.
    QCOMPARE(status().paperLateDays, 45);
    QCOMPARE(status().electronicLateDays, statusBefore.electronicLateDays);
    QCOMPARE(status().mutuelleLateDays, statusBefore.mutuelleLateDays);
    QCOMPARE(status().sendingDeadlineWarnDays, statusBefore.sendingDeadlineWarnDays);
    AidSettings aidAfter = aidBefore;
    aidAfter.validityMonths = 18;
    QCOMPARE(aid(), aidAfter);
    QCOMPARE(undo().count(), 1);
    QCOMPARE(undo().undoText(), QStringLiteral("change the settings"));

    // Edit > Undo: both back as they were.
    trigger("actionUndo");
    QCOMPARE(status().paperLateDays, statusBefore.paperLateDays);
    QCOMPARE(status().electronicLateDays, statusBefore.electronicLateDays);
    QCOMPARE(aid(), aidBefore);
    SettingsDialog shown(m_window->context());
    QCOMPARE(shown.findChild<QSpinBox*>(QStringLiteral("paperLateDays"))->value(),
             statusBefore.paperLateDays);
    QCOMPARE(shown.findChild<QSpinBox*>(QStringLiteral("aid_validityMonths"))->value(),
             aidBefore.validityMonths);

    // Edit > Redo: both again.
    trigger("actionRedo");
    QCOMPARE(status().paperLateDays, 45);
    QCOMPARE(aid(), aidAfter);
    QCOMPARE(undo().count(), 1);
    QCOMPARE(undo().index(), 1);
}

void TestSettingsUndo::refusalIsReportedAndNothingIsPushed()
{
    const StatusSettings statusBefore = status();
    const AidSettings aidBefore = aid();
    // A valid late delay with a refused AFI delay: neither is stored.
    QVERIFY(!editSettings([](SettingsDialog* dialog) {
        dialog->findChild<QSpinBox*>(QStringLiteral("paperLateDays"))->setValue(45);
        dialog->findChild<QSpinBox*>(QStringLiteral("aid_quoteMaxAgeMonths"))->setValue(0);
    }));
    QCOMPARE(reportedErrors(), QStringList{QStringLiteral(
                                   "change the settings: Each delay must be between 1 and 120.")});
    reportedErrors().clear();
    QCOMPARE(MessageBox::texts(),
             QStringList{QStringLiteral("Each delay must be between 1 and 120.")});
    QCOMPARE(status().paperLateDays, statusBefore.paperLateDays);
    QCOMPARE(aid(), aidBefore);
    QCOMPARE(undo().count(), 0);
}

void TestSettingsUndo::unchangedSettingsPushNothing()
{
    // Only the default psychologist: a preference of this computer, not an undo step.
    QVERIFY(editSettings([this](SettingsDialog* dialog) {
        auto* psychologist = dialog->findChild<QComboBox*>(QStringLiteral("defaultPsychologist"));
        psychologist->setCurrentIndex(psychologist->findData(m_household.otherPsychologist));
    }));
    QCOMPARE(m_window->context().defaultPsychologist(), m_household.otherPsychologist);
    QCOMPARE(undo().count(), 0);
}

CARNET_UI_TEST_MAIN(TestSettingsUndo)
#include "TestSettingsUndo.moc"
