// carnet_bench: Carnet's figures on a large generated file, each beside its floor measured in
// the same run (the same work as raw SQL through the sqlite3 library, or an empty window for
// the GUI), with the targets. Not a test: tests/bench/run builds and runs it and
// prints its table (README, "Performance").
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "sessions/SessionTableModel.h"
#include "shell/AppContext.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <sqlite3.h>

using namespace carnet;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void die(const QString& message)
{
    err() << "carnet_bench: " << message << Qt::endl;
    std::exit(1);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Runs `work` `runs` times; the median in ms.
double timeMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << msSince(timer);
    }
    return median(times);
}

// A raw sqlite3 connection for the floors.
class Raw
{
public:
    explicit Raw(const QString& path, bool readOnly = true)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) !=
            SQLITE_OK)
            die(QStringLiteral("sqlite3 cannot open %1").arg(path));
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Raw() { sqlite3_close(m_db); }
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;

    // Prepares, binds (integers and texts), steps through every row, finalizes. Returns the
    // number of rows; `row` sees each.
    int query(const char* sql, const QList<QVariant>& values = {},
              const std::function<void(sqlite3_stmt*)>& row = {}) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3: %1 in %2")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sql)));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.typeId() == QMetaType::QString) {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(statement, i + 1, v.toLongLong());
            }
        }
        int rows = 0;
        int rc = 0;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            if (row)
                row(statement);
        }
        if (rc != SQLITE_DONE)
            die(QStringLiteral("sqlite3: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_finalize(statement);
        return rows;
    }

    void exec(const QString& sql) const
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            die(QStringLiteral("sqlite3: %1 in %2").arg(text, sql));
        }
    }

    qint64 scalar(const char* sql) const
    {
        qint64 value = 0;
        query(sql, {}, [&](sqlite3_stmt* s) { value = sqlite3_column_int64(s, 0); });
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

// One SQL query for the person-years where the pending report can find something: a covered
// session on no sheet, a session on a sheet not sent, or a session on a sent sheet that
// received less than CarePathRules::mostExpected() from the CPAM or the mutuelle. Exact (it
// finds the years the report judges), for the table's floor only.
QByteArray openYearsQuery()
{
    QStringList ceilings;
    Person withMutuelle;
    withMutuelle.mutuelle = QStringLiteral("mutuelle");
    const Person alone;
    for (const Regime& regime : RuleSet::monSoutienPsy().regimes()) {
        for (SessionKind kind : {SessionKind::Evaluation, SessionKind::FollowUp}) {
            Session session;
            session.kind = kind;
            session.date = regime.from;
            session.feeCents = kind == SessionKind::Evaluation ? regime.evaluationTariffCents
                                                               : regime.followUpTariffCents;
            const auto [cpam, mutuelle] = CarePathRules::mostExpected(session, withMutuelle);
            ceilings << QStringLiteral("('%1', '%2', '%3', %4, %5, %6, %7)")
                            .arg(regime.from.toString(Qt::ISODate),
                                 regime.to.isValid() ? regime.to.toString(Qt::ISODate)
                                                     : QStringLiteral("9999-12-31"),
                                 sessionKindKey(kind))
                            .arg(session.feeCents)
                            .arg(cpam)
                            .arg(mutuelle)
                            .arg(CarePathRules::mostExpected(session, alone).second);
        }
    }
    return (QStringLiteral("WITH c (date_from, date_to, kind, tariff, cpam, mutuelle, alone) AS "
                           "(VALUES ") +
            ceilings.join(QStringLiteral(", ")) +
            QStringLiteral(
                ") SELECT DISTINCT s.person_id, substr(s.date, 1, 4) FROM sessions s "
                "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id "
                "LEFT JOIN care_sheets cs ON cs.id = ss.sheet_id "
                "LEFT JOIN c ON c.kind = s.kind AND s.date BETWEEN c.date_from AND c.date_to "
                "WHERE CASE WHEN ss.sheet_id IS NULL THEN c.kind IS NOT NULL "
                "WHEN cs.sent IS NULL THEN 1 "
                "WHEN c.kind IS NULL OR s.fee_cents <> c.tariff THEN 0 "
                "ELSE (SELECT total(iif(p.payer = 'cpam', ps.amount_cents, 0)) < c.cpam "
                "OR total(iif(p.payer = 'mutuelle', ps.amount_cents, 0)) < "
                "iif((SELECT pe.mutuelle <> '' FROM persons pe WHERE pe.id = s.person_id), "
                "c.mutuelle, c.alone) "
                "FROM payment_shares ps JOIN payments p ON p.id = ps.payment_id "
                "WHERE ps.session_id = s.id) END"))
        .toUtf8();
}

struct Line
{
    QString figure;
    QString value;
    QString floor;
    QString ratio;
    QString target;
    QString result;
};

QString ms(double value)
{
    return value < 10 ? QStringLiteral("%1 ms").arg(value, 0, 'f', 2)
                      : QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
}

QString ratio(double value, double floor)
{
    return floor > 0 ? QStringLiteral("%1×").arg(value / floor, 0, 'f', 1) : QStringLiteral("—");
}

QString verdict(std::optional<bool> pass)
{
    return !pass ? QStringLiteral("info") : *pass ? QStringLiteral("pass") : QStringLiteral("FAIL");
}

struct GuiRun
{
    double ms = 0;
    qint64 rssKb = 0;
    qint64 peakKb = 0;
};

// Runs `carnet` with `arguments` in `home`, offscreen; parses "<what>: N ms, rss R kB, peak
// P kB".
GuiRun runGui(const QString& carnet, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    QDir().mkpath(home + QStringLiteral("/run"));
    QFile::setPermissions(home + QStringLiteral("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    process.setProcessEnvironment(env);
    process.start(carnet, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3")
                .arg(carnet, arguments.join(QLatin1Char(' ')),
                     QString::fromLocal8Bit(process.readAllStandardError())));
    static const QRegularExpression pattern(
        QStringLiteral(": (\\d+) ms, rss (\\d+) kB, peak (\\d+) kB"));
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const auto match = pattern.match(out);
    if (!match.hasMatch())
        die(QStringLiteral("unexpected output from carnet: %1").arg(out));
    return {match.captured(1).toDouble(), match.captured(2).toLongLong(),
            match.captured(3).toLongLong()};
}

// The longest the window's thread went without turning its event loop while `work` ran: a
// precise 1 ms timer notes each turn. `work` starts inside the loop (so that what it does on
// this thread counts) and calls `done` when finished; returns {milliseconds to done, longest
// block in milliseconds}.
std::pair<double, double> watchLoop(const std::function<void()>& work,
                                    const std::function<void(std::function<void()>)>& whenDone)
{
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    double doneMs = -1;
    whenDone([&] {
        doneMs = msSince(clock);
        loop.quit();
    });
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        last = 0;
        tick.start();
        work();
    });
    QTimer::singleShot(60000, &loop, [] { die(QStringLiteral("the caseload did not load")); });
    loop.exec();
    const qint64 end = clock.nsecsElapsed();
    longest = std::max(longest, end - last);
    // A turn takes the timer's own millisecond even when nothing blocks.
    return {doneMs, std::max(0.0, double(longest) / 1e6 - 1.0)};
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carnet_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Carnet's benchmark (see tests/bench/run)."));
    parser.addHelpOption();
    const QCommandLineOption personsOption(QStringLiteral("persons"),
                                           QStringLiteral("Persons to generate (500)."),
                                           QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption yearsOption(QStringLiteral("years"),
                                         QStringLiteral("Years to generate (10)."),
                                         QStringLiteral("Y"), QStringLiteral("10"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed (1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("Today for the generator and the rules."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"),
        QStringLiteral("Use this generated file instead of generating one (copied first)."),
        QStringLiteral("FILE"));
    const QCommandLineOption workOption(QStringLiteral("workdir"),
                                        QStringLiteral("Where to put the files (a temporary "
                                                       "folder)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("gui-runs"),
                                        QStringLiteral("Starts of each GUI measure (5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Only these parts, comma-separated: open, status, pending, model, json, "
                       "caseload, gui (for profiling)."),
        QStringLiteral("PARTS"));
    parser.addOptions({personsOption, yearsOption, seedOption, todayOption, fileOption, workOption,
                       runsOption, onlyOption});
    parser.process(app);
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto want = [&only](const char* part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };

    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(fileOption) && QFileInfo(parser.value(fileOption)).absoluteFilePath() ==
                                        QFileInfo(path).absoluteFilePath())
        die(QStringLiteral("--file must not be the work folder's bench.sqlite: it is replaced"));
    for (const QString& stale : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                 path + QStringLiteral(".lock")})
        QFile::remove(stale);
    QDir(path + QStringLiteral(".backups")).removeRecursively();
    const QDate today = parser.isSet(todayOption)
                            ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                            : QDate::currentDate();
    const int guiRuns = std::max(1, parser.value(runsOption).toInt());
    QList<Line> lines;

    // ---- generate --------------------------------------------------------------------------
    double generateMs = 0;
    if (parser.isSet(fileOption)) {
        if (!QFile::copy(parser.value(fileOption), path))
            die(QStringLiteral("cannot copy %1").arg(parser.value(fileOption)));
    } else {
        QProcess cli;
        const QStringList arguments{QStringLiteral("--db"),      path,
                                    QStringLiteral("--today"),   today.toString(Qt::ISODate),
                                    QStringLiteral("generate"),  QStringLiteral("--persons"),
                                    parser.value(personsOption), QStringLiteral("--years"),
                                    parser.value(yearsOption),   QStringLiteral("--seed"),
                                    parser.value(seedOption)};
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(CARNET_CLI_PATH), arguments);
        if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
            die(QStringLiteral("generate failed: %1")
                    .arg(QString::fromLocal8Bit(cli.readAllStandardError())));
        generateMs = msSince(timer);
        err() << cli.readAllStandardOutput().replace('\n', ' ') << Qt::endl;
    }
    {
        const Raw raw(path);
        err() << "file: " << QFileInfo(path).size() / 1024 / 1024 << " MB, "
              << raw.scalar("SELECT count(*) FROM persons") << " persons, "
              << raw.scalar("SELECT count(*) FROM sessions") << " sessions, "
              << raw.scalar("SELECT count(*) FROM care_sheets") << " sheets, "
              << raw.scalar("SELECT count(*) FROM payment_shares") << " payment shares, "
              << raw.scalar("SELECT count(*) FROM referrals") << " referrals, "
              << raw.scalar("SELECT count(*) FROM aid_requests") << " aid requests" << Qt::endl;
    }
    if (generateMs > 0) {
        // Floor: SQLite writing the same rows and indexes once (VACUUM INTO a new file).
        const QString copy = QDir(work).filePath(QStringLiteral("vacuum.sqlite"));
        QFile::remove(copy);
        QElapsedTimer timer;
        timer.start();
        Raw(path).exec(QStringLiteral("VACUUM INTO '%1'").arg(copy));
        const double floor = msSince(timer);
        QFile::remove(copy);
        lines << Line{QStringLiteral("generate (carnet-cli, through the services)"),
                      ms(generateMs),
                      ms(floor) + QStringLiteral(" (VACUUM INTO)"),
                      ratio(generateMs, floor),
                      QStringLiteral("—"),
                      verdict(std::nullopt)};
    }

    // ---- open --------------------------------------------------------------------------------
    if (want("open")) {
        QElapsedTimer timer;
        timer.start();
        auto first = Database::open(path);
        if (!first)
            die(first.error().message);
        const double firstMs = msSince(timer);
        first.value().reset();
        const double openMs = timeMs(5, [&] {
            auto db = Database::open(path);
            if (!db)
                die(db.error().message);
        });
        const double floor = timeMs(5, [&] {
            const Raw raw(path);
            raw.query("PRAGMA quick_check");
            raw.query("PRAGMA user_version");
        });
        lines << Line{QStringLiteral("open (lock, header, quick_check, version, backup check)"),
                      ms(openMs),
                      ms(floor) + QStringLiteral(" (sqlite3 open + quick_check)"),
                      ratio(openMs, floor),
                      QStringLiteral("—"),
                      verdict(std::nullopt)};
        lines << Line{QStringLiteral("open, first of the day (makes the daily backup)"),
                      ms(firstMs),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      verdict(std::nullopt)};
    }

    auto opened = Database::open(path);
    if (!opened)
        die(opened.error().message);
    // Closed before the GUI is started (it takes the file's lock).
    auto carnetFile = std::make_unique<CarnetFile>(std::move(opened).value());
    CarnetFile& service = *carnetFile;
    Database& db = service.database();
    service.setToday(today);
    const Raw raw(path);
    QList<qint64> personIds;
    raw.query("SELECT id FROM persons ORDER BY id", {},
              [&](sqlite3_stmt* s) { personIds << sqlite3_column_int64(s, 0); });
    if (personIds.isEmpty())
        die(QStringLiteral("the file holds no person"));
    const int year = today.year() - 1; // the last whole year
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);

    // ---- one person's year --------------------------------------------------------------------
    if (want("status")) {
        QList<double> times;
        QList<double> floors;
        for (qint64 id : std::as_const(personIds)) {
            QElapsedTimer timer;
            timer.start();
            const auto status = service.read().yearStatus(id, year);
            times << msSince(timer);
            if (!status)
                die(status.error().message);
            timer.restart();
            raw.query("SELECT count(*), sum(s.fee_cents), sum(s.paid_cents), "
                      "count(ss.sheet_id), sum((SELECT sum(amount_cents) FROM payment_shares "
                      "ps WHERE ps.session_id = s.id)) FROM sessions s "
                      "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id "
                      "WHERE s.person_id = ? AND s.date >= ? AND s.date <= ?",
                      {id, from, to});
            floors << msSince(timer);
        }
        std::sort(times.begin(), times.end());
        const double value = median(times);
        const double floor = median(floors);
        const double p95 = times.at(qsizetype(double(times.size() - 1) * 0.95));
        lines << Line{QStringLiteral("status of one person for %1 (yearStatus, median of %2)")
                          .arg(year)
                          .arg(personIds.size()),
                      ms(value),
                      ms(floor),
                      ratio(value, floor),
                      QStringLiteral("< 2 ms"),
                      verdict(value < 2)};
        lines << Line{QStringLiteral("status of one person, 95th percentile"),
                      ms(p95),
                      ms(floor),
                      ratio(p95, floor),
                      QStringLiteral("< 2 ms"),
                      verdict(p95 < 2)};
    }

    // ---- pending --------------------------------------------------------------------------------
    if (want("pending")) {
        int items = 0;
        const double value =
            timeMs(3, [&] { items = int(service.read().agenda().value().size()); });
        const double floor = timeMs(3, [&] {
            raw.query("SELECT s.person_id, substr(s.date, 1, 4), count(*), "
                      "count(ss.sheet_id), sum(p.received) FROM sessions s "
                      "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id "
                      "LEFT JOIN (SELECT session_id, sum(amount_cents) AS received "
                      "FROM payment_shares GROUP BY session_id) p ON p.session_id = s.id "
                      "GROUP BY s.person_id, substr(s.date, 1, 4)");
        });
        lines << Line{
            QStringLiteral("agenda (pending), all persons and years (%1 items)").arg(items),
            ms(value),
            ms(floor),
            ratio(value, floor),
            QStringLiteral("< 150 ms"),
            verdict(value < 150)};
        // One person's agenda, all their years (what the dashboard and the claims page read).
        QList<double> personTimes;
        for (qsizetype i = 0; i < personIds.size();
             i += std::max<qsizetype>(1, personIds.size() / 50)) {
            QElapsedTimer timer;
            timer.start();
            const auto agenda = service.read().agenda(AgendaFilter::person(personIds.at(i)));
            personTimes << msSince(timer);
            if (!agenda)
                die(agenda.error().message);
        }
        const double personMs = median(personTimes);
        lines << Line{QStringLiteral("  one person's agenda, all years (median of %1)")
                          .arg(personTimes.size()),
                      ms(personMs),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      QStringLiteral("< 10 ms"),
                      verdict(personMs < 10)};
        // The person-years where something may be pending, found by one exact query: what
        // any report that reads the facts when asked (DESIGN.md, principle 1) must at least do.
        const QByteArray scope = openYearsQuery();
        int openYears = 0;
        const double scopeMs = timeMs(3, [&] { openYears = raw.query(scope.constData()); });
        lines << Line{QStringLiteral("  its open person-years alone (%1), one exact SQL query")
                          .arg(openYears),
                      ms(scopeMs),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      verdict(std::nullopt)};
    }

    // ---- sessions table model -----------------------------------------------------------------
    if (want("model")) {
        SessionTableModel model;
        QList<double> times;
        QList<double> floors;
        for (qsizetype i = 0; i < personIds.size();
             i += std::max<qsizetype>(1, personIds.size() / 50)) {
            const qint64 id = personIds.at(i);
            QElapsedTimer timer;
            timer.start();
            model.setSource(&service, id, year);
            times << msSince(timer);
            timer.restart();
            raw.query("SELECT s.*, ss.sheet_id FROM sessions s "
                      "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id "
                      "WHERE s.person_id = ? AND s.date >= ? AND s.date <= ? ORDER BY s.date",
                      {id, from, to});
            floors << msSince(timer);
        }
        const double value = median(times);
        const double floor = median(floors);
        lines << Line{
            QStringLiteral("sessions table, one person's year (median of %1)").arg(times.size()),
            ms(value),
            ms(floor),
            ratio(value, floor),
            QStringLiteral("—"),
            verdict(std::nullopt)};

        const qint64 total = raw.scalar("SELECT count(*) FROM sessions");
        int firstWindow = 0;
        bool more = false;
        const double all = timeMs(3, [&] {
            model.setSourceAllPersons(&service, 0);
            firstWindow = model.rowCount();
            more = model.canFetchMore(QModelIndex());
        });
        const double allFloor = timeMs(3, [&] {
            raw.query("SELECT s.*, ss.sheet_id FROM sessions s "
                      "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id "
                      "ORDER BY s.person_id, s.date LIMIT ?",
                      {firstWindow});
        });
        lines << Line{QStringLiteral("sessions table, all persons: first window (%1 of %2 rows)")
                          .arg(firstWindow)
                          .arg(total),
                      ms(all),
                      ms(allFloor),
                      ratio(all, allFloor),
                      QStringLiteral("windowed (fetchMore)"),
                      verdict(more && firstWindow < total)};
        QElapsedTimer timer;
        timer.start();
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        const double scrolled = msSince(timer) + all;
        const int rows = model.rowCount();
        timer.restart();
        raw.query("SELECT s.*, ss.sheet_id FROM sessions s "
                  "LEFT JOIN sheet_sessions ss ON ss.session_id = s.id ORDER BY s.person_id, "
                  "s.date");
        const double scrolledFloor = msSince(timer);
        lines << Line{
            QStringLiteral("sessions table, all persons: scrolled to the end (%1 rows)").arg(rows),
            ms(scrolled),
            ms(scrolledFloor),
            ratio(scrolled, scrolledFloor),
            QStringLiteral("—"),
            verdict(std::nullopt)};
    }

    // ---- JSON export and import -----------------------------------------------------------------
    if (want("json")) {
        QByteArray json;
        QElapsedTimer timer;
        timer.start();
        auto exported = JsonExport::exportFile(db);
        const double exportMs = msSince(timer);
        if (!exported)
            die(exported.error().message);
        json = exported.value();
        // Floor: every row of every table as JSON text, by SQLite.
        QStringList tables;
        raw.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                  "'sqlite_%'",
                  {}, [&](sqlite3_stmt* s) {
                      tables << QString::fromUtf8(
                          reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
                  });
        QList<QByteArray> floorQueries;
        for (const QString& table : std::as_const(tables)) {
            QStringList pairs;
            raw.query(QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8().constData(), {},
                      [&](sqlite3_stmt* s) {
                          const QString column = QString::fromUtf8(
                              reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
                          pairs << QStringLiteral("'%1', %1").arg(column);
                      });
            floorQueries << QStringLiteral("SELECT json_group_array(json_object(%1)) FROM %2")
                                .arg(pairs.join(QStringLiteral(", ")), table)
                                .toUtf8();
        }
        timer.restart();
        qint64 bytes = 0;
        for (const QByteArray& sql : std::as_const(floorQueries))
            raw.query(sql.constData(), {},
                      [&](sqlite3_stmt* s) { bytes += sqlite3_column_bytes(s, 0); });
        const double exportFloor = msSince(timer);
        lines << Line{QStringLiteral("JSON export of the whole file (%1 MB)")
                          .arg(double(json.size()) / 1e6, 0, 'f', 1),
                      ms(exportMs),
                      ms(exportFloor) + QStringLiteral(" (json_group_array)"),
                      ratio(exportMs, exportFloor),
                      QStringLiteral("< 3000 ms"),
                      verdict(exportMs < 3000)};

        const QString target = QDir(work).filePath(QStringLiteral("import.sqlite"));
        const QString copy = QDir(work).filePath(QStringLiteral("copy.sqlite"));
        for (const QString& f : {target, copy})
            QFile::remove(f);
        double importMs = 0;
        {
            Database::OpenOptions options;
            options.backupOnOpen = false;
            auto fresh = Database::open(target, options);
            if (!fresh)
                die(fresh.error().message);
            timer.restart();
            auto imported = JsonImport::importData(*fresh.value(), json);
            importMs = msSince(timer);
            if (!imported)
                die(imported.error().message);
        }
        // Floor: the same rows and indexes written by SQLite from the file itself.
        {
            QStringList schema;
            raw.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
                      "'sqlite_%' ORDER BY type DESC",
                      {}, [&](sqlite3_stmt* s) {
                          schema << QString::fromUtf8(
                              reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
                      });
            {
                sqlite3* created = nullptr;
                sqlite3_open(QFile::encodeName(copy).constData(), &created);
                sqlite3_close(created);
            }
            const Raw out(copy, false);
            out.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            for (const QString& sql : std::as_const(schema))
                out.exec(sql);
            out.exec(QStringLiteral("ATTACH '%1' AS source").arg(path));
            timer.restart();
            out.exec(QStringLiteral("BEGIN"));
            for (const QString& table : std::as_const(tables))
                out.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM source.%1").arg(table));
            out.exec(QStringLiteral("COMMIT"));
        }
        const double importFloor = msSince(timer);
        lines << Line{QStringLiteral("JSON import of the whole file into a new one"),
                      ms(importMs),
                      ms(importFloor) + QStringLiteral(" (INSERT … SELECT)"),
                      ratio(importMs, importFloor),
                      QStringLiteral("< 3000 ms"),
                      verdict(importMs < 3000)};
        for (const QString& f : {target, copy}) {
            QFile::remove(f);
            QFile::remove(f + QStringLiteral("-wal"));
            QFile::remove(f + QStringLiteral("-shm"));
        }
    }

    // ---- the caseload page ----------------------------------------------------------------------
    if (want("caseload")) {
        // A window's context of its own on the file (read-only: the service above holds the
        // file's lock and makes the change below, which the context is then told of).
        AppContext context;
        Database::OpenOptions options;
        options.readOnlyWhenLocked = true;
        options.backupOnOpen = false;
        auto database = Database::open(path, options);
        if (!database)
            die(database.error().message);
        context.setDatabase(std::move(database).value());
        context.file()->setToday(today);
        CaseloadPage page(context);
        page.resize(1100, 700);
        const auto whenLoaded = [&page](std::function<void()> done) {
            QObject::connect(&page, &CaseloadPage::loaded, &page, std::move(done),
                             Qt::SingleShotConnection);
        };
        const auto [firstMs, firstBlock] = watchLoop([&page] { page.show(); }, whenLoaded);
        const int rows = page.model()->rowCount();
        lines << Line{QStringLiteral("caseload page: shown to its first rows (%1 rows), off the "
                                     "window's thread")
                          .arg(rows),
                      ms(firstMs),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      verdict(std::nullopt)};
        lines << Line{QStringLiteral("  longest block of the window's thread meanwhile"),
                      ms(firstBlock),
                      QStringLiteral("—"),
                      QStringLiteral("—"),
                      QStringLiteral("≤ 50 ms"),
                      verdict(firstBlock <= 50)};
        // A sheet marked sent (as the claims page would): the list computed again, updated in
        // place; then as it was.
        qint64 sheetId = 0;
        for (const AgendaItem& item : page.model()->items()) {
            if (item.kind == AgendaItem::Kind::SendSheet) {
                sheetId = item.sheetId;
                break;
            }
        }
        if (sheetId != 0) {
            // The write (and its fsync) is the command's, before: timed, the page's part.
            if (!service.careSheets().markSheetSent(sheetId, today))
                die(QStringLiteral("cannot mark a sheet sent"));
            const auto [updateMs, updateBlock] =
                watchLoop([&] { context.file()->notifyChanged(); }, whenLoaded);
            lines << Line{QStringLiteral("  after a sheet is marked sent: updated (%1 rows) in")
                              .arg(page.model()->rowCount()),
                          ms(updateMs),
                          QStringLiteral("—"),
                          QStringLiteral("—"),
                          QStringLiteral("—"),
                          verdict(std::nullopt)};
            lines << Line{QStringLiteral("  longest block of the window's thread meanwhile"),
                          ms(updateBlock),
                          QStringLiteral("—"),
                          QStringLiteral("—"),
                          QStringLiteral("≤ 50 ms"),
                          verdict(updateBlock <= 50)};
            if (!service.careSheets().markSheetSent(sheetId, QDate()))
                die(QStringLiteral("cannot mark the sheet unsent again"));
        }
    }

    carnetFile.reset(); // the GUI takes the lock

    // ---- the GUI ------------------------------------------------------------------------------
    if (want("gui")) {
        const QString home = QDir(work).filePath(QStringLiteral("home"));
        const QString carnet = QStringLiteral(CARNET_GUI_PATH);
        QList<double> starts;
        QList<double> empties;
        qint64 peak = 0;
        qint64 emptyPeak = 0;
        for (int i = 0; i < guiRuns; ++i) {
            const GuiRun empty = runGui(carnet, {QStringLiteral("--empty-window-benchmark")}, home);
            const GuiRun start =
                runGui(carnet,
                       {QStringLiteral("--db"), path, QStringLiteral("--startup-benchmark")}, home);
            empties << empty.ms;
            starts << start.ms;
            peak = std::max(peak, start.peakKb);
            emptyPeak = std::max(emptyPeak, empty.peakKb);
        }
        const double value = median(starts);
        const double floor = median(empties);
        const double limit = 1.5 * floor + 100;
        lines << Line{
            QStringLiteral("GUI cold start to the first painted page (median of %1)").arg(guiRuns),
            ms(value),
            ms(floor) + QStringLiteral(" (empty QMainWindow)"),
            ratio(value, floor),
            QStringLiteral("≤ 1.5 × floor + 100 = %1").arg(ms(limit)),
            verdict(value <= limit)};
        lines << Line{
            QStringLiteral("GUI memory with the file open (peak RSS)"),
            QStringLiteral("%1 MB").arg(double(peak) / 1024, 0, 'f', 1),
            QStringLiteral("%1 MB (empty window)").arg(double(emptyPeak) / 1024, 0, 'f', 1),
            ratio(double(peak), double(emptyPeak)),
            QStringLiteral("< 120 MB"),
            verdict(peak < 120 * 1024)};
    }

    // ---- the table ----------------------------------------------------------------------------
    QTextStream out(stdout);
    out << "| figure | value | floor | ratio | target | result |\n"
        << "|---|---:|---:|---:|---|---|\n";
    bool allPass = true;
    for (const Line& line : std::as_const(lines)) {
        out << "| " << line.figure << " | " << line.value << " | " << line.floor << " | "
            << line.ratio << " | " << line.target << " | " << line.result << " |\n";
        allPass = allPass && line.result != QLatin1String("FAIL");
    }
    out.flush();
    return allPass ? 0 : 3;
}
