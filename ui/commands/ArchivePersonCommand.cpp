#include "commands/ArchivePersonCommand.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet {

namespace {

QString textFor(const CarnetFile& file, qint64 personId, bool archive)
{
    const QString name = file.people().person(personId).value_or(Person()).name;
    return archive ? ArchivePersonCommand::tr("archive the person “%1”").arg(name)
                   : ArchivePersonCommand::tr("unarchive the person “%1”").arg(name);
}

} // namespace

ArchivePersonCommand::ArchivePersonCommand(CarnetFile& file, qint64 personId, bool archive)
    : ServiceCommand(file, textFor(file, personId, archive))
    , m_personId(personId)
    , m_archive(archive)
    , m_before(file.people().person(personId).value_or(Person()).archived)
{}

Result<void> ArchivePersonCommand::apply()
{
    return file().people().setArchived(m_personId, m_archive);
}

Result<void> ArchivePersonCommand::revert()
{
    return file().people().setArchived(m_personId, m_before);
}

} // namespace carnet
