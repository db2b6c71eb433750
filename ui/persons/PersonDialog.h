#pragma once

#include "model/Person.h"
#include "model/Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace carnet {

class OptionalDateEdit;

// Add or edit a person: name, birth date, relation, optional NIR, mutuelle (or none), the
// coverage situations (C2S, ALD, ...) with their dates, notes. The check is the core's: on
// OK the dialog calls `apply` (an undo command, ServiceCommand::push, which shows a refusal)
// and, when the core refuses, stays open with the focus on the faulty field.
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Result<void>(const Person&)>;

    PersonDialog(const Person& person, QDate today, Apply apply, QWidget* parent = nullptr);

    // The person as entered (id kept from the one given).
    Person person() const;

public slots:
    void accept() override;

private slots:
    void addCoverageRow();
    void removeCoverageRow();
    void updateEligibilityNote();
    void updateCalendarReference();

private:
    void addCoverageRow(const CoveragePeriod& period);
    QWidget* fieldFor(const QString& field) const;

    Person m_original;
    QDate m_today;
    Apply m_apply;
    QLineEdit* m_name = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_nir = nullptr;
    QLineEdit* m_mutuelle = nullptr;
    QTableWidget* m_coverage = nullptr;
    QPushButton* m_addCoverage = nullptr;
    QPushButton* m_removeCoverage = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_eligibility = nullptr;
};

} // namespace carnet
