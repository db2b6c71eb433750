#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid checklist`: shows a request's documents.
class AidChecklistCommand final : public Command
{
public:
    AidChecklistCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
