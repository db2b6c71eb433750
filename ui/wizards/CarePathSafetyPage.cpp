#include "wizards/CarePathSafetyPage.h"

#include "help/CrisisPanel.h"
#include "wizards/CarePathUi.h"

#include <QFrame>
#include <QVBoxLayout>

namespace carnet {

CarePathSafetyPage::CarePathSafetyPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("carePathSafetyPage"));
    setTitle(tr("First, your safety"));
    setSubTitle(tr("If you are in crisis or have dark thoughts, do not wait for an "
                   "appointment: call now."));

    auto* layout = new QVBoxLayout(this);
    QLabel* intro = CarePathUi::paragraph(
        tr("<b>If you are in crisis, or have dark thoughts, or fear for someone close to you,</b> "
           "call one of these numbers now. Calls are free."),
        this);
    intro->setObjectName(QStringLiteral("carePathSafetyIntro"));
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("carePathCrisisFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* frameLayout = new QVBoxLayout(frame);
    frameLayout->addWidget(new CrisisPanel(frame));
    layout->addWidget(frame);

    layout->addWidget(CarePathUi::paragraph(
        tr("Mon soutien psy is for mild to moderate psychological distress. Thoughts of "
           "suicide or a severe crisis call for these numbers, or a doctor, first: they will "
           "guide you to the right care. These numbers are always one click away in Carnet "
           "(Help menu, “I'm not well”)."),
        this));
    layout->addStretch(1);
}

} // namespace carnet
