// Handing a person's file back, encrypted (issue #14, item 3), as a volunteer does it: File >
// Export > the current person, encrypted; the passphrase typed twice in PassphraseDialog; then,
// in another file, File > Import asks for it once. A wrong passphrase or a changed byte is
// refused with one sentence and the open file stays as it was.

#include "UiTestSupport.h"
#include "files/PassphraseDialog.h"
#include "io/JsonExport.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

namespace {

const QString kPassphrase = QStringLiteral("le chat dort sur le radiateur");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHandBack final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportsAPersonEncryptedAndImportsIt();
    void wrongPassphraseOrChangedByteChangesNothing();
    void cancelledPassphraseDoesNothing();
    void sealingDialogChecksLengthAndMatch();
    void openingDialogAsksOnce();
    void realDialogSealsTheFile();

private:
    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    // Léo's file, exported encrypted through the menu with `passphrase`; its path.
    QString sealLeo(const QString& passphrase = kPassphrase);
    // A new file holding only Zoé; the whole of it as JSON (to prove nothing changed).
    QByteArray openOtherFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
};

void TestHandBack::init()
{
    MessageBox::clearAnswers();
    FileDialog::clearNextFileNames();
    PassphraseDialog::clearNextPassphrases();
    RecentFiles::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStartupFile(file(QStringLiteral("household.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    QVERIFY(file().sessions().addSession(session(m_household.leo, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 4), SessionKind::Evaluation)));
}

void TestHandBack::cleanup()
{
    PassphraseDialog::clearNextPassphrases();
    m_window.reset();
    m_dir.reset();
}

QString TestHandBack::sealLeo(const QString& passphrase)
{
    m_window->context().setCurrentPerson(m_household.leo);
    FileDialog::setNextFileName(file(QStringLiteral("leo"))); // the suffix is added
    PassphraseDialog::setNextPassphrase(passphrase);
    action("actionExportPersonEncrypted")->trigger();
    return file(QStringLiteral("leo.carnet-export"));
}

QByteArray TestHandBack::openOtherFile()
{
    FileDialog::setNextFileName(file(QStringLiteral("other")));
    action("actionNew")->trigger();
    if (m_window->currentFile() != file(QStringLiteral("other.carnet")))
        return {};
    Person zoe;
    zoe.name = QStringLiteral("Zoé Bernard");
    zoe.birthDate = QDate(1990, 5, 6);
    if (!file().people().addPerson(zoe))
        return {};
    return JsonExport::exportFile(file().database()).value();
}

void TestHandBack::exportsAPersonEncryptedAndImportsIt()
{
    const QString sealed = sealLeo();
    // The proposed name: the person's and the day's.
    QVERIFY2(FileDialog::proposedPaths().constLast().endsWith(
                 QStringLiteral("/Léo Martin 2025-03-10.carnet-export")),
             qPrintable(FileDialog::proposedPaths().join(QLatin1Char('\n'))));
    const QByteArray bytes = readAll(sealed);
    QVERIFY(bytes.startsWith("CARNETX1"));
    QVERIFY(!bytes.contains("Martin"));
    QCOMPARE(QFileInfo(sealed).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY2(MessageBox::texts().constLast().contains(QStringLiteral("encrypted")),
             qPrintable(MessageBox::texts().join(QLatin1Char('\n'))));

    QVERIFY(!openOtherFile().isEmpty());
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(sealed);
    PassphraseDialog::setNextPassphrase(kPassphrase);
    action("actionImportJson")->trigger();
    QStringList names;
    for (const Person& p : file().people().persons())
        names << p.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Léo Martin"), QStringLiteral("Zoé Bernard")}));
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY2(MessageBox::texts().constFirst().startsWith(QStringLiteral("Imported 1 person(s)")),
             qPrintable(MessageBox::texts().constFirst()));
    const qint64 leo = m_window->context().currentPerson();
    QCOMPARE(file().people().findPerson(leo)->name, QStringLiteral("Léo Martin"));
    QCOMPARE(file().sessions().sessions(leo).size(), 1);
    QCOMPARE(file().sessions().sessions(leo).constFirst().date, QDate(2025, 2, 3));
}

void TestHandBack::wrongPassphraseOrChangedByteChangesNothing()
{
    const QString sealed = sealLeo();
    QByteArray changed = readAll(sealed);
    changed[changed.size() - 1] = char(changed.at(changed.size() - 1) ^ 0x01);
    const QString changedPath = file(QStringLiteral("changed.carnet-export"));
    QFile out(changedPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(changed);
    out.close();

    const QByteArray before = openOtherFile();
    QVERIFY(!before.isEmpty());
    const int undoCount = m_window->context().undoStack()->count();
    for (const auto& [path, passphrase] :
         {std::pair{sealed, QStringLiteral("le chat dort sur le radiateur!")},
          std::pair{changedPath, kPassphrase}}) {
        MessageBox::clearAnswers();
        FileDialog::setNextFileName(path);
        PassphraseDialog::setNextPassphrase(passphrase);
        action("actionImportJson")->trigger();
        QCOMPARE(MessageBox::texts(),
                 QStringList{QStringLiteral(
                     "Nothing was imported: Wrong passphrase, or the file was changed.")});
        QCOMPARE(JsonExport::exportFile(file().database()).value(), before);
        QCOMPARE(m_window->context().undoStack()->count(), undoCount);
    }
}

void TestHandBack::cancelledPassphraseDoesNothing()
{
    // Cancelled when sealing: no file, nothing said.
    m_window->context().setCurrentPerson(m_household.leo);
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(file(QStringLiteral("never.carnet-export")));
    PassphraseDialog::setNextPassphrase(QString());
    action("actionExportPersonEncrypted")->trigger();
    QVERIFY(!QFile::exists(file(QStringLiteral("never.carnet-export"))));
    QVERIFY(MessageBox::texts().isEmpty());

    // Cancelled when opening: nothing imported, nothing said.
    const QString sealed = sealLeo();
    const QByteArray before = openOtherFile();
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(sealed);
    PassphraseDialog::setNextPassphrase(QString());
    action("actionImportJson")->trigger();
    QVERIFY(MessageBox::texts().isEmpty());
    QCOMPARE(JsonExport::exportFile(file().database()).value(), before);
}

void TestHandBack::sealingDialogChecksLengthAndMatch()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Seal, QStringLiteral("Léo's file"));
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* second = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    auto* strength = dialog.findChild<QLabel*>(QStringLiteral("strengthLabel"));
    auto* match = dialog.findChild<QLabel*>(QStringLiteral("matchLabel"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(first && second && strength && match && ok);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());

    first->setText(QStringLiteral("court"));
    second->setText(QStringLiteral("court"));
    QCOMPARE(strength->text(), QStringLiteral("Too short: at least 10 characters."));
    QVERIFY(!ok->isEnabled());

    first->setText(QStringLiteral("motdepasse"));
    QVERIFY(strength->text().startsWith(QStringLiteral("Strength: weak.")));
    QCOMPARE(match->text(), QStringLiteral("The two passphrases differ."));
    QVERIFY(!ok->isEnabled());
    second->setText(QStringLiteral("motdepasse"));
    QVERIFY(match->text().isEmpty());
    QVERIFY(ok->isEnabled()); // weak is said, not refused: the minimum is the only rule

    first->setText(QStringLiteral("camille2026x"));
    QVERIFY(strength->text().startsWith(QStringLiteral("Strength: fair.")));
    QVERIFY(!ok->isEnabled());
    first->setText(kPassphrase);
    second->setText(kPassphrase);
    QCOMPARE(strength->text(), QStringLiteral("Strength: strong."));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.passphrase(), kPassphrase);

    dialog.findChild<QCheckBox*>(QStringLiteral("showPassphrase"))->setChecked(true);
    QCOMPARE(first->echoMode(), QLineEdit::Normal);
    QCOMPARE(second->echoMode(), QLineEdit::Normal);
}

void TestHandBack::openingDialogAsksOnce()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Open, QStringLiteral("leo is encrypted"));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit")));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("strengthLabel")));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    // Any passphrase is tried: a short one may be an old file's.
    dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("x"));
    QVERIFY(ok->isEnabled());
}

void TestHandBack::realDialogSealsTheFile()
{
    // The dialog itself, typed into, as the user meets it (no queued answer).
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->context().setCurrentPerson(m_household.leo);
    bool done = false;
    onModal<PassphraseDialog>(
        [](PassphraseDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), kPassphrase);
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), kPassphrase);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")),
                              Qt::LeftButton);
        },
        &done);
    FileDialog::setNextFileName(file(QStringLiteral("typed.carnet-export")));
    action("actionExportPersonEncrypted")->trigger();
    QVERIFY(done);
    QVERIFY(readAll(file(QStringLiteral("typed.carnet-export"))).startsWith("CARNETX1"));

    // Opened with the same passphrase, typed once.
    const QByteArray before = openOtherFile();
    QVERIFY(!before.isEmpty());
    done = false;
    onModal<PassphraseDialog>(
        [](PassphraseDialog* dialog) {
            typeText(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), kPassphrase);
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        &done);
    FileDialog::setNextFileName(file(QStringLiteral("typed.carnet-export")));
    action("actionImportJson")->trigger();
    QVERIFY(done);
    QCOMPARE(file().people().persons().size(), 2);
}

CARNET_UI_TEST_MAIN(TestHandBack)
#include "TestHandBack.moc"
