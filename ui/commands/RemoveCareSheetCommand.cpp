#include "commands/RemoveCareSheetCommand.h"

#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "sessions/CareLabels.h"

namespace carnet {

RemoveCareSheetCommand::RemoveCareSheetCommand(CarnetFile& file, qint64 sheetId)
    : ServiceCommand(file,
                     tr("remove the care sheet of %1")
                         .arg(CareLabels::date(
                             file.careSheets().careSheet(sheetId).value_or(CareSheet()).issued)))
    , m_sheetId(sheetId)
{}

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
