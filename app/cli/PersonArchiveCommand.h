#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `person archive ID` and `person unarchive ID` (one verb each, the same work): a person
// archived is kept in the file, left out of `pending` and of `person list` (without --all).
class PersonArchiveCommand final : public Command
{
public:
    explicit PersonArchiveCommand(bool archive);

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    bool m_archive;
};

} // namespace carnet::cli
