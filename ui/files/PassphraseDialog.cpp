#include "files/PassphraseDialog.h"

#include "io/PassphrasePolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace carnet {

namespace {

QStringList& queued()
{
    static QStringList answers;
    return answers;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("passphraseIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_first);
    if (mode == Mode::Seal) {
        m_strength = new QLabel(this);
        m_strength->setObjectName(QStringLiteral("strengthLabel"));
        m_strength->setWordWrap(true);
        form->addRow(QString(), m_strength);
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("confirmEdit"));
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(tr("The same passphrase again"));
        form->addRow(tr("&Again:"), m_second);
        m_match = new QLabel(this);
        m_match->setObjectName(QStringLiteral("matchLabel"));
        form->addRow(QString(), m_match);
    }
    layout->addLayout(form);
    m_show = new QCheckBox(tr("&Show what I type"), this);
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    layout->addWidget(m_show);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        m_first->setEchoMode(echo);
        if (m_second)
            m_second->setEchoMode(echo);
    });
    updateState();
    resize(460, sizeHint().height());
}

PassphraseDialog::~PassphraseDialog()
{
    clearFields();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::updateState()
{
    const QString first = m_first->text();
    if (m_mode == Mode::Open) {
        m_ok->setEnabled(!first.isEmpty());
        return;
    }
    const bool longEnough = PassphrasePolicy::check(first).ok();
    QString hint;
    if (first.isEmpty()) {
        hint = tr("At least %n characters. A short sentence is easy to remember and strong.",
                  nullptr, PassphrasePolicy::minimumLength);
    } else if (!longEnough) {
        hint = tr("Too short: at least %n characters.", nullptr, PassphrasePolicy::minimumLength);
    } else {
        switch (PassphrasePolicy::strength(first)) {
        case PassphrasePolicy::Strength::Weak:
            hint = tr("Strength: weak. Make it longer, with more different characters.");
            break;
        case PassphrasePolicy::Strength::Fair:
            hint = tr("Strength: fair. Longer, or mixing capitals, digits and signs, is "
                      "stronger.");
            break;
        case PassphrasePolicy::Strength::Strong:
            hint = tr("Strength: strong.");
            break;
        }
    }
    m_strength->setText(hint);
    const QString second = m_second->text();
    const bool same = first == second;
    m_match->setText(second.isEmpty() || same ? QString() : tr("The two passphrases differ."));
    m_ok->setEnabled(longEnough && same);
}

void PassphraseDialog::clearFields()
{
    m_first->clear();
    if (m_second)
        m_second->clear();
}

QString PassphraseDialog::ask(QWidget* parent, Mode mode, const QString& title, const QString& text)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    PassphraseDialog dialog(mode, text, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.passphrase();
}

void PassphraseDialog::setNextPassphrase(const QString& passphrase)
{
    queued().append(passphrase);
}

void PassphraseDialog::clearNextPassphrases()
{
    queued().clear();
}

} // namespace carnet
