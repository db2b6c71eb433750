#include "shell/AppContext.h"

#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace carnet {

namespace {

// Per-file UI preferences live in QSettings under a hash of the file's path (no path, which
// may contain a name, in the settings file).
QString fileKey(const QString& path, const char* name)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStringLiteral("files/%1/%2").arg(QString::fromLatin1(hash), QLatin1String(name));
}

} // namespace

AppContext::AppContext(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

AppContext::~AppContext()
{
    // Commands refer to the file: they go first.
    m_undoStack->clear();
    m_file.reset();
}

Database* AppContext::database() const
{
    return m_file ? &m_file->database() : nullptr;
}

void AppContext::setDatabase(std::unique_ptr<Database> database)
{
    m_undoStack->clear();
    m_file.reset();
    if (database) {
        m_file = std::make_unique<CarnetFile>(std::move(database));
        connect(m_file.get(), &CarnetFile::changed, this, [this] {
            m_openedPersons.reset();
            emit dataChanged();
        });
    }
    m_person = 0;
    m_openedPersons.reset();
    m_openedPersons = persons();
    for (const Person& person : std::as_const(*m_openedPersons)) {
        if (!person.archived) {
            m_person = person.id; // the first shown
            break;
        }
    }
    emit fileChanged();
    m_openedPersons.reset();
    emit currentPersonChanged(m_person);
}

QList<Person> AppContext::persons() const
{
    if (m_openedPersons)
        return *m_openedPersons;
    return m_file ? m_file->people().persons() : QList<Person>();
}

bool AppContext::isReadOnly() const
{
    return m_file && m_file->database().isReadOnly();
}

QString AppContext::filePath() const
{
    return m_file ? m_file->database().path() : QString();
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

qint64 AppContext::defaultPsychologist() const
{
    if (!m_file)
        return 0;
    return QSettings().value(fileKey(filePath(), "defaultPsychologist"), 0).toLongLong();
}

void AppContext::setDefaultPsychologist(qint64 practitionerId)
{
    if (!m_file)
        return;
    const QString key = fileKey(filePath(), "defaultPsychologist");
    if (practitionerId == 0)
        QSettings().remove(key);
    else
        QSettings().setValue(key, practitionerId);
}

void AppContext::reportError(const QString& action, const QString& message)
{
    emit errorReported(action, message.isEmpty() ? tr("An unexpected error occurred.") : message);
}

} // namespace carnet
