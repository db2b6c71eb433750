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

// The soft red background of what is late, and the text that contrasts with it (for a
// model's BackgroundRole and ForegroundRole).
QColor lateBackground(const QPalette& palette);
QColor lateForeground(const QPalette& palette);

// Marks a list or table item as late: bold, on a soft red background with a contrasting text.
template <typename Item>
void markLate(Item* item, const QPalette& palette)
{
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setBackground(lateBackground(palette));
    item->setForeground(lateForeground(palette));
}

} // namespace Emphasis

} // namespace carnet
