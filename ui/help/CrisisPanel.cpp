#include "help/CrisisPanel.h"

#include "rules/CrisisLines.h"

#include <QGridLayout>
#include <QLabel>

namespace carnet {

CrisisPanel::CrisisPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("crisisPanel"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(10);

    int row = 0;
    for (const CrisisLine& line : crisisLines()) {
        auto* number = new QLabel(line.number, this);
        QFont big = number->font();
        big.setPointSizeF(big.pointSizeF() * (row == 0 ? 2.0 : 1.5));
        big.setBold(true);
        number->setFont(big);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        number->setAccessibleName(line.sms ? tr("%1, by text message").arg(line.number)
                                           : tr("Phone number %1").arg(line.number));

        auto* text = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                    .arg(line.name.toHtmlEscaped(), line.details.toHtmlEscaped()),
                                this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        grid->addWidget(number, row, 0, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
}

} // namespace carnet
