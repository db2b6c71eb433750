#include "wizards/AddPersonStep.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

AddPersonStep::AddPersonStep(CarnetFile& service, const Person& person)
    : ServiceCommand(service, tr("Add a person"))
    , m_person(person)
{}

Result<void> AddPersonStep::apply()
{
    Result<qint64> id = file().people().addPerson(m_person);
    if (!id)
        return id.error();
    m_person.id = id.value();
    return {};
}

Result<void> AddPersonStep::revert()
{
    return file().people().removePerson(m_person.id);
}

} // namespace carnet
