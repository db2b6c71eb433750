#include "aid/IncompleteDossier.h"

#include "aid/AidStatus.h"
#include "shell/MessageBox.h"

namespace carnet {

QStringList IncompleteDossier::missing(const AidStatus& status)
{
    if (status.submitted || status.readyToSend)
        return {};
    QStringList lines;
    for (const AidNextStep& step : status.nextSteps) {
        if (step.kind == AidNextStep::Kind::GetDocument ||
            step.kind == AidNextStep::Kind::RenewDocument)
            lines << QStringLiteral("• ") + step.text;
    }
    if (lines.isEmpty())
        lines << tr("%n document(s) missing.", nullptr, status.itemsMissing + status.itemsStale);
    return lines;
}

bool IncompleteDossier::confirm(QWidget* parent, const AidStatus& status, Action action)
{
    const QStringList lines = missing(status);
    if (lines.isEmpty())
        return true;
    QString title;
    QString question;
    QString goOn;
    switch (action) {
    case Action::Print:
        title = tr("Print the dossier");
        question = tr("Print it anyway?");
        goOn = tr("Print anyway");
        break;
    case Action::WriteDocuments:
        title = tr("Print the documents");
        question = tr("Write the cover letter, the summary and the dossier anyway? (The letter "
                      "asking for a quote and the quote are written either way.)");
        goOn = tr("Write them anyway");
        break;
    case Action::RecordSent:
        title = tr("Dossier sent");
        question = tr("Record it as sent anyway?");
        goOn = tr("Record as sent anyway");
        break;
    }
    const QString text = tr("This dossier is not complete yet:\n%1\n\nA caisse may send an "
                            "incomplete dossier back, or wait for the missing documents. %2")
                             .arg(lines.join(QLatin1Char('\n')), question);
    return MessageBox::ask(parent, QMessageBox::Warning, title, text,
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                           {{QMessageBox::Yes, goOn}, {QMessageBox::No, tr("Not now")}},
                           QMessageBox::No) == QMessageBox::Yes;
}

} // namespace carnet
