#pragma once

#include <QString>

namespace carnet {

// One file of the ordered dossier: a PDF (merged as is) or an image (drawn on its own page
// under its title).
struct DossierAttachment
{
    QString path;
    QString title; // in French: "Pièce 3 : Justificatif de ressources"
};

} // namespace carnet
