#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace carnet {

namespace {

// tr() under the context the exports always used (their strings are translated already).
struct CsvExportText
{
    Q_DECLARE_TR_FUNCTIONS(carnet::CsvExport)
};

} // namespace

CsvWriter::Format CsvWriter::formatFor(const QLocale& locale)
{
    if (locale.language() == QLocale::French)
        return {QLatin1Char(';'), QLatin1Char(',')};
    return {QLatin1Char(','), QLatin1Char('.')};
}

CsvWriter::CsvWriter(Format format)
    : m_format(format)
{}

CsvWriter& CsvWriter::text(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    return raw(value);
}

CsvWriter& CsvWriter::number(qint64 value)
{
    return raw(QString::number(value));
}

CsvWriter& CsvWriter::id(qint64 value)
{
    return raw(value == 0 ? QString() : QString::number(value));
}

CsvWriter& CsvWriter::money(Cents cents)
{
    return raw(formatCentsPlain(cents, m_format.decimalPoint));
}

CsvWriter& CsvWriter::date(QDate value)
{
    return raw(value.isValid() ? value.toString(Qt::ISODate) : QString());
}

void CsvWriter::endLine()
{
    m_out += m_line.join(m_format.separator) + QStringLiteral("\r\n");
    m_line.clear();
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_out.toUtf8(); // BOM: spreadsheets read UTF-8
}

CsvWriter& CsvWriter::raw(const QString& value)
{
    const bool quote = value.contains(m_format.separator) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (quote) {
        QString escaped = value;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        m_line.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    } else {
        m_line.append(value);
    }
    return *this;
}

Result<void> CsvWriter::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::io(CsvExportText::tr("Carnet cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::io(
            CsvExportText::tr("The export to %1 failed (is the disk full?); nothing was written.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace carnet
