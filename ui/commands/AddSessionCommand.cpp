#include "commands/AddSessionCommand.h"

#include "service/CareService.h"

namespace carnet {

AddSessionCommand::AddSessionCommand(CareService& service, const Session& session)
    : ServiceCommand(service, tr("Add session"))
    , m_session(session)
{
}

Result<void> AddSessionCommand::apply()
{
    m_warnings.clear();
    Result<qint64> id = service().addSession(m_session, &m_warnings);
    if (!id)
        return id.error();
    m_session.id = id.value();
    return {};
}

Result<void> AddSessionCommand::revert()
{
    return service().removeSession(m_session.id);
}

} // namespace carnet
