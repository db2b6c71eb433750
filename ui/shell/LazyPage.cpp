#include "shell/LazyPage.h"

#include "shell/AppContext.h"

namespace carnet {

LazyPage::LazyPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_lazyContext(context)
{}

void LazyPage::ensureLoaded()
{
    if (m_stale)
        load();
}

void LazyPage::showEvent(QShowEvent* event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void LazyPage::invalidate()
{
    if (isVisible() || !m_lazyContext.file()) {
        load();
        return;
    }
    m_stale = true;
    updateStaleActions();
}

} // namespace carnet
