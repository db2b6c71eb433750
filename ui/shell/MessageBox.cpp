#include "shell/MessageBox.h"

#include <QAbstractButton>

namespace carnet {

namespace {

struct Seam
{
    QList<MessageBox::Button> answers;
    bool nonInteractive = false;
    QStringList texts;
};

Seam& seam()
{
    static Seam instance;
    return instance;
}

} // namespace

MessageBox::Button MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                   const QString& text, QMessageBox::StandardButtons buttons,
                                   Button defaultButton, const Labels& labels, Button escapeButton)
{
    Seam& s = seam();
    s.texts.append(text);
    if (!s.answers.isEmpty())
        return s.answers.takeFirst();
    if (s.nonInteractive)
        return defaultButton;

    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    if (escapeButton != QMessageBox::NoButton)
        box.setEscapeButton(escapeButton);
    for (const auto& [button, label] : labels) {
        if (QAbstractButton* b = box.button(button))
            b->setText(label);
    }
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(Button button)
{
    seam().answers.append(button);
}

void MessageBox::setNonInteractive(bool nonInteractive)
{
    seam().nonInteractive = nonInteractive;
}

void MessageBox::clearAnswers()
{
    seam().answers.clear();
    seam().texts.clear();
}

QStringList MessageBox::texts()
{
    return seam().texts;
}

} // namespace carnet
