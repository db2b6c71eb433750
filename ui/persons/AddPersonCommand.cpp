#include "persons/AddPersonCommand.h"

#include "service/CareService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<qint64> AddPersonCommand::run(AppContext& context, const Person& person)
{
    CareService* service = context.service();
    if (!service)
        return Error::io(tr("No file is open."));
    Person toAdd = person;
    toAdd.id = 0;
    auto added = service->addPerson(toAdd);
    if (!added)
        return added.error();
    Person stored = service->person(added.value()).value_or(toAdd);
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
    const auto removed = m_context.service()->removePerson(m_person.id);
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
    const auto added = m_context.service()->addPerson(m_person);
    if (!added) {
        m_context.reportError(added.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
