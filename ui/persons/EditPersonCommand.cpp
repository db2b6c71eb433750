#include "persons/EditPersonCommand.h"

#include "service/CareService.h"
#include "shell/AppContext.h"

#include <QUndoStack>

namespace carnet {

Result<void> EditPersonCommand::run(AppContext& context, const Person& person)
{
    CareService* service = context.service();
    if (!service)
        return Error::io(tr("No file is open."));
    const std::optional<Person> before = service->person(person.id);
    if (!before)
        return Error::notFound(QStringLiteral("person"), tr("This person is no longer in the file."));
    auto updated = service->updatePerson(person);
    if (!updated)
        return updated;
    const Person after = service->person(person.id).value_or(person);
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
    const auto updated = m_context.service()->updatePerson(m_before);
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
    const auto updated = m_context.service()->updatePerson(m_after);
    if (!updated) {
        m_context.reportError(updated.error().message);
        setObsolete(true);
    }
}

} // namespace carnet
