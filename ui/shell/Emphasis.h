#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

namespace carnet {

// The few colours Carnet adds to the system palette, chosen from it so that they read in light,
// dark and high-contrast themes. Colour never carries the meaning alone: the texts they mark
// say "late" or "not covered" in words too.
namespace Emphasis {

// True when the palette's window background is dark (a dark theme).
bool isDark(const QPalette& palette);
// Text for a warning or refusal: dark red on light themes, light red on dark ones.
QColor warningText(const QPalette& palette);
// A style sheet fragment for a warning label ("color: …; font-weight: bold;").
QString warningStyleSheet(const QPalette& palette);

// Marks a list or table item as late: bold, on a soft red background with a contrasting text.
template <typename Item>
void markLate(Item* item, const QPalette& palette)
{
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    if (isDark(palette)) {
        item->setBackground(QColor(0x5c, 0x1e, 0x18));
        item->setForeground(QColor(0xff, 0xdc, 0xd6));
    } else {
        item->setBackground(QColor(0xfd, 0xe8, 0xe4));
        item->setForeground(QColor(0x7a, 0x1c, 0x10));
    }
}

} // namespace Emphasis

} // namespace carnet
