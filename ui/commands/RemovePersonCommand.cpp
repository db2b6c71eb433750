#include "commands/RemovePersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

RemovePersonCommand::RemovePersonCommand(CarnetFile& file, qint64 personId)
    : ServiceCommand(
          file,
          tr("remove the person “%1”").arg(file.people().person(personId).value_or(Person()).name))
    , m_personId(personId)
{}

Result<void> RemovePersonCommand::apply()
{
    const auto person = file().people().person(m_personId);
    if (!person)
        return Error::notFound(QStringLiteral("person"),
                               tr("This person is no longer in the file."));
    m_removed = *person;
    return file().people().removePerson(m_personId);
}

Result<void> RemovePersonCommand::revert()
{
    Result<qint64> id = file().people().addPerson(m_removed);
    if (!id)
        return id.error();
    return {};
}

} // namespace carnet
