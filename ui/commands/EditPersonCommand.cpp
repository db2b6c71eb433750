#include "commands/EditPersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

EditPersonCommand::EditPersonCommand(CarnetFile& file, const Person& changed)
    : ServiceCommand(file, tr("change the person “%1”").arg(changed.name))
    , m_after(changed)
{
    if (const auto before = file.people().person(changed.id)) {
        m_before = *before;
        m_haveBefore = true;
    }
}

EditPersonCommand::EditPersonCommand(CarnetFile& file, const Person& before, const Person& changed)
    : ServiceCommand(file, tr("change the person “%1”").arg(changed.name))
    , m_before(before)
    , m_after(changed)
    , m_haveBefore(true)
{}

Result<void> EditPersonCommand::apply()
{
    if (!m_haveBefore)
        return Error::notFound(QStringLiteral("person"),
                               tr("This person is no longer in the file."));
    return file().people().updatePerson(m_after);
}

Result<void> EditPersonCommand::revert()
{
    return file().people().updatePerson(m_before);
}

} // namespace carnet
