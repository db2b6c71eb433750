#include "commands/RemoveSessionCommand.h"

#include "service/CarnetFile.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"

namespace carnet {

RemoveSessionCommand::RemoveSessionCommand(CarnetFile& file, qint64 sessionId)
    : ServiceCommand(file, tr("remove the session of %1")
                               .arg(CareLabels::date(
                                   file.sessions().session(sessionId).value_or(Session()).date)))
    , m_sessionId(sessionId)
{}

Result<void> RemoveSessionCommand::apply()
{
    const auto session = file().sessions().session(m_sessionId);
    if (!session)
        return Error::notFound(QStringLiteral("session"), tr("This session no longer exists."));
    m_removed = *session;
    return file().sessions().removeSession(m_sessionId);
}

Result<void> RemoveSessionCommand::revert()
{
    Result<qint64> id = file().sessions().addSession(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
