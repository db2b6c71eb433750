#include "persons/RemovePersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<void> RemovePersonCommand::run(AppContext& context, qint64 personId)
{
    CarnetFile* service = context.file();
    if (!service)
        return Error::io(tr("No file is open."));
    const std::optional<Person> person = service->people().person(personId);
    if (!person)
        return Error::notFound(QStringLiteral("person"), tr("This person is no longer in the file."));
    const auto removed = service->people().removePerson(personId);
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
    const auto added = m_context.file()->people().addPerson(m_person);
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
    const auto removed = m_context.file()->people().removePerson(m_person.id);
    if (!removed) {
        m_context.reportError(removed.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
