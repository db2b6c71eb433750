#include "AidDocuments.h"

#include "PdfMerger.h"
#include "PdfRenderer.h"
#include "aid/AidCatalogue.h"
#include "aid/AidRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <utility>

namespace carnet {

namespace {

// ---- French formatting -------------------------------------------------------------------

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

QString money(Cents cents)
{
    return formatCents(cents, french());
}

const QString& blank()
{
    static const QString dots = QStringLiteral("……………………………………");
    return dots;
}

QString date(QDate d)
{
    if (!d.isValid())
        return blank();
    const QString text = french().toString(d, QStringLiteral("d MMMM yyyy"));
    return d.day() == 1 ? QStringLiteral("1er") + text.mid(1) : text;
}

QString month(QDate d)
{
    return french().toString(d, QStringLiteral("MMMM yyyy"));
}

QString esc(const QString& text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString orBlank(const QString& text)
{
    return text.trimmed().isEmpty() ? blank() : esc(text);
}

QString formattedNir(const QString& nir)
{
    const QString n = QString(nir).remove(QLatin1Char(' '));
    if (n.size() != 15)
        return esc(nir);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(n.mid(0, 1), n.mid(1, 2), n.mid(3, 2), n.mid(5, 2), n.mid(7, 3), n.mid(10, 3),
             n.mid(13, 2));
}

QString sessionsText(int n)
{
    return n == 1 ? QStringLiteral("1 séance") : QStringLiteral("%1 séances").arg(n);
}

QString periodText(const AidRequest& r)
{
    if (r.periodFrom.isValid() && r.periodTo.isValid())
        return QStringLiteral("du %1 au %2").arg(date(r.periodFrom), date(r.periodTo));
    if (r.periodFrom.isValid())
        return QStringLiteral("à partir du %1").arg(date(r.periodFrom));
    return QStringLiteral("sur la période à venir");
}

// Replaces {name} by values (already HTML).
QString fill(QString tpl, const QHash<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        tpl.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return tpl;
}

QString frenchItemLabel(const ChecklistItem& item)
{
    const AidItemSpec* spec = AidCatalogue::instance().item(item.key);
    if (!spec)
        return item.key;
    if (const auto* variant = spec->variant(item.variant))
        return variant->frenchLabel;
    return spec->frenchLabel;
}

QString frenchStatus(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Missing:
        return QStringLiteral("manquante");
    case ChecklistStatus::Requested:
        return QStringLiteral("demandée");
    case ChecklistStatus::Received:
        return QStringLiteral("reçue");
    case ChecklistStatus::Attached:
        return QStringLiteral("jointe");
    }
    return {};
}

const QString& styleSheet()
{
    static const QString css =
        // Lengths are device pixels at the PDF's 300 dpi (QTextDocument does not scale them).
        QStringLiteral("body { font-family: 'DejaVu Serif'; }"
                       "h1 { font-size: 15pt; margin-bottom: 20px; }"
                       "h2 { font-size: 12pt; margin-top: 55px; margin-bottom: 18px; }"
                       "p { margin-top: 0; margin-bottom: 32px; }"
                       "th { background-color: #e8e8e8; text-align: left; }"
                       ".small { font-size: 8.5pt; color: #444444; }"
                       ".total { font-weight: bold; }");
    return css;
}

QString pageBreak()
{
    return QStringLiteral("<p style=\"page-break-before: always; margin: 0\"></p>");
}

// ---- Blocks shared by the letters ---------------------------------------------------------

struct Letter
{
    const AidDocumentData& data;

    // "mon suivi psychologique", "le suivi psychologique de mon enfant Léa"...
    QString care() const
    {
        if (data.person.relation == Relation::Child)
            return QStringLiteral("le suivi psychologique de mon enfant %1")
                .arg(esc(data.person.name));
        if (data.person.relation == Relation::Other)
            return QStringLiteral("le suivi psychologique de %1").arg(esc(data.person.name));
        return QStringLiteral("mon suivi psychologique");
    }

