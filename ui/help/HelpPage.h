#pragma once

#include <QWidget>

namespace carnet {

// The Help page: the crisis numbers first, then how Mon soutien psy and the CPAM's aid work.
class HelpPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpPage(QWidget* parent = nullptr);
};

} // namespace carnet
