#pragma once

#include <QWizardPage>

namespace carnet {

// Page 2, "First, your safety": before anything about the scheme, the crisis numbers
// (CrisisPanel, from the core's CrisisLines), and why they come before Mon soutien psy.
class CarePathSafetyPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathSafetyPage(QWidget* parent = nullptr);
};

} // namespace carnet