    QString senderBlock() const
    {
        QString html = QStringLiteral("<p><b>%1</b><br>").arg(orBlank(data.person.name));
        if (data.request.applicantAddress.trimmed().isEmpty())
            html += blank() + QStringLiteral("<br>") + blank();
        else
            html += esc(data.request.applicantAddress);
        if (!data.person.nir.trimmed().isEmpty())
            html += QStringLiteral("<br>N° de sécurité sociale : %1")
                        .arg(formattedNir(data.person.nir));
        if (!data.request.reference.trimmed().isEmpty())
            html += QStringLiteral("<br>Réf. du dossier : %1").arg(esc(data.request.reference));
        return html + QStringLiteral("</p>");
    }

    QString cpamBlock() const
    {
        QString address = data.request.cpamAddress.trimmed().isEmpty()
                              ? QStringLiteral("Caisse primaire d'assurance maladie de %1<br>"
                                               "Service de l'action sanitaire et sociale<br>%2")
                                    .arg(esc(data.departmentName), blank())
                              : esc(data.request.cpamAddress);
        return recipient(address);
    }

    QString psychologistBlock() const
    {
        QString address = orBlank(data.psychologist.name);
        if (!data.psychologist.contact.trimmed().isEmpty())
            address += QStringLiteral("<br>") + esc(data.psychologist.contact);
        return recipient(address);
    }

    static QString recipient(const QString& address)
    {
        return QStringLiteral("<table width=\"100%\"><tr><td width=\"50%\"></td>"
                              "<td width=\"50%\">%1</td></tr></table>")
            .arg(address);
    }

    QString dateLine() const
    {
        return QStringLiteral("<p align=\"right\">Le %1</p>").arg(date(data.today));
    }

    static QString subject(const QString& text)
    {
        return QStringLiteral("<p><b>Objet : %1</b></p>").arg(text);
    }

    QString signature() const
    {
        return QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td>"
                              "<td>%1<br><br><br>Signature</td></tr></table>")
            .arg(orBlank(data.person.name));
    }

