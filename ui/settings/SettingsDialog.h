#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QSpinBox;

namespace carnet {

class AppContext;

// Settings: when a payment counts as late and the AFI's delays (stored in the open file,
// through SettingsService; saving them is one undoable ChangeSettingsCommand), the default
// psychologist for new sessions and the language of the interface (preferences of this
// computer, in QSettings: outside the undo stack, the language taking effect the next time
// Carnet starts).
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
    QMap<QString, QSpinBox*> m_aidDelays; // by AidSettings name
    QComboBox* m_psychologist = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace carnet
