#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace carnet {

// Tells the user that an action was refused or failed, with the core's sentence. A message
// box by default; tests install a handler instead (the seam KeePassXC's MessageBox offers).
class ErrorReporter final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorReporter)

public:
    using Handler = std::function<void(const QString& action, const Error& error)>;

    // `action` is what the user tried, e.g. the undo text "Add session".
    static void report(QWidget* parent, const QString& action, const Error& error);
    // Replaces the message box (nullptr restores it). Returns the previous handler.
    static Handler setHandler(Handler handler);
};

} // namespace carnet
