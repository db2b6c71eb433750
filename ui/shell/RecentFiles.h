#pragma once

#include <QStringList>

namespace carnet {

// The list of recently opened Carnet files, kept in QSettings, newest first.
class RecentFiles final
{
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace carnet
