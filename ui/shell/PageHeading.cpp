#include "shell/PageHeading.h"

#include <QLabel>

namespace carnet {

QFont headingFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    return font;
}

QLabel* makePageHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    heading->setFont(headingFont(heading->font()));
    return heading;
}

} // namespace carnet
