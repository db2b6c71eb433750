#pragma once

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace carnet {

// Carnet's main window: the navigation of DESIGN.md (dashboard, sessions, claims, aid
// requests, help), the File menu, and the "I'm not well" button on every screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPage,
        SessionsPage,
        ClaimsPage,
        AidPage,
        HelpPage,
        PageCount,
    };

    explicit MainWindow(QWidget* parent = nullptr);

    Page currentPage() const;
    void showPage(Page page);
    QString currentFile() const { return m_file; }

public slots:
    bool openFile(const QString& path);
    void showCrisisNumbers();
    void showAbout();

private slots:
    void newFile();
    void openFileDialog();
    void rebuildRecentMenu();

private:
    void createActions();
    void createPages();
    void updateTitle();
    QWidget* emptyStatePage(const QString& objectName, const QString& title, const QString& text);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_file;
};

} // namespace carnet
