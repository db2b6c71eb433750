#include "shell/WrappingButton.h"

#include <QLabel>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QVBoxLayout>

namespace carnet {

WrappingButton::WrappingButton(const QString& text, QWidget* parent)
    : QPushButton(text, parent)
{
    m_label = new QLabel(text, this);
    m_label->setObjectName(QStringLiteral("buttonText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(text);
}

void WrappingButton::setText(const QString& text)
{
    QPushButton::setText(text);
    m_label->setText(text);
    setAccessibleName(text);
    updateGeometry();
}

QSize WrappingButton::sizeHint() const
{
    return layout()->totalSizeHint();
}

QSize WrappingButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize();
}

bool WrappingButton::hasHeightForWidth() const
{
    return true;
}

int WrappingButton::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

void WrappingButton::paintEvent(QPaintEvent*)
{
    // The bevel, the focus frame and the states of a push button; the label draws the text.
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon();
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace carnet
