#pragma once

#include "model/CareSheet.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace carnet {

class CareSheetsSnapshot;

// "Create a care sheet": ticks the sessions with no feuille de soins yet (all of them at
// first), asks the date it was issued and whether it is on paper or electronic. The page
// records the sheet through an undoable command.
class NewCareSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    NewCareSheetDialog(const CareSheetsSnapshot& snapshot, QWidget* parent = nullptr);

    // The sheet the form describes (no id).
    CareSheet sheet() const;

private:
    void updateState();

    qint64 m_personId = 0;
    QListWidget* m_sessions = nullptr;
    QDateEdit* m_issued = nullptr;
    QComboBox* m_form = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace carnet
