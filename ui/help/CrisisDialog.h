#pragma once

#include <QDialog>

namespace carnet {

// "I'm not well": the crisis numbers, one click away from every screen.
class CrisisDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CrisisDialog(QWidget* parent = nullptr);
};

} // namespace carnet
