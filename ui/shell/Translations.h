#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace carnet {

// Loads Carnet's and Qt's translations: French when the system (or the "language" setting,
// "fr" / "en" / empty for the system's) is French, English otherwise. Returns the language
// in use ("fr" or "en") and sets QLocale's default to match.
QString installTranslations(QCoreApplication& app, const QString& languageOverride = {});

// The language chosen in the settings ("fr", "en", or empty = follow the system).
QString languageSetting();
void setLanguageSetting(const QString& language);

} // namespace carnet
