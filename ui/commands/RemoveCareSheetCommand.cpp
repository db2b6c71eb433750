#include "commands/RemoveCareSheetCommand.h"

#include "service/CarnetFile.h"
#include "service/CareSheetService.h"

namespace carnet {

RemoveCareSheetCommand::RemoveCareSheetCommand(CarnetFile& service, qint64 sheetId)
    : ServiceCommand(service, tr("Delete care sheet"))
    , m_sheetId(sheetId)
{
}

Result<void> RemoveCareSheetCommand::apply()
{
    const auto sheet = file().careSheets().careSheet(m_sheetId);
    if (!sheet)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    m_removed = *sheet;
    return file().careSheets().removeCareSheet(m_sheetId);
}

Result<void> RemoveCareSheetCommand::revert()
{
    Result<qint64> id = file().careSheets().addCareSheet(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