    QString head(bool toCpam) const
    {
        return senderBlock() + (toCpam ? cpamBlock() : psychologistBlock()) + dateLine();
    }
};

QString psychologistIdentity(const Practitioner& psy)
{
    QString text = orBlank(psy.name);
    if (!psy.rpps.trimmed().isEmpty()) {
        text += QStringLiteral(", %1 %2").arg(
            psy.rpps.trimmed().size() == 9 ? QStringLiteral("ADELI") : QStringLiteral("RPPS"),
            esc(psy.rpps));
    }
    return text;
}

// ---- The documents -----------------------------------------------------------------------

QString quoteRequestHtml(const AidDocumentData& data)
{
    const Letter letter{data};
    const AidRequest& r = data.request;
    QHash<QString, QString> v{
        {QStringLiteral("dep"), esc(data.departmentName)},
        {QStringLiteral("care"), letter.care()},
        {QStringLiteral("sessions"), sessionsText(r.sessions)},
        {QStringLiteral("price"), money(r.sessionPriceCents)},
        {QStringLiteral("period"), periodText(r)},
        {QStringLiteral("total"), money(r.totalCents())},
    };
    return letter.head(false) +
           Letter::subject(QStringLiteral("demande de devis pour une aide financière de "
                                          "l'Assurance maladie")) +
           fill(QStringLiteral(
                    "<p>Madame, Monsieur,</p>"
                    "<p>Je souhaite demander à la Caisse primaire d'assurance maladie (CPAM) de "
                    "{dep} une <b>aide financière individuelle</b>, au titre de son action "
                    "sanitaire et sociale, pour financer {care} avec vous. La commission qui "
                    "examine ces demandes réclame un <b>devis</b>.</p>"
                    "<p>Je sais que cette demande est inhabituelle. Un devis ne vous engage ni "
                    "sur la durée du suivi ni sur son issue : c'est une estimation du nombre "
                    "de séances envisagées, de leur tarif et de la période, qui permet à la "
                    "caisse de calculer le montant de l'aide. Si le suivi évolue, une nouvelle "
                    "demande reste possible.</p>"
                    "<p>Pour vous faire gagner du temps, je joins un devis pré-rempli avec les "
                    "éléments dont nous avons parlé : {sessions} à {price}, {period}, soit "
                    "<b>{total}</b>. Il vous suffit de le vérifier, de le corriger au besoin, "
                    "puis de le dater, de le signer et d'y apposer votre cachet.</p>"
                    "<p>La commission peut vous contacter pour vérifier que le suivi a bien "
                    "lieu. Si l'aide est accordée, elle est versée sur présentation de vos "
                    "factures, soit à moi, soit directement à vous.</p>"
                    "<p>Je vous remercie de votre aide, et vous prie d'agréer, Madame, "
                    "Monsieur, l'expression de mes salutations distinguées.</p>"),
                v) +
           letter.signature();
}

QString quoteHtml(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    const Person& p = data.person;
    QString patient = orBlank(p.name);
    if (p.birthDate.isValid())
        patient += QStringLiteral(", né(e) le %1").arg(date(p.birthDate));
    if (!p.nir.trimmed().isEmpty())
        patient += QStringLiteral("<br>N° de sécurité sociale : %1").arg(formattedNir(p.nir));
    QString psy = psychologistIdentity(data.psychologist);
    if (!data.psychologist.contact.trimmed().isEmpty())
        psy += QStringLiteral("<br>") + esc(data.psychologist.contact);
    QHash<QString, QString> v{
        {QStringLiteral("psy"), psy},
        {QStringLiteral("patient"), patient},
        {QStringLiteral("n"), QString::number(r.sessions)},
        {QStringLiteral("price"), money(r.sessionPriceCents)},
        {QStringLiteral("total"), money(r.totalCents())},
        {QStringLiteral("period"), periodText(r)},
        {QStringLiteral("dep"), esc(data.departmentName)},
        {QStringLiteral("blank"), blank()},
        {QStringLiteral("scheme"),
         r.schemeSessions > 0
             ? QStringLiteral("dont %1 dans le cadre du dispositif Mon soutien psy")
                   .arg(sessionsText(r.schemeSessions))
             : QStringLiteral("hors du dispositif Mon soutien psy")},
    };
    return fill(
        QStringLiteral("<h1 align=\"center\">DEVIS — Suivi psychologique</h1>"
                       "<p align=\"center\" class=\"small\">établi à la demande du patient, pour "
                       "une demande d'aide financière individuelle auprès de la CPAM de "
                       "{dep}</p>"
                       "<h2>Psychologue</h2><p>{psy}</p>"
                       "<h2>Patient</h2><p>{patient}</p>"
                       "<h2>Prise en charge envisagée</h2>"
                       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                       "<tr><th>Désignation</th><th>Nombre</th><th>Prix unitaire</th>"
                       "<th>Montant</th></tr>"
                       "<tr><td>Séance de psychothérapie / suivi psychologique ({scheme})</td>"
                       "<td align=\"right\">{n}</td><td align=\"right\">{price}</td>"
                       "<td align=\"right\">{total}</td></tr>"
                       "<tr><td colspan=\"3\" class=\"total\">Total</td>"
                       "<td align=\"right\" class=\"total\">{total}</td></tr></table>"
                       "<p>Période : {period}.</p>"
                       "<p>Motif de la prise en charge (facultatif) : {blank}{blank}</p>"
                       "<p class=\"small\">Ce devis est une estimation du suivi envisagé. Il ne "
                       "préjuge ni de la durée effective ni de l'issue de la prise en charge. "
                       "Les séances seront facturées au fur et à mesure de leur réalisation.</p>"
                       "<p>&nbsp;</p><p>Fait à {blank}, le {blank}</p>"
                       "<table width=\"100%\"><tr><td width=\"50%\"></td><td>Signature et cachet "
                       "du psychologue<br><br><br><br></td></tr></table>"),
        v);
}

QString sharesTable(const AidDocumentData& data)
{
    const AidShares& s = data.status.shares;
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    const auto row = [&html](const QString& label, Cents cents, bool bold = false) {
        const QString cls = bold ? QStringLiteral(" class=\"total\"") : QString();
        html += QStringLiteral("<tr><td%1>%2</td><td align=\"right\"%1>%3</td></tr>")
                    .arg(cls, label, money(cents));
    };
    row(QStringLiteral("Coût total des soins (%1 à %2)")
            .arg(sessionsText(data.request.sessions), money(data.request.sessionPriceCents)),
        s.totalCents);
    row(QStringLiteral("Part de l'Assurance maladie (Mon soutien psy)"), s.cpamCents);
    row(QStringLiteral("Part de la complémentaire santé"), s.mutuelleCents);
    row(QStringLiteral("Reste à charge : montant de l'aide demandée"), s.remainingCents, true);
    html += QStringLiteral("</table>");
    if (!s.schemeSplit) {
        html += QStringLiteral("<p class=\"small\">Ces séances ont lieu hors du dispositif Mon "
                               "soutien psy : l'Assurance maladie ne les rembourse pas.</p>");
    }
    return html;
}

QString summaryHtml(const AidDocumentData& data)
{
    const AidRequest& r = data.request;
    const Person& p = data.person;
    QString html;
    html += QStringLiteral("<h1>Demande d'aide financière individuelle</h1>"
                           "<p>Récapitulatif du dossier adressé à la CPAM de %1 (%2)</p>")
                .arg(esc(data.departmentName), esc(r.departmentCode));
    html +=
        QStringLiteral("<h2>Bénéficiaire et soins</h2>"
                       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    const auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td width=\"38%\">%1</td><td>%2</td></tr>").arg(label, value);
    };
    line(QStringLiteral("Bénéficiaire"), orBlank(p.name));
    line(QStringLiteral("Date de naissance"), date(p.birthDate));
    if (!p.nir.trimmed().isEmpty())
        line(QStringLiteral("N° de sécurité sociale"), formattedNir(p.nir));
    line(QStringLiteral("Psychologue"), psychologistIdentity(data.psychologist));
    line(QStringLiteral("Soins demandés"),
         QStringLiteral("%1 à %2, %3")
             .arg(sessionsText(r.sessions), money(r.sessionPriceCents), periodText(r)));
    line(QStringLiteral("Versement de l'aide"),
         r.payee == AidPayee::Psychologist
             ? QStringLiteral("directement au psychologue")
             : QStringLiteral("au bénéficiaire, sur présentation des factures"));
    if (r.submitted.isValid())
        line(QStringLiteral("Demande envoyée le"), date(r.submitted));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>Financement</h2>") + sharesTable(data);

