#pragma once

#include "commands/ServiceCommand.h"
#include "model/CareSheet.h"

#include <QCoreApplication>

namespace carnet {

// Deletes a feuille de soins; undo records it again with the same id.
class RemoveCareSheetCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCareSheetCommand)

public:
    RemoveCareSheetCommand(CarnetFile& service, qint64 sheetId);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_sheetId = 0;
    CareSheet m_removed;
};

} // namespace carnet
