#pragma once

#include <QList>
#include <QMessageBox>
#include <QPair>
#include <QString>
#include <QStringList>

namespace carnet {

// Every message box of the UI goes through here, so that tests can answer them (after
// KeePassXC's gui/MessageBox.h): setNextAnswer() queues the answers of the next boxes, which
// are then not shown; setNonInteractive() answers the default button when the queue is empty.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Labels = QList<QPair<Button, QString>>;

    // Shows a box with `buttons` (their text replaced by `labels` where given) and returns the
    // button chosen; Escape gives `escapeButton` (NoButton: the box's usual choice).
    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                      const QString& text, QMessageBox::StandardButtons buttons,
                      Button defaultButton, const Labels& labels = {},
                      Button escapeButton = QMessageBox::NoButton);

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                  QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // Errors are not shown from here but through AppContext::reportError (the window calls
    // warning()).
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // Test seams.
    static void setNextAnswer(Button button);
    static void setNonInteractive(bool nonInteractive);
    static void clearAnswers();
    // The texts of the boxes asked since the last clearAnswers(), oldest first.
    static QStringList texts();
};

} // namespace carnet
