#include "shell/AppContext.h"

#include "service/CareService.h"
#include "store/Database.h"

#include <QUndoStack>

namespace carnet {

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

AppContext::~AppContext()
{
    // The service refers to the database: destroy it first.
    m_service.reset();
    m_database.reset();
}

void AppContext::setDatabase(std::unique_ptr<Database> database)
{
    m_undoStack->clear();
    m_service.reset();
    m_database = std::move(database);
    if (m_database) {
        m_service = std::make_unique<CareService>(*m_database);
        connect(m_service.get(), &CareService::changed, this, &AppContext::dataChanged);
    }
    m_person = 0;
    if (m_service) {
        const auto persons = m_service->persons();
        if (!persons.isEmpty())
            m_person = persons.constFirst().id;
    }
    emit fileChanged();
    emit currentPersonChanged(m_person);
}

void AppContext::setCurrentPerson(qint64 personId)
{
    if (personId == m_person)
        return;
    m_person = personId;
    emit currentPersonChanged(personId);
}

void AppContext::setCurrentYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    emit currentYearChanged(year);
}

} // namespace carnet
