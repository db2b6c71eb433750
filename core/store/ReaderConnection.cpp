#include "store/ReaderConnection.h"

#include "store/SqlSupport.h"
#include "store/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

#include <atomic>

namespace carnet {

namespace {

std::atomic<int> s_readers{0};

struct ReaderConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::ReaderConnection)
};

} // namespace

ReaderConnection::ReaderConnection(const QString& path)
    : m_name(QStringLiteral("carnet-reader-%1").arg(++s_readers))
{
    QSqlDatabase db = SqliteDialect::addConnection(m_name, path, SqliteDialect::Access::ReadOnly);
    if (!db.open()) {
        m_error =
            Error::io(ReaderConnectionText::tr("Carnet cannot read %1: %2")
                          .arg(QDir::toNativeSeparators(path), db.lastError().databaseText()));
        return;
    }
    if (auto r = Dialect::of(db).configureConnection(db, true); !r) {
        m_error = r.error();
        return;
    }
    m_ok = true;
}

ReaderConnection::~ReaderConnection()
{
    SqlSupport::forgetConnection(m_name);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReaderConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace carnet
