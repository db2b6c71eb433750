#pragma once

#include "model/Person.h"

#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace carnet {

class CarePathWizard;
class OptionalDateEdit;

// Page 1, "For whom?": a person of the file or someone new (name, birth date, relation,
// mutuelle, cover situation). A child under the scheme's minimum age cannot go on, with the
// core's reason; for a minor, the names of those with parental authority who consent. Says
// when the year is a renewal (sessions in an earlier year) or already under way.
class CarePathPersonPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CarePathPersonPage(CarePathWizard& wizard);

    Person person() const;
    bool isNewPerson() const;
    bool consentRequired() const;
    QStringList consentHolders() const;
    // Says when the chosen person's year is a renewal or already under way; empty otherwise.
    QString yearNote() const { return yearNote(person()); }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private slots:
    void updateState();

private:
    QWidget* fieldFor(const QString& field) const;
    QString yearNote(const Person& person) const;

    CarePathWizard& m_wizard;
    QRadioButton* m_existing = nullptr;
    QComboBox* m_persons = nullptr;
    QRadioButton* m_new = nullptr;
    QWidget* m_newBox = nullptr;
    QLineEdit* m_name = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_mutuelle = nullptr;
    QComboBox* m_coverage = nullptr;
    QLabel* m_eligibility = nullptr;
    QLabel* m_yearNote = nullptr;
    QGroupBox* m_consentBox = nullptr;
    QLineEdit* m_holder1 = nullptr;
    QLineEdit* m_holder2 = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace carnet
