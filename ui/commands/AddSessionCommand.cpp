#include "commands/AddSessionCommand.h"

#include "service/CarnetFile.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"

namespace carnet {

AddSessionCommand::AddSessionCommand(CarnetFile& service, const Session& session)
    : ServiceCommand(service, tr("add the session of %1").arg(CareLabels::date(session.date)))
    , m_session(session)
{}

Result<void> AddSessionCommand::apply()
{
    m_warnings.clear();
    Result<qint64> id = file().sessions().addSession(m_session, &m_warnings);
    if (!id)
        return id.error();
    m_session.id = id.value();
    return {};
}

Result<void> AddSessionCommand::revert()
{
    return file().sessions().removeSession(m_session.id);
}

} // namespace carnet
