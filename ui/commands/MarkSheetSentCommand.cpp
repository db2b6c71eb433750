#include "commands/MarkSheetSentCommand.h"

#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "sessions/CareLabels.h"

namespace carnet {

MarkSheetSentCommand::MarkSheetSentCommand(CarnetFile& file, qint64 sheetId, QDate sent)
    : ServiceCommand(file,
                     tr("mark the care sheet of %1 as sent")
                         .arg(CareLabels::date(
                             file.careSheets().careSheet(sheetId).value_or(CareSheet()).issued)))
    , m_sheetId(sheetId)
    , m_sent(sent)
{}

Result<void> MarkSheetSentCommand::apply()
{
    const auto sheet = file().careSheets().careSheet(m_sheetId);
    if (!sheet)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    m_before = *sheet;
    return file().careSheets().markSheetSent(m_sheetId, m_sent);
}

Result<void> MarkSheetSentCommand::revert()
{
    const auto current = file().careSheets().careSheet(m_sheetId);
    if (!current)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    if (const Result<void> removed = file().careSheets().removeCareSheet(m_sheetId); !removed)
        return removed.error();
    Result<qint64> restored = file().careSheets().addCareSheet(m_before);
    if (!restored) {
        // Put the sheet back as it was (sent) rather than lose it.
        (void)file().careSheets().addCareSheet(*current);
        return restored.error();
    }
    return {};
}

} // namespace carnet
