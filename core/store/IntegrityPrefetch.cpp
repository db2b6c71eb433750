#include "store/IntegrityPrefetch.h"

#include "store/SqliteDialect.h"

#include <QFileInfo>
#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <mutex>
#include <system_error>

namespace carnet {

namespace {

// What tells that a file changed: its size and modification time (nanoseconds here).
struct FileState
{
    bool exists = false;
    std::uintmax_t size = 0;
    std::filesystem::file_time_type modified{};

    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    FileState state;
    std::error_code error;
    const std::filesystem::path file(path.toStdU16String());
    if (!std::filesystem::is_regular_file(file, error) || error)
        return state;
    state.size = std::filesystem::file_size(file, error);
    if (error)
        return state;
    state.modified = std::filesystem::last_write_time(file, error);
    state.exists = !error;
    return state;
}

// The database, and whether its write-ahead log holds anything (opening the file creates
// an empty one; one with frames in it means a change not yet in the file).
struct Snapshot
{
    FileState file;
    bool walHasFrames = false;

    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshotOf(const QString& path)
{
    const FileState wal = stateOf(path + QStringLiteral("-wal"));
    return {stateOf(path), wal.exists && wal.size > 0};
}

// The dialect's quick check of the file's bytes through a read-only connection of this
// thread's own: true when sound. An immutable connection reads the file alone, with no lock
// and nothing created beside it; only used when the log is empty.
bool checkSound(const QString& path)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("carnet-prefetch-%1").arg(++connections);
    bool sound = false;
    {
        QSqlDatabase db =
            SqliteDialect::addConnection(name, path, SqliteDialect::Access::Immutable);
        if (db.open()) {
            const Result<QStringList> problems = Dialect::of(db).quickCheck(db);
            sound = problems.ok() && problems.value().isEmpty();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return sound;
}

// How long before the check the file must have been last written for any later write to show
// in its modification time: more than a tick of the clock that dates writes. Linux dates them
// with the kernel's coarse clock (a tick of 1 to 10 ms) on file systems that keep sub-second
// times; a time with no sub-second part may come from one that keeps whole seconds (two on
// FAT), and other systems may date writes later than they happen.
std::filesystem::file_time_type::duration settleTime(std::filesystem::file_time_type modified)
{
#ifdef Q_OS_LINUX
    if (modified.time_since_epoch() % std::chrono::seconds(1) !=
        std::filesystem::file_time_type::duration::zero())
        return std::chrono::milliseconds(100);
#else
    Q_UNUSED(modified);
#endif
    return std::chrono::seconds(2);
}

std::mutex s_mutex;
std::weak_ptr<IntegrityPrefetch::State> s_current; // guarded by s_mutex

} // namespace

struct IntegrityPrefetch::State
{
    QString path;
    Snapshot before;
    std::shared_future<bool> sound;
    bool used = false; // guarded by s_mutex
};

IntegrityPrefetch::IntegrityPrefetch(const QString& path)
{
    if (path.trimmed().isEmpty())
        return;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return;
    auto state = std::make_shared<State>();
    state->path = info.absoluteFilePath();
    // Before the check begins: any change after this point makes the result unusable. A
    // write lands in a new modification time only if the last one is older than the clock's
    // tick: a file changed just before is checked by open() itself (settleTime()).
    state->before = snapshotOf(state->path);
    // A log with frames (a crash, another Carnet writing): open() checks it all itself.
    if (!state->before.file.exists || state->before.walHasFrames)
        return;
    const auto now = std::filesystem::file_time_type::clock::now();
    if (state->before.file.modified > now - settleTime(state->before.file.modified))
        return;
    state->sound =
        std::async(std::launch::async, [path = state->path] { return checkSound(path); }).share();
    m_state = state;
    const std::lock_guard lock(s_mutex);
    s_current = m_state;
}

IntegrityPrefetch::~IntegrityPrefetch()
{
    if (!m_state)
        return;
    {
        const std::lock_guard lock(s_mutex);
        if (s_current.lock() == m_state)
            s_current.reset();
        m_state->used = true;
    }
    if (m_state->sound.valid())
        m_state->sound.wait();
}

bool IntegrityPrefetch::provedSound(const QString& absolutePath)
{
    const std::shared_ptr<State> state = take(absolutePath);
    return state && provedSound(*state);
}

std::shared_ptr<IntegrityPrefetch::State> IntegrityPrefetch::take(const QString& absolutePath)
{
    const std::lock_guard lock(s_mutex);
    std::shared_ptr<State> state = s_current.lock();
    if (!state || state->used || state->path != absolutePath)
        return nullptr;
    state->used = true; // one open only
    return state;
}

bool IntegrityPrefetch::finished(const State& state)
{
    return !state.sound.valid() ||
           state.sound.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool IntegrityPrefetch::provedSound(const State& state)
{
    if (!state.sound.valid() || !state.sound.get())
        return false;
    return snapshotOf(state.path) == state.before;
}

} // namespace carnet
