#pragma once

#include "model/Person.h"
#include "model/Practitioner.h"
#include "shell/Emphasis.h"

#include <QLabel>
#include <QString>
#include <QStringList>
#include <QWidget>

// Small helpers shared by the care-path wizard's pages (labels styled alike, the names of
// roles and cover situations as the wizard shows them).
namespace carnet::CarePathUi {

// A wrapped paragraph.
inline QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// `items` as an HTML bullet list, each escaped.
inline QString bullets(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

// A hidden wrapped label for a refusal, in the theme's warning colour.
inline QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = paragraph(QString(), parent);
    label->setObjectName(objectName);
    label->setStyleSheet(Emphasis::warningStyleSheet(label->palette()));
    label->hide();
    return label;
}

// A hidden framed note (a warning or a piece of advice).
inline QLabel* noticeLabel(const QString& objectName, QWidget* parent)
{
    auto* label = paragraph(QString(), parent);
    label->setObjectName(objectName);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->hide();
    return label;
}

inline void showText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString roleName(PractitionerRole role);
QString coverageName(CoverageKind kind);

// The roles who may write a courrier d'accompagnement, in the order offered.
inline constexpr PractitionerRole kReferrerRoles[] = {
    PractitionerRole::GeneralPractitioner,
    PractitionerRole::Pediatrician,
    PractitionerRole::Midwife,
    PractitionerRole::SchoolDoctor,
    PractitionerRole::Pmi,
    PractitionerRole::University,
    PractitionerRole::Hospital,
};

inline constexpr CoverageKind kCoverageKinds[] = {
    CoverageKind::Standard, CoverageKind::C2S,       CoverageKind::AME,
    CoverageKind::ALD,      CoverageKind::Maternity, CoverageKind::ATMP,
};

} // namespace carnet::CarePathUi
