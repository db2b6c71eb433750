#include "commands/RemoveSessionCommand.h"

#include "service/CareService.h"

namespace carnet {

RemoveSessionCommand::RemoveSessionCommand(CareService& service, qint64 sessionId)
    : ServiceCommand(service, tr("Delete session"))
    , m_sessionId(sessionId)
{
}

Result<void> RemoveSessionCommand::apply()
{
    const auto session = service().session(m_sessionId);
    if (!session)
        return Error::notFound(QStringLiteral("session"), tr("This session no longer exists."));
    m_removed = *session;
    return service().removeSession(m_sessionId);
}

Result<void> RemoveSessionCommand::revert()
{
    Result<qint64> id = service().addSession(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
