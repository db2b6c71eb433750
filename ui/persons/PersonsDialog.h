#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace carnet {

class AppContext;

// The persons of the open file (the patient, children, others): find, add, edit, archive,
// remove. The list is the read side's (ReadSide::personChoices): those with something due
// first, the birth year where names repeat, the archived ones only with "Show archived"; the
// search field (focused on open, Ctrl+F) keeps those who match, by the core's rule. Every
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
    // Archives a person, or brings them back (undoable); true when done.
    static bool setArchived(AppContext& context, qint64 personId, bool archived);

private slots:
    void refresh();
    void addClicked();
    void editClicked();
    void removeClicked();
    void archiveClicked();
    void search();

private:
    qint64 selectedPerson() const;
    bool selectedIsArchived() const;
    void updateButtons();

    AppContext& m_context;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace carnet
