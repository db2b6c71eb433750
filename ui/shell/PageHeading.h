#pragma once

#include <QFont>

class QLabel;
class QString;
class QWidget;

namespace carnet {

// The title at the top of a page: the widget's font, 1.6 times as large, bold.
QFont headingFont(QFont font);
QLabel* makePageHeading(const QString& text, QWidget* parent);

} // namespace carnet
