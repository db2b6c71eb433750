#include "wizards/AddPersonStep.h"

#include "service/CareService.h"

namespace carnet {

AddPersonStep::AddPersonStep(CareService& service, const Person& person)
    : ServiceCommand(service, tr("Add a person"))
    , m_person(person)
{}

Result<void> AddPersonStep::apply()
{
    Result<qint64> id = service().addPerson(m_person);
    if (!id)
        return id.error();
    m_person.id = id.value();
    return {};
}

Result<void> AddPersonStep::revert()
{
    return service().removePerson(m_person.id);
}

} // namespace carnet
