#include "commands/EditSessionCommand.h"

#include "service/CareService.h"

namespace carnet {

EditSessionCommand::EditSessionCommand(CareService& service, const Session& changed)
    : ServiceCommand(service, tr("Edit session"))
    , m_after(changed)
{
    if (const auto before = service.session(changed.id)) {
        m_before = *before;
        m_haveBefore = true;
    }
}

Result<void> EditSessionCommand::apply()
{
    if (!m_haveBefore)
        return Error::notFound(QStringLiteral("session"), tr("This session no longer exists."));
    return service().updateSession(m_after);
}

Result<void> EditSessionCommand::revert()
{
    return service().updateSession(m_before);
}

} // namespace carnet
