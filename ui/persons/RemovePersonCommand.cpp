#include "persons/RemovePersonCommand.h"

#include "service/CareService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<void> RemovePersonCommand::run(AppContext& context, qint64 personId)
{
    CareService* service = context.service();
    if (!service)
        return Error::io(tr("No file is open."));
    const std::optional<Person> person = service->person(personId);
    if (!person)
        return Error::notFound(QStringLiteral("person"), tr("This person is no longer in the file."));
    auto removed = service->removePerson(personId);
    if (!removed)
        return removed;
    context.undoStack()->push(new RemovePersonCommand(context, *person));
    return removed;
}

RemovePersonCommand::RemovePersonCommand(AppContext& context, Person removed)
    : m_context(context)
    , m_person(std::move(removed))
{
    setText(tr("remove “%1”").arg(m_person.name));
}

void RemovePersonCommand::undo()
{
    const auto added = m_context.service()->addPerson(m_person);
    if (!added) {
        m_context.reportError(added.error().message);
        setObsolete(true);
    }
}

void RemovePersonCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const auto removed = m_context.service()->removePerson(m_person.id);
    if (!removed) {
        m_context.reportError(removed.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
