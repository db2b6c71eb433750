#include "persons/AddPersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<qint64> AddPersonCommand::run(AppContext& context, const Person& person)
{
    CarnetFile* service = context.file();
    if (!service)
        return Error::io(tr("No file is open."));
    Person toAdd = person;
    toAdd.id = 0;
    auto added = service->people().addPerson(toAdd);
    if (!added)
        return added.error();
    Person stored = service->people().person(added.value()).value_or(toAdd);
    stored.id = added.value();
    context.undoStack()->push(new AddPersonCommand(context, stored));
    return added;
}

AddPersonCommand::AddPersonCommand(AppContext& context, Person stored)
    : m_context(context)
    , m_person(std::move(stored))
{
    setText(tr("add “%1”").arg(m_person.name));
}

void AddPersonCommand::undo()
{
    const auto removed = m_context.file()->people().removePerson(m_person.id);
    if (!removed) {
        m_context.reportError(removed.error().message);
        setObsolete(true);
    }
}

void AddPersonCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const auto added = m_context.file()->people().addPerson(m_person);
    if (!added) {
        m_context.reportError(added.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
