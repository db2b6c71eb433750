#include "wizards/UpdatePersonStep.h"

#include "service/CareService.h"

namespace carnet {

UpdatePersonStep::UpdatePersonStep(CareService& service, const Person& before, const Person& after)
    : ServiceCommand(service, tr("Edit a person"))
    , m_before(before)
    , m_after(after)
{}

Result<void> UpdatePersonStep::apply()
{
    return service().updatePerson(m_after);
}

Result<void> UpdatePersonStep::revert()
{
    return service().updatePerson(m_before);
}

} // namespace carnet
