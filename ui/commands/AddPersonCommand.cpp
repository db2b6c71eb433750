#include "commands/AddPersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

AddPersonCommand::AddPersonCommand(CarnetFile& file, const Person& person)
    : ServiceCommand(file, tr("add the person “%1”").arg(person.name))
    , m_person(person)
{}

Result<void> AddPersonCommand::apply()
{
    Result<qint64> id = file().people().addPerson(m_person);
    if (!id)
        return id.error();
    m_person.id = id.value();
    return {};
}

Result<void> AddPersonCommand::revert()
{
    return file().people().removePerson(m_person.id);
}

} // namespace carnet
