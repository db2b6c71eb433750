#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `referral list`: a person's courriers d'accompagnement, with the consent holders.
class ReferralListCommand final : public Command
{
public:
    ReferralListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
