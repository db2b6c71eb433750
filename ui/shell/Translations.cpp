#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace carnet {

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

QString languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguageSetting(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString installTranslations(QCoreApplication& app, const QString& languageOverride)
{
    QString language = languageOverride;
    if (language.isEmpty())
        language = languageSetting();
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                                    : QStringLiteral("en");

    const QLocale locale = language == QLatin1String("fr")
                               ? QLocale(QLocale::French, QLocale::France)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto* carnetTranslator = new QTranslator(&app);
    if (carnetTranslator->load(QStringLiteral(":/carnet/i18n/carnet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(carnetTranslator);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return language;
}

} // namespace carnet
