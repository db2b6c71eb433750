#include "wizards/UpdatePersonStep.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

UpdatePersonStep::UpdatePersonStep(CarnetFile& service, const Person& before, const Person& after)
    : ServiceCommand(service, tr("Edit a person"))
    , m_before(before)
    , m_after(after)
{}

Result<void> UpdatePersonStep::apply()
{
    return file().people().updatePerson(m_after);
}

Result<void> UpdatePersonStep::revert()
{
    return file().people().updatePerson(m_before);
}

} // namespace carnet
