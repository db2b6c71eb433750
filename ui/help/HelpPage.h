#pragma once

#include <QWidget>

namespace carnet {

// The Help page: the crisis numbers first, then how Mon soutien psy and the CPAM's aid work.
// Its rich text takes a while to lay out: the content is built when the page is first shown
// (or on ensureBuilt()), not with the window, so that the first dashboard does not wait for it.
class HelpPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpPage(QWidget* parent = nullptr);

    // Builds the content now if it was not yet.
    void ensureBuilt();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_built = false;
};

} // namespace carnet
