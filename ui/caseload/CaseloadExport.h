#pragma once

#include "model/Result.h"
#include "read/Agenda.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace carnet {

class AgendaTotals;

// The caseload as a volunteer's worklist, the rows shown in the order shown: a CSV file for a
// spreadsheet (CsvWriter: UTF-8 with a byte-order mark, `;` and a decimal comma in French)
// and a PDF to print (PdfRenderer, A4).
class CaseloadExport final
{
    Q_DECLARE_TR_FUNCTIONS(carnet::CaseloadExport)

public:
    CaseloadExport() = delete;

    // The name proposed for the file, dated: "to-do-2025-03-10.csv" ("a-faire-…" in French).
    static QString fileName(QDate today, const QString& suffix);

    static QByteArray csv(const QList<AgendaItem>& items, QDate today, const QLocale& locale);
    static Result<void> writeCsv(const QString& path, const QList<AgendaItem>& items, QDate today,
                                 const QLocale& locale);

    // `scope` says which rows these are (the filters), printed under the title.
    static QString html(const QList<AgendaItem>& items, QDate today, const QString& scope);
    static Result<void> writePdf(const QString& path, const QList<AgendaItem>& items, QDate today,
                                 const QString& scope);

    // "CPAM 120,00 €, mutuelle 80,00 €; AFI 300,00 €": what the rows add up to.
    static QString totalsText(const AgendaTotals& totals);
};

} // namespace carnet
