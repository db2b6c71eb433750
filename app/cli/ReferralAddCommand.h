#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `referral add`: records a courrier d'accompagnement (with the consent holders for a minor).
class ReferralAddCommand final : public Command
{
public:
    ReferralAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
