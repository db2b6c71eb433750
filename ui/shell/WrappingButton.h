#pragma once

#include <QPushButton>

class QLabel;

namespace carnet {

// A push button whose text wraps onto several lines when the button is narrow (a QPushButton
// keeps its text on one line and asks for its whole width, which pushes a page into a
// horizontal scroll bar). Still a QPushButton: it takes the focus, Space clicks it, and text()
// and its accessible name say the whole text. The text is shown by a word-wrapped label inside
// the button, aligned left.
class WrappingButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit WrappingButton(const QString& text, QWidget* parent = nullptr);

    // Replaces the text (hides QPushButton::setText, which would not reach the label).
    void setText(const QString& text);
    QLabel* label() const { return m_label; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label = nullptr;
};

} // namespace carnet
