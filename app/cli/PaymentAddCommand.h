#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `payment add`: records money received, split over sessions by what each is still owed.
class PaymentAddCommand final : public Command
{
public:
    PaymentAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
