#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid pdf`: writes the dossier or one of its letters as a PDF.
class AidPdfCommand final : public Command
{
public:
    AidPdfCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
