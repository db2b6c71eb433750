#pragma once

#include "model/Practitioner.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace carnet {

class CarePathWizard;

// Page 4, "Which psychologist?": one already in the file or a new one (name, optional RPPS,
// partner of the scheme or not), with a link to the official directory of partner
// psychologists and a clear warning that sessions with a non-partner are not covered.
class CarePathPsychologistPage final : public QWizardPage
{
    Q_OBJECT

public:
    // The official directory of the scheme's partner psychologists.
    static QString directoryUrl();

    explicit CarePathPsychologistPage(CarePathWizard& wizard);

    Practitioner psychologist() const; // id 0 for a new one
    bool isNewPsychologist() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private slots:
    void updateState();

private:
    CarePathWizard& m_wizard;
    QRadioButton* m_existing = nullptr;
    QComboBox* m_psychologists = nullptr;
    QRadioButton* m_new = nullptr;
    QWidget* m_newBox = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_rpps = nullptr;
    QCheckBox* m_partner = nullptr;
    QLabel* m_directory = nullptr;
    QLabel* m_partnerWarning = nullptr;
    QLabel* m_rppsWarning = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace carnet
