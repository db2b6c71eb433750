#pragma once

#include "model/Person.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace carnet {

class CarnetFile;
class Database;

// What every page shares: the open file (a CarnetFile, which owns its Database), the undo stack,
// the selected person and year. Owned by the MainWindow; pages listen to its signals.
class AppContext final : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    // The open file; nullptr when none is open.
    CarnetFile* file() const { return m_file.get(); }
    Database* database() const;
    // Takes ownership of an opened database (or closes the file with nullptr).
    void setDatabase(std::unique_ptr<Database> database);
    // True when a file is open read-only (locked by another Carnet).
    bool isReadOnly() const;
    // The open file's path, empty when none.
    QString filePath() const;
    // The persons of the open file (PeopleService::persons()); none when no file is open. While
    // fileChanged() is emitted, the list read to choose the first person (not read again).
    QList<Person> persons() const;

    QUndoStack* undoStack() const { return m_undoStack; }

    qint64 currentPerson() const { return m_person; }
    int currentYear() const { return m_year; }
    void setCurrentPerson(qint64 personId);
    void setCurrentYear(int year);

    // The psychologist chosen in the settings for the open file (0 = none): the default of
    // new sessions when the person has no usual psychologist yet. A preference of this
    // computer (QSettings), not data of the file: it stays outside the undo stack.
    qint64 defaultPsychologist() const;
    void setDefaultPsychologist(qint64 practitionerId);

    // The one way to tell the user that something was refused or failed: `action` is what
    // they tried (a command's undo text, a dialog's title; may be empty), `message` the
    // core's sentence. The window shows it (MainWindow::showError); ServiceCommand::push
    // reports here.
    void reportError(const QString& action, const QString& message);

signals:
    void fileChanged(); // a file was opened or closed
    void currentPersonChanged(qint64 personId);
    void currentYearChanged(int year);
    void dataChanged(); // any committed change (CarnetFile::changed)
    void errorReported(const QString& action, const QString& message);

private:
    std::unique_ptr<CarnetFile> m_file;
    std::optional<QList<Person>> m_openedPersons; // while fileChanged() is emitted
    QUndoStack* m_undoStack = nullptr;
    qint64 m_person = 0;
    int m_year = QDate::currentDate().year();
};

} // namespace carnet
