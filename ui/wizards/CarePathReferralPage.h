#pragma once

#include "model/Referral.h"

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

class CarePathWizard;

// Page 3b, "The courrier d'accompagnement": who wrote it (name and role), when, the parental
// consent for a minor (from page 1), and an optional scan chosen through FileDialog (copied
// into the file only on Finish). Checked by the core's Validation::referral on Next.
class CarePathReferralPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathReferralPage(CarePathWizard& wizard);

    // The courrier as entered (personId as page 1 gives it: 0 for someone new).
    Referral referral() const;
    QString scanPath() const { return m_scanPath; }
    void setScanPath(const QString& path);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private slots:
    void chooseScan();

private:
    QWidget* fieldFor(const QString& field) const;

    CarePathWizard& m_wizard;
    QString m_scanPath;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_consent = nullptr;
    QLabel* m_scan = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_detach = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace carnet
