#pragma once

#include <QWizardPage>

class QLabel;

namespace carnet {

class CarePathWizard;

// Page 6, "Summary": the choices made, what Finish stores, and the year's plan (1 evaluation
// and up to 11 follow-ups this calendar year, the end report, what happens after the last
// covered session, the renewal).
class CarePathSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathSummaryPage(CarePathWizard& wizard);

    void initializePage() override;

private:
    CarePathWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QLabel* m_plan = nullptr;
};

} // namespace carnet
