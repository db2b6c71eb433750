#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace carnet {

class CarePathWizard;

// Page 3, "How do you start?": straight to a partner psychologist, or through a doctor or a
// midwife who writes a courrier d'accompagnement (the next page records it). When the
// regime in force requires a referral (before 15 June 2024), direct access is not offered.
class CarePathAccessPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathAccessPage(CarePathWizard& wizard);

    bool throughReferral() const;

    void initializePage() override;
    int nextId() const override;

private:
    CarePathWizard& m_wizard;
    QRadioButton* m_direct = nullptr;
    QRadioButton* m_referral = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace carnet
