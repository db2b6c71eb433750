#include "cli/CliContext.h"

#include "service/CarnetFile.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

namespace carnet::cli {

namespace {

// A core message may hold several sentences or a line break: the CLI prints one line.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

CliContext::~CliContext()
{
    close();
}

QString CliContext::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    QString fromEnvironment = qEnvironmentVariable("CARNET_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return Database::defaultPath();
}

bool CliContext::open(Access access)
{
    close();
    const QString path = databasePath();
    Database::OpenOptions options;
    if (access != Access::Write && !QFileInfo::exists(path)) {
        refuse(QStringLiteral("--db"),
               QStringLiteral("there is no Carnet file at %1 yet (add a person first, or give "
                              "another file with --db)")
                   .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    options.create = access == Access::Write;
    options.readOnlyWhenLocked = access == Access::Read;
    options.backupOnOpen = access != Access::Read;
    if (access == Access::Write && m_databasePath.isEmpty()) {
        // The default file lives in a folder that may not exist yet.
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            refuse(QStringLiteral("--db"), QStringLiteral("cannot create the folder %1")
                                               .arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }

    auto opened = Database::open(path, options);
    if (!opened) {
        refuse(QStringLiteral("--db"), opened.error().message);
        return false;
    }
    m_file = std::make_unique<CarnetFile>(std::move(opened).value());
    if (m_today.isValid())
        m_file->setToday(m_today);
    return true;
}

void CliContext::close()
{
    m_file.reset();
}

Database& CliContext::database()
{
    return m_file->database();
}

void CliContext::writeRaw(const QByteArray& bytes)
{
    m_out.flush();
    if (QIODevice* device = m_out.device())
        device->write(bytes);
}

int CliContext::refuse(const QString& option, const QString& message)
{
    m_err << "carnet-cli: ";
    if (!option.isEmpty())
        m_err << option << ": ";
    m_err << oneLine(message) << Qt::endl;
    return RefusedExit;
}

void CliContext::warn(const QString& message)
{
    m_err << "carnet-cli: warning: " << oneLine(message) << Qt::endl;
}

} // namespace carnet::cli
