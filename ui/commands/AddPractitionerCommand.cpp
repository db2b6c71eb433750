#include "commands/AddPractitionerCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

AddPractitionerCommand::AddPractitionerCommand(CarnetFile& service,
                                               const Practitioner& practitioner)
    : ServiceCommand(service, practitioner.role == PractitionerRole::Psychologist
                                  ? tr("add the psychologist “%1”").arg(practitioner.name)
                                  : tr("add the health professional “%1”").arg(practitioner.name))
    , m_practitioner(practitioner)
{}

Result<void> AddPractitionerCommand::apply()
{
    m_warnings.clear();
    Result<qint64> id = file().people().addPractitioner(m_practitioner, &m_warnings);
    if (!id)
        return id.error();
    m_practitioner.id = id.value();
    return {};
}

Result<void> AddPractitionerCommand::revert()
{
    return file().people().removePractitioner(m_practitioner.id);
}

} // namespace carnet
