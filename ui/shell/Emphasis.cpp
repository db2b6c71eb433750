#include "shell/Emphasis.h"

namespace carnet::Emphasis {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor warningText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x9e, 0x94) : QColor(0xa0, 0x00, 0x00);
}

QString warningStyleSheet(const QPalette& palette)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(warningText(palette).name());
}

} // namespace carnet::Emphasis
