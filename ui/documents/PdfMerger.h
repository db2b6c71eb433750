#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace carnet {

// Joins PDF files, in order, with Debian's qpdf executable (`qpdf --empty --pages a.pdf b.pdf
// -- out.pdf`): pages are copied, never rasterised.
class PdfMerger final
{
    Q_DECLARE_TR_FUNCTIONS(PdfMerger)

public:
    // The full path of `program` ("qpdf" looked up in PATH, or an absolute path), empty when
    // it cannot be found.
    static QString locate(const QString& program = QStringLiteral("qpdf"));
    // Merges `inputs` into `output` (written as is, not through QSaveFile: give a temporary
    // path). Refuses with a clear message when qpdf is missing or fails.
    static Result<void> merge(const QStringList& inputs, const QString& output,
                              const QString& program = QStringLiteral("qpdf"));
};

} // namespace carnet
