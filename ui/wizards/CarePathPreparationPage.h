#pragma once

#include <QWizardPage>

class QLabel;

namespace carnet {

class CarePathWizard;

// Page 5, "Before the first session": what to bring to the evaluation, what each session
// costs and what comes back for this person's cover (100 % with tiers payant, or the CPAM
// and mutuelle shares), all from the core's verdict on the sessions to come.
class CarePathPreparationPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathPreparationPage(CarePathWizard& wizard);

    void initializePage() override;

private:
    CarePathWizard& m_wizard;
    QLabel* m_bring = nullptr;
    QLabel* m_costs = nullptr;
};

} // namespace carnet
