#include "commands/MarkSheetSentCommand.h"

#include "service/CareService.h"

namespace carnet {

MarkSheetSentCommand::MarkSheetSentCommand(CareService& service, qint64 sheetId, QDate sent)
    : ServiceCommand(service, tr("Mark care sheet sent"))
    , m_sheetId(sheetId)
    , m_sent(sent)
{
}

Result<void> MarkSheetSentCommand::apply()
{
    const auto sheet = service().careSheet(m_sheetId);
    if (!sheet)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    m_before = *sheet;
    return service().markSheetSent(m_sheetId, m_sent);
}

Result<void> MarkSheetSentCommand::revert()
{
    const auto current = service().careSheet(m_sheetId);
    if (!current)
        return Error::notFound(QStringLiteral("sheet"), tr("This care sheet no longer exists."));
    if (const Result<void> removed = service().removeCareSheet(m_sheetId); !removed)
        return removed.error();
    Result<qint64> restored = service().addCareSheet(m_before);
    if (!restored) {
        // Put the sheet back as it was (sent) rather than lose it.
        (void)service().addCareSheet(*current);
        return restored.error();
    }
    return {};
}

} // namespace carnet
