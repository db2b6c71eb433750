#include "commands/AddCareSheetCommand.h"

#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "sessions/CareLabels.h"

namespace carnet {

AddCareSheetCommand::AddCareSheetCommand(CarnetFile& service, const CareSheet& sheet)
    : ServiceCommand(service, tr("add the care sheet of %1").arg(CareLabels::date(sheet.issued)))
    , m_sheet(sheet)
{}

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
