#include "commands/AddCareSheetCommand.h"

#include "service/CareService.h"

namespace carnet {

AddCareSheetCommand::AddCareSheetCommand(CareService& service, const CareSheet& sheet)
    : ServiceCommand(service, tr("Create care sheet"))
    , m_sheet(sheet)
{
}

Result<void> AddCareSheetCommand::apply()
{
    Result<qint64> id = service().addCareSheet(m_sheet);
    if (!id)
        return id.error();
    m_sheet.id = id.value();
    return {};
}

Result<void> AddCareSheetCommand::revert()
{
    return service().removeCareSheet(m_sheet.id);
}

} // namespace carnet
