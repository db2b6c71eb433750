#include "help/HelpPage.h"

#include "help/CrisisPanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carnet {

HelpPage::HelpPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("helpPage"));
    new QVBoxLayout(this);
}

void HelpPage::showEvent(QShowEvent* event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void HelpPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    auto* outer = static_cast<QVBoxLayout*>(layout());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("helpContent"));
    scroll->setAccessibleName(tr("Help"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);

    auto* crisis = new QGroupBox(tr("If you are not well, call now"), content);
    auto* crisisLayout = new QVBoxLayout(crisis);
    crisisLayout->addWidget(new CrisisPanel(crisis));
    layout->addWidget(crisis);

    auto* scheme = new QGroupBox(tr("Mon soutien psy in short"), content);
    auto* schemeLayout = new QVBoxLayout(scheme);
    auto* schemeText = new QLabel(
        tr("<p>Since 15 June 2024, anyone aged 3 or more can see a <b>partner psychologist</b> "
           "(psychologue conventionné) directly, without a doctor's letter.</p>"
           "<p>Each calendar year: one <b>evaluation session</b> (entretien d'évaluation) and up "
           "to <b>11 follow-up sessions</b> (séances de suivi), 50 € each, with no extra fee.</p>"
           "<p>The CPAM pays back 60 % from the <b>feuille de soins</b> (care sheet) you send it; "
           "your mutuelle pays the other 40 %. With the C2S, the AME, an ALD, from the 6th month "
           "of pregnancy or after a work accident, you pay nothing in advance.</p>"
           "<p>Minors need the consent of those who hold parental authority.</p>"),
        scheme);
    schemeText->setWordWrap(true);
    schemeLayout->addWidget(schemeText);
    layout->addWidget(scheme);

    auto* aid = new QGroupBox(tr("Help to pay: the CPAM's individual financial aid"), content);
    auto* aidLayout = new QVBoxLayout(aid);
    auto* aidText = new QLabel(
        tr("<p>If your income is modest, your CPAM can grant a one-off <b>aide financière "
           "individuelle</b> (AFI) that may pay for psychotherapy. A commission of your "
           "département decides; the answer often takes several months, and the rules differ "
           "from one département to another. Carnet helps you build the dossier, but it cannot "
           "promise an outcome.</p>"),
        aid);
    aidText->setWordWrap(true);
    aidLayout->addWidget(aidText);
    layout->addWidget(aid);
    layout->addStretch(1);

    scroll->setWidget(content);
    // Built while the page is being shown: show the content now, in this same frame (a widget
    // added to a visible parent's layout would only show on the next pass of the event loop).
    if (isVisible()) {
        scroll->show();
        outer->activate();
    }
}

} // namespace carnet
