#pragma once

#include <QString>

namespace carnet {

// Carnet's version, from the CMake project (e.g. "0.1.0").
inline QString version()
{
    return QStringLiteral(CARNET_VERSION);
}

} // namespace carnet
