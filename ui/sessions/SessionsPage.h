#pragma once

#include "shell/LazyPage.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace carnet {

class AppContext;
class SessionFilterProxyModel;
class SessionTableModel;

// "I just had a session": the current person's sessions of the current year, whether each
// is covered and why not, with quick entry (Ctrl+E), edit (double-click or Enter) and
// delete (Del), all undoable.
class SessionsPage final : public LazyPage
{
    Q_OBJECT

public:
    explicit SessionsPage(AppContext& context, QWidget* parent = nullptr);

    // The table's model, loaded first if the page was hidden when the data changed.
    SessionTableModel* model();
    QAction* quickEntryAction() const { return m_quickEntryAction; }

public slots:
    // Opens the quick entry dialog for the current person.
    void quickEntry();
    void editSelected();
    void deleteSelected();

protected:
    void load() override;
    void updateStaleActions() override;

private:
    void reload();
    void updateSummary();
    void updateActions();
    qint64 selectedSessionId() const;
    void selectSession(qint64 sessionId);
    // Asked for a session in a file with nobody in it: offers to add the person (true when
    // one was added and is now the current person).
    bool addAPersonFirst();

    AppContext& m_context;
    SessionTableModel* m_model = nullptr;
    SessionFilterProxyModel* m_proxy = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_coverage = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QAction* m_quickEntryAction = nullptr;
    QAction* m_deleteAction = nullptr;
};

} // namespace carnet
