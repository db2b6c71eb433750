#include "caseload/CaseloadExport.h"

#include "caseload/CaseloadModel.h"
#include "documents/PdfRenderer.h"
#include "io/CsvWriter.h"
#include "model/Money.h"
#include "read/AgendaTotals.h"
#include "sessions/CareLabels.h"

namespace carnet {

QString CaseloadExport::fileName(QDate today, const QString& suffix)
{
    //: A file name: lower case, no accent, no space.
    return tr("to-do") + QLatin1Char('-') + today.toString(Qt::ISODate) + QLatin1Char('.') + suffix;
}

QByteArray CaseloadExport::csv(const QList<AgendaItem>& items, QDate today, const QLocale& locale)
{
    CsvWriter w(CsvWriter::formatFor(locale));
    w.text(tr("Person"))
        .text(tr("To do"))
        .text(tr("When"))
        .text(tr("Due"))
        .text(tr("Days late"))
        .text(tr("Amount"))
        .text(tr("CPAM"))
        .text(tr("Mutuelle"))
        .text(tr("Year"))
        .text(tr("Details"));
    w.endLine();
    for (const AgendaItem& item : items) {
        w.text(item.personName)
            .text(CaseloadModel::taskText(item))
            .text(CaseloadModel::whenText(item, today))
            .date(item.dueDate)
            .number(item.daysLate)
            .money(item.amountCents)
            .money(item.amoCents)
            .money(item.amcCents)
            .number(item.year)
            .text(item.text);
        w.endLine();
    }
    return w.bytes();
}

Result<void> CaseloadExport::writeCsv(const QString& path, const QList<AgendaItem>& items,
                                      QDate today, const QLocale& locale)
{
    return CsvWriter::save(path, csv(items, today, locale));
}

QString CaseloadExport::totalsText(const AgendaTotals& totals)
{
    QString text = tr("CPAM %1, mutuelle %2")
                       .arg(formatCents(totals.cpamCents()), formatCents(totals.mutuelleCents()));
    if (totals.aidCents() != 0)
        text += tr("; AFI %1").arg(formatCents(totals.aidCents()));
    return text;
}

QString CaseloadExport::html(const QList<AgendaItem>& items, QDate today, const QString& scope)
{
    const auto cell = [](const QString& text, const char* style = nullptr) {
        return QStringLiteral("<td%1>%2</td>")
            .arg(style ? QStringLiteral(" class=\"%1\"").arg(QLatin1String(style)) : QString(),
                 text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(tr("To do on %1").arg(CareLabels::date(today)).toHtmlEscaped(),
                            scope.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    // A box to tick first: a list to work through on paper.
    for (const QString& header : {tr("Done"), tr("Person"), tr("To do"), tr("When"), tr("Due"),
                                  tr("Amount"), tr("Details")})
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const AgendaItem& item : items) {
        const bool late = item.urgency == AgendaItem::Urgency::Overdue;
        html += late ? QStringLiteral("<tr class=\"late\">") : QStringLiteral("<tr>");
        html += QStringLiteral("<td class=\"box\">\u2610</td>") + cell(item.personName) +
                cell(CaseloadModel::taskText(item)) + cell(CaseloadModel::whenText(item, today)) +
                cell(CareLabels::date(item.dueDate)) +
                cell(item.amountCents != 0 ? formatCents(item.amountCents) : QString(), "amount") +
                cell(item.text);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    AgendaTotals totals;
    for (const AgendaItem& item : items)
        totals.add(item);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%n item(s). Owed: %1.", nullptr, int(items.size()))
                         .arg(totalsText(totals))
                         .toHtmlEscaped());
    return html;
}

Result<void> CaseloadExport::writePdf(const QString& path, const QList<AgendaItem>& items,
                                      QDate today, const QString& scope)
{
    PdfRenderer pdf(tr("To do on %1").arg(CareLabels::date(today)));
    pdf.setStyleSheet(QStringLiteral(
        "h1 { font-size: 14pt; } table { font-size: 8pt; } "
        "th { text-align: left; border-bottom: 1px solid #444; } "
        "td { border-bottom: 1px solid #ccc; vertical-align: top; } "
        "td.amount { text-align: right; white-space: nowrap; } td.box { font-size: 12pt; } "
        "tr.late td { font-weight: bold; }"));
    pdf.addHtml(html(items, today, scope));
    return pdf.write(path);
}

} // namespace carnet
