#include "commands/AddCareSheetCommand.h"

#include "service/CarnetFile.h"
#include "service/CareSheetService.h"

namespace carnet {

AddCareSheetCommand::AddCareSheetCommand(CarnetFile& service, const CareSheet& sheet)
    : ServiceCommand(service, tr("Create care sheet"))
    , m_sheet(sheet)
{
}

Result<void> AddCareSheetCommand::apply()
{
    Result<qint64> id = file().careSheets().addCareSheet(m_sheet);
    if (!id)
        return id.error();
    m_sheet.id = id.value();
    return {};
}

Result<void> AddCareSheetCommand::revert()
{
    return file().careSheets().removeCareSheet(m_sheet.id);
}

} // namespace carnet
