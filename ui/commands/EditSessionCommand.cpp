#include "commands/EditSessionCommand.h"

#include "service/CarnetFile.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"

namespace carnet {

EditSessionCommand::EditSessionCommand(CarnetFile& service, const Session& changed)
    : ServiceCommand(service, tr("change the session of %1").arg(CareLabels::date(changed.date)))
    , m_after(changed)
{
    if (const auto before = service.sessions().session(changed.id)) {
        m_before = *before;
        m_haveBefore = true;
    }
}

Result<void> EditSessionCommand::apply()
{
    if (!m_haveBefore)
        return Error::notFound(QStringLiteral("session"), tr("This session no longer exists."));
    return file().sessions().updateSession(m_after);
}

Result<void> EditSessionCommand::revert()
{
    return file().sessions().updateSession(m_before);
}

} // namespace carnet
