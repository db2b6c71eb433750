#include "commands/ErrorReporter.h"

#include <QApplication>
#include <QMessageBox>
#include <QWidget>

namespace carnet {

namespace {

ErrorReporter::Handler& currentHandler()
{
    static ErrorReporter::Handler handler;
    return handler;
}

} // namespace

void ErrorReporter::report(QWidget* parent, const QString& action, const Error& error)
{
    if (currentHandler()) {
        currentHandler()(action, error);
        return;
    }
    if (!parent)
        parent = QApplication::activeWindow();
    QMessageBox box(QMessageBox::Warning, tr("Carnet"),
                    action.isEmpty() ? tr("This could not be done.")
                                     : tr("“%1” could not be done.").arg(action),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setInformativeText(error.message.isEmpty() ? tr("An unexpected error occurred.")
                                                   : error.message);
    box.exec();
}

ErrorReporter::Handler ErrorReporter::setHandler(Handler handler)
{
    Handler previous = std::move(currentHandler());
    currentHandler() = std::move(handler);
    return previous;
}

} // namespace carnet
