#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid claim`: records invoices sent against a grant.
class AidClaimCommand final : public Command
{
public:
    AidClaimCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
