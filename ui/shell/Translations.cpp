#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace carnet {

namespace {
const QString kLanguageKey = QStringLiteral("language");
const QString kTranslatorName = QStringLiteral("carnetTranslator");
} // namespace

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

    // A second call (another language) replaces the translators of the first.
    const QList<QTranslator*> previous =
        app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto* carnetTranslator = new QTranslator(&app);
    carnetTranslator->setObjectName(kTranslatorName);
    if (carnetTranslator->load(QStringLiteral(":/carnet/i18n/carnet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(carnetTranslator);
    auto* qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(kTranslatorName);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return language;
}

} // namespace carnet
