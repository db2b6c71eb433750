#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace carnet {

class CarnetFile;

// Asks the date a feuille de soins was sent to the CPAM (today by default), showing which
// sessions it is for.
class SendSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    SendSheetDialog(const CarnetFile& service, qint64 sheetId, QWidget* parent = nullptr);

    QDate sentDate() const;

private:
    QDateEdit* m_date = nullptr;
};

} // namespace carnet
