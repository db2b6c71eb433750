#pragma once

#include "commands/ServiceCommand.h"
#include "model/CareSheet.h"

#include <QCoreApplication>

namespace carnet {

// Records a feuille de soins for some sessions; undo removes it.
class AddCareSheetCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCareSheetCommand)

public:
    AddCareSheetCommand(CarnetFile& service, const CareSheet& sheet);

    qint64 sheetId() const { return m_sheet.id; }

    Result<void> apply() override;
    Result<void> revert() override;

private:
    CareSheet m_sheet;
};

} // namespace carnet
