#include "help/CrisisDialog.h"

#include "help/CrisisPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace carnet {

CrisisDialog::CrisisDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("crisisDialog"));
    setWindowTitle(tr("If you are not well"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("You are not alone. If you are in danger or have dark thoughts, "
                                "call now: someone will listen."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new CrisisPanel(this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace carnet
