#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace carnet {

class AppContext;

// Settings: when a payment counts as late (stored in the open file, through
// CarnetFile::setStatusSettings), the default psychologist for new sessions (per file), and
// the language of the interface (takes effect the next time Carnet starts).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext& context, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    AppContext& m_context;
    QSpinBox* m_paperDays = nullptr;
    QSpinBox* m_electronicDays = nullptr;
    QSpinBox* m_mutuelleDays = nullptr;
    QSpinBox* m_deadlineDays = nullptr;
    QComboBox* m_psychologist = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace carnet
