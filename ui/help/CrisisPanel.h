#pragma once

#include <QWidget>

namespace carnet {

// The crisis numbers (3114 first), large and readable: used by the help page, the
// "I'm not well" dialog and the care-path wizard's safety page.
class CrisisPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CrisisPanel(QWidget* parent = nullptr);
};

} // namespace carnet
