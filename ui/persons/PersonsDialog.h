#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace carnet {

class AppContext;

// The persons of the open file (the patient, children, others): add, edit, remove. Every
// change is an undo command through CarnetFile; a removal the core refuses (the person
// still has sessions...) is explained with the core's reason.
class PersonsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PersonsDialog(AppContext& context, QWidget* parent = nullptr);

    // The "add a person" dialog on its own (toolbar, empty dashboard). Makes the new person
    // the current one; returns their id, 0 when cancelled.
    static qint64 addPerson(AppContext& context, QWidget* parent);
    // Edits a person; true when saved.
    static bool editPerson(AppContext& context, qint64 personId, QWidget* parent);
    // Asks, then removes a person; true when removed.
    static bool removePerson(AppContext& context, qint64 personId, QWidget* parent);

private slots:
    void refresh();
    void addClicked();
    void editClicked();
    void removeClicked();

private:
    qint64 selectedPerson() const;

    AppContext& m_context;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace carnet
