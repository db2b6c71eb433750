#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `person add`: records a person (the patient, a child...) and prints the new id.
class PersonAddCommand final : public Command
{
public:
    PersonAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
