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

QColor lateBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5c, 0x1e, 0x18) : QColor(0xfd, 0xe8, 0xe4);
}

QColor lateForeground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xdc, 0xd6) : QColor(0x7a, 0x1c, 0x10);
}

} // namespace carnet::Emphasis
