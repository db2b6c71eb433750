#include "commands/RemoveCareSheetCommand.h"

#include "service/CareService.h"

namespace carnet {

RemoveCareSheetCommand::RemoveCareSheetCommand(CareService& service, qint64 sheetId)
    : ServiceCommand(service, tr("Delete care sheet"))
    , m_sheetId(sheetId)
{
}

Result<void> RemoveCareSheetCommand::apply()
{
    const auto sheet = service().careSheet(m_sheetId);
    if (!sheet)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    m_removed = *sheet;
    return service().removeCareSheet(m_sheetId);
}

Result<void> RemoveCareSheetCommand::revert()
{
    Result<qint64> id = service().addCareSheet(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
