#pragma once

#include <QCoreApplication>

class QWidget;

namespace carnet {

struct AidStatus;

// Before a dossier goes to the CPAM (its cover letter, summary or whole dossier printed, or the
// request recorded as sent): when the core says it is not complete (a required document not
// in hand, or one too old), says what is missing, in the core's words, and asks whether to go
// on (MessageBox, so tests answer it). A dossier already sent is not asked about again.
class IncompleteDossier final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::IncompleteDossier)

public:
    enum class Action
    {
        Print,          // a document for the CPAM, or the whole dossier
        WriteDocuments, // the assistant's set: the quote letters are written whatever the answer
        RecordSent,
    };

    // True to go on: the dossier is complete or already sent, or the user chose to go on.
    static bool confirm(QWidget* parent, const AidStatus& status, Action action);
    // The lines said about what is missing (empty when the dossier is complete or sent).
    static QStringList missing(const AidStatus& status);
};

} // namespace carnet
