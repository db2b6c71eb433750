#include "commands/AddPractitionerCommand.h"

#include "service/CareService.h"

namespace carnet {

AddPractitionerCommand::AddPractitionerCommand(CareService& service,
                                               const Practitioner& practitioner)
    : ServiceCommand(service, practitioner.role == PractitionerRole::Psychologist
                                  ? tr("Add psychologist")
                                  : tr("Add health professional"))
    , m_practitioner(practitioner)
{
}

Result<void> AddPractitionerCommand::apply()
{
    m_warnings.clear();
    Result<qint64> id = service().addPractitioner(m_practitioner, &m_warnings);
    if (!id)
        return id.error();
    m_practitioner.id = id.value();
    return {};
}

Result<void> AddPractitionerCommand::revert()
{
    return service().removePractitioner(m_practitioner.id);
}

} // namespace carnet
