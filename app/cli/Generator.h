#pragma once

#include "model/Result.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace carnet {
class AidService;
class CarnetFile;
} // namespace carnet

namespace carnet::cli {

// Fills a Carnet file with a realistic, seeded workload for the benchmark (`carnet-cli
// generate`): households of adults and children, their psychologists and courriers, each
// year's sessions (an evaluation and follow-ups within the caps of the regime in force,
// private sessions before the scheme and beyond the caps), feuilles de soins grouping them,
// CPAM and mutuelle payments split over the sessions, and AFI requests with their checklists.
// Everything goes through CarnetFile and AidService (so the rules validate it), one
// transaction per person. The same seed and "today" give the same file.
class Generator final
{
public:
    struct Options
    {
        int persons = 10;
        int years = 1;
        quint32 seed = 1;
        QDate today; // the last day that may hold data (the service's today)
    };

    struct Counts
    {
        int persons = 0;
        int psychologists = 0;
        int referrals = 0;
        int sessions = 0;
        int careSheets = 0;
        int payments = 0;
        int paymentShares = 0;
        int aidRequests = 0;
        int checklistItems = 0;
    };

    Generator(CarnetFile& care, AidService& aid);

    // Called after each person with the number of persons done.
    void setProgress(std::function<void(int)> progress) { m_progress = std::move(progress); }

    Result<Counts> run(const Options& options);

private:
    CarnetFile& m_care;
    AidService& m_aid;
    std::function<void(int)> m_progress;
};

} // namespace carnet::cli
