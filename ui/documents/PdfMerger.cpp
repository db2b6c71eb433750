#include "PdfMerger.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace carnet {

QString PdfMerger::locate(const QString& program)
{
    if (QFileInfo(program).isAbsolute()) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? program : QString();
    }
    return QStandardPaths::findExecutable(program);
}

Result<void> PdfMerger::merge(const QStringList& inputs, const QString& output,
                              const QString& program)
{
    const QString qpdf = locate(program);
    if (qpdf.isEmpty()) {
        return Error::io(tr("The attached PDF files cannot be merged: the qpdf program is missing. "
                            "Install it (on Debian or Ubuntu: sudo apt install qpdf) and try "
                            "again."));
    }
    QStringList arguments{QStringLiteral("--empty"), QStringLiteral("--pages")};
    arguments += inputs;
    arguments << QStringLiteral("--") << output;
    QProcess process;
    process.start(qpdf, arguments);
    if (!process.waitForStarted(10000)) {
        return Error::io(
            tr("The qpdf program could not be started: %1").arg(process.errorString()));
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return Error::io(tr("The qpdf program did not finish merging the PDF files."));
    }
    // qpdf exits with 3 when it succeeded with warnings (a slightly damaged input it repaired).
    const int code = process.exitCode();
    if (process.exitStatus() != QProcess::NormalExit || (code != 0 && code != 3)) {
        const QString detail = QString::fromLocal8Bit(process.readAllStandardError())
                                   .trimmed()
                                   .section(QLatin1Char('\n'), 0, 0);
        return Error::io(tr("An attached PDF could not be merged (is it damaged or protected by "
                            "a password?): %1")
                             .arg(detail));
    }
    return {};
}

} // namespace carnet