    html +=
        QStringLiteral("<h2>Pièces du dossier, dans l'ordre</h2>"
                       "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                       "<tr><th>N°</th><th>Pièce</th><th>État</th><th>Date du document</th></tr>");
    int n = 0;
    for (const auto& l : data.status.checklist) {
        ++n;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(n)
                    .arg(esc(frenchItemLabel(l.item)), frenchStatus(l.item.status),
                         l.item.documentDate.isValid()
                             ? french().toString(l.item.documentDate, QStringLiteral("dd/MM/yyyy"))
                             : QString());
    }
    html += QStringLiteral("</table>");
    return html;
}

QString coverLetterHtml(const AidDocumentData& data)
{
    const Letter letter{data};
    const AidRequest& r = data.request;
    const AidShares& s = data.status.shares;
    QString shares;
    if (s.schemeSplit) {
        shares +=
            QStringLiteral(" Une partie de ces séances relève du dispositif Mon soutien psy : "
                           "l'Assurance maladie en rembourse %1")
                .arg(money(s.cpamCents));
        shares +=
            s.mutuelleCents > 0
                ? QStringLiteral(" et ma complémentaire santé %1.").arg(money(s.mutuelleCents))
                : QStringLiteral(".");
    } else if (s.mutuelleCents > 0) {
        shares += QStringLiteral(" Ma complémentaire santé en prend en charge %1.")
                      .arg(money(s.mutuelleCents));
    }
    QString pieces;
    for (const auto& l : data.status.checklist) {
        if (l.item.isInHand())
            pieces += QStringLiteral("<li>%1</li>").arg(esc(frenchItemLabel(l.item)));
    }
    QHash<QString, QString> v{
        {QStringLiteral("care"), letter.care()},
        {QStringLiteral("psy"), orBlank(data.psychologist.name)},
        {QStringLiteral("sessions"), sessionsText(r.sessions)},
        {QStringLiteral("price"), money(r.sessionPriceCents)},
        {QStringLiteral("period"), periodText(r)},
        {QStringLiteral("total"), money(s.totalCents)},
        {QStringLiteral("shares"), shares},
        {QStringLiteral("remaining"), money(s.remainingCents)},
        {QStringLiteral("payee"),
         r.payee == AidPayee::Psychologist
             ? QStringLiteral("Je souhaite que l'aide soit versée directement à mon psychologue.")
             : QStringLiteral("Je souhaite que l'aide me soit versée sur présentation des "
                              "factures, sur le compte dont le RIB est joint.")},
        {QStringLiteral("pieces"),
         pieces.isEmpty()
             ? QString()
             : QStringLiteral("<p>Vous trouverez ci-joint :</p><ul>%1</ul>").arg(pieces)},
    };
    return letter.head(true) +
           Letter::subject(QStringLiteral("demande d'aide financière individuelle — frais de "
                                          "suivi psychologique")) +
           fill(QStringLiteral(
                    "<p>Madame, Monsieur,</p>"
                    "<p>Je sollicite une aide financière individuelle au titre de l'action "
                    "sanitaire et sociale de la caisse, pour financer {care}, dont je ne peux pas "
                    "assumer seul(e) le coût en raison de "
                    "ressources modestes.</p>"
                    "<p>{psy}, psychologue, estime nécessaire un suivi de {sessions} à {price}, "
                    "{period}, soit un coût total de {total} (devis joint).{shares} Le reste à "
                    "charge, que je vous demande de bien vouloir prendre en charge, s'élève à "
                    "<b>{remaining}</b>.</p>"
                    "<p>{payee}</p>"
                    "{pieces}"
                    "<p>Je reste à votre disposition pour tout renseignement ou toute pièce "
                    "complémentaire.</p>"
                    "<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    "distinguées.</p>"),
                v) +
           letter.signature();
}

QString followUpHtml(const AidDocumentData& data)
{
    const Letter letter{data};
    const AidRequest& r = data.request;
    QHash<QString, QString> v{
        {QStringLiteral("sent"), date(r.submitted)},
        {QStringLiteral("days"), QString::number(data.status.daysWaiting)},
        {QStringLiteral("remaining"), money(data.status.shares.remainingCents)},
        {QStringLiteral("care"), letter.care()},
    };
    return letter.head(true) +
           Letter::subject(QStringLiteral("relance — demande d'aide financière individuelle "
                                          "envoyée le %1")
                               .arg(date(r.submitted))) +
           fill(QStringLiteral(
                    "<p>Madame, Monsieur,</p>"
                    "<p>Le {sent}, je vous ai adressé une demande d'aide financière "
                    "individuelle pour financer {care} (montant "
                    "demandé : {remaining}).</p>"
                    "<p>À ce jour, {days} jours plus tard, je n'ai reçu aucune réponse. Je vous "
                    "remercie de bien vouloir m'indiquer où en est l'examen de mon dossier et, "
                    "s'il manque une pièce, laquelle : je vous la ferai parvenir sans "
                    "délai.</p>"
                    "<p>Ce suivi est nécessaire à ma santé, et l'attente de la décision en "
                    "retarde le début ou la poursuite. Je joins une copie de ma demande.</p>"
                    "<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    "distinguées.</p>"),
                v) +
           letter.signature();
}

QString appealHtml(const AidDocumentData& data)
{
    const Letter letter{data};
    const AidRequest& r = data.request;
    QString reasons;
    if (r.appealText.trimmed().isEmpty()) {
        reasons = QStringLiteral("<p>%1<br>%1<br>%1<br>%1</p>").arg(blank() + blank());
    } else {
        const QStringList paragraphs =
            r.appealText.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const auto& paragraph : paragraphs)
            reasons += QStringLiteral("<p>%1</p>").arg(esc(paragraph));
    }
    QHash<QString, QString> v{
        {QStringLiteral("decision"), date(r.decisionDate)},
        {QStringLiteral("sent"), date(r.submitted)},
        {QStringLiteral("care"), letter.care()},
        {QStringLiteral("remaining"), money(data.status.shares.remainingCents)},
        {QStringLiteral("reasons"), reasons},
    };
    return letter.head(true) +
           Letter::subject(
               QStringLiteral("demande de réexamen — décision du %1").arg(date(r.decisionDate))) +
           fill(QStringLiteral(
                    "<p>Madame, Monsieur,</p>"
                    "<p>Par courrier du {decision}, la commission m'a fait part de son refus "
                    "de ma demande d'aide financière individuelle du {sent}, qui portait sur "
                    "{care} (reste à charge : {remaining}).</p>"
                    "<p>Je vous demande de bien vouloir réexaminer cette demande, pour les "
                    "raisons suivantes :</p>"
                    "{reasons}"
                    "<p>Mes ressources sont modestes, comme l'attestent les justificatifs "
                    "joints, et ce suivi, prescrit par mon médecin, est nécessaire à ma santé. "
                    "Sans aide, je ne peux pas le commencer ou le poursuivre. Je peux fournir "
                    "toute pièce complémentaire utile à l'examen de mon dossier.</p>"
                    "<p>À défaut de réponse favorable, je me réserve la possibilité d'adresser "
                    "une réclamation à la caisse puis de saisir son conciliateur.</p>"
                    "<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    "distinguées.</p>"),
                v) +
           letter.signature() + pageBreak() +
           QStringLiteral(
               "<h1>À garder : après cette lettre</h1>"
               "<p class=\"small\">Cette page est pour vous : ne l'envoyez pas.</p>"
               "<p>Aucune procédure officielle de recours n'est prévue pour les aides "
               "financières individuelles : elles relèvent de l'action sanitaire et sociale de la "
               "caisse, qui décide librement. Demander un réexamen motivé est la première "
               "démarche ; elle aboutit parfois.</p>"
               "<p><b>1. Réclamation.</b> Sans réponse ou en cas de nouveau refus, adressez une "
               "réclamation à votre caisse : depuis votre compte ameli (messagerie, "
               "« Mes démarches »), par téléphone au 3646, ou par courrier.</p>"
               "<p><b>2. Conciliateur.</b> Si la réclamation n'aboutit pas, saisissez le "
               "conciliateur de votre CPAM (depuis votre compte ameli ou par courrier), en "
               "joignant la décision, cette lettre et la réponse à votre réclamation.</p>"
               "<p><b>3. Ailleurs.</b> Une assistante sociale (de la CPAM, de la mairie ou du "
               "département) peut appuyer une nouvelle demande. Une nouvelle demande reste "
               "possible si votre situation change.</p>"
               "<p class=\"small\">Source : ameli.fr, « Faire une réclamation, contester une "
               "décision ». Vérifiez les démarches de votre caisse : elles peuvent différer.</p>");
}

QString invoiceClaimHtml(const AidDocumentData& data)
{
    const Letter letter{data};
    const AidRequest& r = data.request;
    QList<Session> sessions = data.invoiceSessions;
    std::sort(sessions.begin(), sessions.end(),
              [](const Session& a, const Session& b) { return a.date < b.date; });
    Cents sum = 0;
    QString rows;
    QStringList months;
    for (const auto& s : std::as_const(sessions)) {
        sum += s.feeCents;
        rows +=
            QStringLiteral("<tr><td>%1</td><td>Séance avec %2</td><td align=\"right\">%3</td></tr>")
                .arg(french().toString(s.date, QStringLiteral("dd/MM/yyyy")),
                     orBlank(data.psychologist.name), money(s.feeCents));
        const QString m = month(s.date);
        if (!months.contains(m))
            months << m;
    }
    const Cents granted = r.grantedCents;
    const Cents claimed = AidRules::claimedCents(r);
    const Cents after = std::max<Cents>(granted - claimed - sum, 0);
    QString monthsText = months.join(QStringLiteral(", "));
    QHash<QString, QString> v{
        {QStringLiteral("granted"), money(granted)},
        {QStringLiteral("decision"), date(r.decisionDate)},
        {QStringLiteral("psy"), orBlank(data.psychologist.name)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("sum"), money(sum)},
        {QStringLiteral("claimed"), money(claimed)},
        {QStringLiteral("after"), money(after)},
        {QStringLiteral("n"), QString::number(sessions.size())},
        {QStringLiteral("expires"), date(data.status.expires)},
    };
    return letter.head(true) +
           Letter::subject(
               QStringLiteral("versement de l'aide financière accordée le %1 — "
                              "factures de %2")
                   .arg(date(r.decisionDate), monthsText.isEmpty() ? blank() : monthsText)) +
           fill(QStringLiteral(
                    "<p>Madame, Monsieur,</p>"
                    "<p>Par décision du {decision}, la commission m'a accordé une aide "
                    "financière individuelle de {granted} pour un suivi psychologique avec "
                    "{psy}.</p>"
                    "<p>Je vous adresse les factures des {n} séances ci-dessous, et vous "
                    "remercie de bien vouloir m'en verser le montant sur le compte dont le RIB "
                    "est joint.</p>"
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                    "<tr><th>Date</th><th>Objet</th><th>Montant</th></tr>{rows}"
                    "<tr><td colspan=\"2\" class=\"total\">Total de la présente demande</td>"
                    "<td align=\"right\" class=\"total\">{sum}</td></tr></table>"
                    "<p>&nbsp;</p>"
                    "<table cellspacing=\"0\" cellpadding=\"2\">"
                    "<tr><td>Aide accordée :</td><td align=\"right\">{granted}</td></tr>"
                    "<tr><td>Déjà demandé :</td><td align=\"right\">{claimed}</td></tr>"
                    "<tr><td>Reste après cette demande :</td><td align=\"right\">{after}</td></tr>"
                    "</table>"
                    "<p>&nbsp;</p>"
                    "<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    "distinguées.</p>"),
                v) +
           letter.signature();
}

constexpr std::array<std::pair<AidDocuments::Kind, const char*>, 7> kKeys{{
    {AidDocuments::Kind::QuoteRequest, "quote-request"},
    {AidDocuments::Kind::Quote, "quote"},
    {AidDocuments::Kind::CoverLetter, "cover-letter"},
    {AidDocuments::Kind::Summary, "summary"},
    {AidDocuments::Kind::FollowUp, "follow-up"},
    {AidDocuments::Kind::Appeal, "appeal"},
    {AidDocuments::Kind::InvoiceClaim, "invoice-claim"},
}};

bool isPdf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

QList<AidDocuments::Kind> AidDocuments::kinds()
{
    QList<Kind> list;
    for (const auto& [kind, key] : kKeys)
        list << kind;
    return list;
}

QString AidDocuments::key(Kind kind)
{
    for (const auto& [k, key] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<AidDocuments::Kind> AidDocuments::fromKey(const QString& key)
{
    for (const auto& [kind, k] : kKeys) {
        if (key.trimmed().toLower() == QLatin1String(k))
            return kind;
    }
    return std::nullopt;
}

QString AidDocuments::displayName(Kind kind)
{
    switch (kind) {
    case Kind::QuoteRequest:
        return tr("Letter asking the psychologist for a quote");
    case Kind::Quote:
        return tr("Pre-filled quote for the psychologist to sign");
    case Kind::CoverLetter:
        return tr("Cover letter of the request");
    case Kind::Summary:
        return tr("Summary page (costs and documents)");
    case Kind::FollowUp:
        return tr("Follow-up letter (no answer)");
    case Kind::Appeal:
        return tr("Letter asking the commission to reconsider");
    case Kind::InvoiceClaim:
        return tr("Grouped invoices against the grant");
    }
    return {};
}

QString AidDocuments::frenchTitle(Kind kind)
{
    switch (kind) {
    case Kind::QuoteRequest:
        return QStringLiteral("Demande de devis");
    case Kind::Quote:
        return QStringLiteral("Devis de suivi psychologique");
    case Kind::CoverLetter:
        return QStringLiteral("Demande d'aide financière individuelle");
    case Kind::Summary:
        return QStringLiteral("Récapitulatif de la demande");
    case Kind::FollowUp:
        return QStringLiteral("Relance");
    case Kind::Appeal:
        return QStringLiteral("Demande de réexamen");
    case Kind::InvoiceClaim:
        return QStringLiteral("Demande de versement");
    }
    return {};
}

QString AidDocuments::html(Kind kind, const AidDocumentData& data)
{
    switch (kind) {
    case Kind::QuoteRequest:
        return quoteRequestHtml(data);
    case Kind::Quote:
        return quoteHtml(data);
    case Kind::CoverLetter:
        return coverLetterHtml(data);
    case Kind::Summary:
        return summaryHtml(data);
    case Kind::FollowUp:
        return followUpHtml(data);
    case Kind::Appeal:
        return appealHtml(data);
    case Kind::InvoiceClaim:
        return invoiceClaimHtml(data);
    }
    return {};
}

Result<void> AidDocuments::writePdf(Kind kind, const AidDocumentData& data, const QString& path)
{
    PdfRenderer renderer(frenchTitle(kind));
    renderer.setStyleSheet(styleSheet());
    renderer.addHtml(html(kind, data));
    return renderer.write(path);
}

Result<void> AidDocuments::writeDossier(const AidDocumentData& data,
                                        const QList<DossierAttachment>& attachments,
                                        const QString& path, const QString& qpdfProgram)
{
    const QString title = QStringLiteral("Dossier de demande d'aide financière individuelle");
    struct Piece
    {
        DossierAttachment attachment;
        bool pdf = false;
    };
    QList<Piece> pieces;
    bool anyPdf = false;
    for (const auto& attachment : attachments) {
        if (!QFileInfo(attachment.path).isReadable()) {
            return Error::invalid(QStringLiteral("file"),
                                  tr("The attached file %1 cannot be read.").arg(attachment.path));
        }
        const bool pdf = isPdf(attachment.path);
        if (!pdf && QImageReader::imageFormat(attachment.path).isEmpty()) {
            return Error::invalid(QStringLiteral("file"),
                                  tr("The attached file %1 is neither a PDF nor an image.")
                                      .arg(QFileInfo(attachment.path).fileName()));
        }
        anyPdf = anyPdf || pdf;
        pieces.append(Piece{attachment, pdf});
    }

    // The cover letter, then the summary with the checklist, then the documents in order.
    const QString cover = html(Kind::CoverLetter, data);
    const QString summary = html(Kind::Summary, data);
    if (!anyPdf) {
        PdfRenderer renderer(title);
        renderer.setStyleSheet(styleSheet());
        renderer.addHtml(cover);
        renderer.addHtml(summary);
        for (const auto& piece : std::as_const(pieces))
            renderer.addImage(piece.attachment.path, piece.attachment.title);
        return renderer.write(path);
    }

    // With PDFs: render the summary and each run of images to temporary PDFs, then merge the
    // parts in order with qpdf (attached PDFs are copied page by page, not rasterised).
    if (PdfMerger::locate(qpdfProgram).isEmpty()) {
        return Error::io(tr("The attached PDF files cannot be merged: the qpdf program is missing. "
                            "Install it (on Debian or Ubuntu: sudo apt install qpdf) and try "
                            "again."));
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return Error::io(tr("Cannot create a temporary folder: %1").arg(temp.errorString()));
    QStringList parts;
    int partNumber = 0;
    auto nextPartPath = [&temp, &partNumber] {
        return temp.filePath(QStringLiteral("part-%1.pdf").arg(++partNumber));
    };
    std::optional<PdfRenderer> current;
    const auto startPart = [&current, &title] {
        current.emplace(title);
        current->setStyleSheet(styleSheet());
        current->setPageNumbers(false); // numbers would restart in each merged part
    };
    startPart();
    current->addHtml(cover);
    current->addHtml(summary);
    const auto flush = [&]() -> Result<void> {
        if (!current)
            return {};
        const QString partPath = nextPartPath();
        if (auto written = current->write(partPath); !written.ok())
            return written;
        parts << partPath;
        current.reset();
        return {};
    };
    for (const auto& piece : std::as_const(pieces)) {
        if (piece.pdf) {
            if (auto flushed = flush(); !flushed.ok())
                return flushed;
            parts << piece.attachment.path;
        } else {
            if (!current)
                startPart();
            current->addImage(piece.attachment.path, piece.attachment.title);
        }
    }
    if (auto flushed = flush(); !flushed.ok())
        return flushed;

    const QString merged = temp.filePath(QStringLiteral("dossier.pdf"));
    if (auto result = PdfMerger::merge(parts, merged, qpdfProgram); !result.ok())
        return result;
    QFile file(merged);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(merged, file.errorString()));
    return PdfRenderer::saveFile(path, file.readAll());
}

} // namespace carnet
