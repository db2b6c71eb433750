#pragma once

#include <QString>

#include <memory>

namespace carnet {

// The quick check (Dialect::quickCheck) of a file about to be opened, begun early on another
// thread so that it runs while the window is being built. Nothing is written to a damaged
// file: Database::open uses the result only when this check found the file sound and the file
// and its write-ahead log have not changed since the check began; otherwise (no prefetch,
// another file, a change, any problem or error) it runs the check itself, as before. With
// OpenOptions::deferCheck the open does not wait for the result: the file is read meanwhile,
// and written only once the result (or the open's own check) has proved it sound. Reads only (a
// read-only connection of its own, creating nothing beside the file). Not begun for a file modified
// just before (a write could keep its modification time: in the last 100 ms on Linux file
// systems that keep sub-second times, else in the last 2 s) nor one whose write-ahead log
// holds changes.
//
// One at a time, used by one open: keep it alive (in main(), after the QApplication) until
// the file is open; the destructor waits for the check to end.
class IntegrityPrefetch final
{
public:
    explicit IntegrityPrefetch(const QString& path);
    ~IntegrityPrefetch();
    IntegrityPrefetch(const IntegrityPrefetch&) = delete;
    IntegrityPrefetch& operator=(const IntegrityPrefetch&) = delete;

    // For Database::open: true when a live prefetch of `absolutePath` that was not used yet
    // found the file sound and the file is unchanged since. Waits for the check to end.
    static bool provedSound(const QString& absolutePath);

    struct State;

    // For an open that goes on while the check ends: takes the live prefetch of
    // `absolutePath` that was not used yet, without waiting (nullptr when there is none).
    static std::shared_ptr<State> take(const QString& absolutePath);
    // Whether the check taken has ended (never waits).
    static bool finished(const State& state);
    // Waits for the check taken; true when it found the file sound and the file is unchanged
    // since it began.
    static bool provedSound(const State& state);

private:
    std::shared_ptr<State> m_state;
};

} // namespace carnet
