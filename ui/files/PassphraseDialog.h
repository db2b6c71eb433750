#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

// Asks for the passphrase of an encrypted export. To seal one (Mode::Seal) it is typed twice,
// with a plain strength hint (weak, fair, strong: core/io/PassphrasePolicy) beside it; OK is
// enabled once both fields match and the passphrase is long enough. To open one (Mode::Open)
// it is typed once. The fields are cleared when the dialog goes (QLineEdit keeps its text in
// memory Carnet cannot zero; Carnet's own copies are wiped: EncryptedContainer::wipe).
//
// ask() goes through a test seam in the style of FileDialog: setNextPassphrase() queues the
// answers of the next dialogs, which are then not shown; an empty string stands for
// "cancelled".
class PassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Seal,
        Open,
    };

    PassphraseDialog(Mode mode, const QString& text, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // What was typed (in the first field); the caller wipes its copy after use.
    QString passphrase() const;

    // Shows the dialog; the passphrase, or an empty string when cancelled.
    static QString ask(QWidget* parent, Mode mode, const QString& title, const QString& text);

    // Test seams.
    static void setNextPassphrase(const QString& passphrase);
    static void clearNextPassphrases();

private:
    void updateState();
    void clearFields();

    Mode m_mode;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_match = nullptr;
    QCheckBox* m_show = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace carnet
