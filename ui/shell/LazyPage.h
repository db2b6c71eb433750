#pragma once

#include <QWidget>

namespace carnet {

class AppContext;

// A page of the main window that reads the file only when it is shown, so that the window's
// first paint does not wait for pages nobody looks at yet. The page calls invalidate() when the
// file, person, year or data change; load() then runs at once if the page is visible (or no
// file is open: nothing to read), else on the next show or ensureLoaded().
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    // Loads what changed while the page was hidden.
    void ensureLoaded();

protected:
    LazyPage(AppContext& context, QWidget* parent);

    void invalidate();
    void showEvent(QShowEvent* event) override;

    // Reads the file and fills the widgets; starts with markLoaded().
    virtual void load() = 0;
    // While stale: the buttons follow the file at once (they need no query).
    virtual void updateStaleActions() = 0;
    void markLoaded() { m_stale = false; }

private:
    AppContext& m_lazyContext;
    bool m_stale = true; // the widgets show data older than the file's
};

} // namespace carnet
