#pragma once

#include "model/Payment.h"
#include "read/Agenda.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSpinBox;
class QStackedWidget;

namespace carnet {

class AidPage;
class AppContext;
class CareSheetsPage;
class DashboardPage;
class PersonSwitcher;
class SessionsPage;

// Carnet's main window: the navigation of DESIGN.md (dashboard, sessions, claims, aid
// requests, help), the person and year always in sight, the File menu (new, open, recent,
// import/export, restore a backup), the Edit menu (undo/redo, persons, settings), and the
// "I'm not well" button on every screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPage,
        SessionsPage,
        CareSheetsPage,
        AidPage,
        HelpPage,
        // "To do", every person's tasks: first in the navigation when the file holds more
        // than one person (last otherwise); Ctrl+6.
        CaseloadPage,
        PageCount,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The file opened at start: `path` when given (created if missing), else the last file
    // used when it still exists, else the default file (created if missing). main() asks for
    // it before the window is built, to begin the file's quick check (IntegrityPrefetch).
    struct StartupFile
    {
        QString path;
        bool create = false;
    };
    static StartupFile startupFile(const QString& path = {});
    bool openStartupFile(const StartupFile& file);

    Page currentPage() const;
    void showPage(Page page);
    QString currentFile() const;
    AppContext& context() const { return *m_context; }

public slots:
    // Opens an existing file (with the locked/damaged/too-new dialogs); true when open.
    bool openFile(const QString& path);
    // At start: startupFile(path).
    bool openStartupFile(const QString& path = {});
    void closeFile();
    void showCrisisNumbers();
    void showAbout();

    void newFile();
    void openFileDialog();
    void exportJsonAll();
    void exportJsonPerson();
    void exportPersonEncrypted();
    void importJson();
    void exportSessionsCsv();
    void exportPaymentsCsv();
    void restoreFromBackup();
    void backUpNow();
    void managePersons();
    void addPerson();
    void editCurrentPerson();
    void showSettings();

private slots:
    void rebuildRecentMenu();
    void onFileChanged();
    void refreshPersons();
    void showCurrentPerson();
    void personActivated(int index);
    void yearChanged(int year);
    void recordPayment(qint64 sheetId, carnet::Payer payer);
    void openAgendaItem(const carnet::AgendaItem& item);
    void quickEntry();
    void startCarePath();
    void showError(const QString& action, const QString& message);

private:
    bool openPath(const QString& path, bool create);
    // Once the open file is proved sound: added to the recent files. One opened before its
    // check ended (the file given at start) is followed until it is; a damaged one is closed.
    void followFileCheck();
    void createPages();
    QListWidgetItem* navigationItem(Page page) const;
    // The caseload first for a file of several persons, last otherwise.
    void placeCaseload(qsizetype persons);
    void createActions();
    void createToolBar();
    void updateTitle();
    void updateActions();
    QAction* addFileAction(QMenu* menu, const QString& text, const char* objectName,
                           void (MainWindow::*slot)(), bool writes);

    AppContext* m_context = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    carnet::DashboardPage* m_dashboard = nullptr;
    carnet::SessionsPage* m_sessions = nullptr;
    carnet::CareSheetsPage* m_careSheets = nullptr;
    carnet::AidPage* m_aid = nullptr;
    QMenu* m_recentMenu = nullptr;
    PersonSwitcher* m_personSwitcher = nullptr;
    QSpinBox* m_yearSelector = nullptr;
    QLabel* m_fileStatus = nullptr;
    QAction* m_quickEntry = nullptr;
    QList<QAction*> m_fileActions;  // need an open file
    QList<QAction*> m_writeActions; // need a file open for writing
};

} // namespace carnet
