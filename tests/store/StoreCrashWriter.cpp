// store_crash_writer: a child process for TestCrashSafety. Opens the file given as its
// argument and writes forever, one transaction at a time (a person with two coverage periods
// and a referral with consent holders), printing each committed person id on its own line.
// The parent kills it with SIGKILL at a random moment.
#include "StoreTestSupport.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace carnet;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_crash_writer FILE\n");
        return 2;
    }
    Database::OpenOptions options;
    options.backupOnOpen = false;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const QSqlDatabase sql = db.value()->connection();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        qint64 personId = 0;
        auto r = db.value()->transaction([&]() -> Result<void> {
            Person p = test::sampleAdult();
            p.notes = QString(500 + (i % 7) * 300, QLatin1Char('n'));
            auto id = PersonRepository(sql).insert(p);
            if (!id)
                return id.error();
            Referral ref;
            ref.personId = *id;
            ref.referrerName = QStringLiteral("Dr %1").arg(i);
            ref.date = QDate(2025, 1, 1).addDays(i % 300);
            ref.consentHolders = {QStringLiteral("A"), QStringLiteral("B")};
            if (auto rid = ReferralRepository(sql).insert(ref); !rid)
                return rid.error();
            personId = *id;
            return {};
        });
        if (!r) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(personId));
        std::fflush(stdout);
    }
}
