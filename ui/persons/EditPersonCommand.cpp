#include "persons/EditPersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<void> EditPersonCommand::run(AppContext& context, const Person& person)
{
    CarnetFile* service = context.file();
    if (!service)
        return Error::io(tr("No file is open."));
    const std::optional<Person> before = service->people().person(person.id);
    if (!before)
        return Error::notFound(QStringLiteral("person"), tr("This person is no longer in the file."));
    const auto updated = service->people().updatePerson(person);
    if (!updated)
        return updated;
    const Person after = service->people().person(person.id).value_or(person);
    if (after != *before)
        context.undoStack()->push(new EditPersonCommand(context, *before, after));
    return updated;
}

EditPersonCommand::EditPersonCommand(AppContext& context, Person before, Person after)
    : m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit “%1”").arg(m_after.name));
}

void EditPersonCommand::undo()
{
    const auto updated = m_context.file()->people().updatePerson(m_before);
    if (!updated) {
        m_context.reportError(updated.error().message);
        setObsolete(true);
    }
}

void EditPersonCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const auto updated = m_context.file()->people().updatePerson(m_after);
    if (!updated) {
        m_context.reportError(updated.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
