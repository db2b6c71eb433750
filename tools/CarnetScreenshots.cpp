// carnet-screenshots: draws Carnet's main window pages and the care-path wizard into PNG
// files, in one language, from an existing Carnet file. Run by scripts/screenshots (under
// Xvfb, with a private HOME so that no setting of the user is read or written).
//
//   carnet-screenshots --db FILE --lang fr|en --out DIR [--person ID] [--year YYYY]
//
// Writes DIR/<name>-<lang>.png: main-window (the dashboard), sessions, claims, aid, help,
// caseload (the "To do" page), and care-path-<page> for each page of the care-path wizard
// that can be reached with its defaults. Prints one line per file. Exit status 2 on a usage error,
// 1 when a picture could not be written.
#include "caseload/CaseloadPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "wizards/CarePathWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QRadioButton>
#include <QThread>
#include <QWidget>

#include <cstdio>

namespace {

// Lets the widgets lay out and paint (charts animate their first frame).
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

bool save(QWidget& widget, const QString& dir, const QString& name, const QString& language)
{
    settle();
    const QString path =
        QDir(dir).filePath(name + QLatin1Char('-') + language + QStringLiteral(".png"));
    const QPixmap picture = widget.grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        std::fprintf(stderr, "carnet-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), picture.width(), picture.height());
    return true;
}

QString wizardPageName(int id)
{
    switch (id) {
    case carnet::CarePathWizard::PersonPage:
        return QStringLiteral("person");
    case carnet::CarePathWizard::SafetyPage:
        return QStringLiteral("safety");
    case carnet::CarePathWizard::AccessPage:
        return QStringLiteral("access");
    case carnet::CarePathWizard::ReferralPage:
        return QStringLiteral("referral");
    case carnet::CarePathWizard::PsychologistPage:
        return QStringLiteral("psychologist");
    case carnet::CarePathWizard::PreparationPage:
        return QStringLiteral("preparation");
    case carnet::CarePathWizard::SummaryPage:
        return QStringLiteral("summary");
    default:
        return QStringLiteral("page%1").arg(id);
    }
}

// The referral page lies off the default path: choose "through a doctor" (the access page's
// last choice), draw the page, and come back to the default choice.
bool showReferralPage(carnet::CarePathWizard& wizard, const QString& dir, const QString& language)
{
    const QList<QRadioButton*> choices = wizard.currentPage()->findChildren<QRadioButton*>();
    if (choices.size() < 2)
        return true;
    QRadioButton* const defaultChoice =
        choices.constFirst()->isChecked() ? choices.constFirst() : choices.constLast();
    choices.constLast()->click();
    settle();
    bool ok = true;
    wizard.next();
    settle();
    if (wizard.currentId() == carnet::CarePathWizard::ReferralPage) {
        ok = save(wizard, dir, QStringLiteral("care-path-referral"), language);
        wizard.back();
        settle();
    }
    defaultChoice->click();
    settle();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Carnet"));
    QApplication::setApplicationName(QStringLiteral("carnet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carnet"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/carnet/icons/carnet.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draws Carnet's windows into PNG files."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The Carnet file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("fr or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption personOption(QStringLiteral("person"),
                                          QStringLiteral("The person to show (an id)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption yearOption(QStringLiteral("year"), QStringLiteral("The year to show."),
                                        QStringLiteral("YYYY"));
    parser.addOptions({dbOption, langOption, outOption, personOption, yearOption});
    parser.process(app);

    const QString language = parser.value(langOption);
    const QString db = parser.value(dbOption);
    const QString out = parser.value(outOption);
    if (db.isEmpty() || out.isEmpty() ||
        (language != QLatin1String("fr") && language != QLatin1String("en"))) {
        std::fprintf(stderr, "usage: carnet-screenshots --db FILE --lang fr|en --out DIR "
                             "[--person ID] [--year YYYY]\n");
        return 2;
    }
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "carnet-screenshots: cannot create %s\n", qPrintable(out));
        return 1;
    }
    carnet::installTranslations(app, language);

    carnet::MainWindow window;
    window.resize(1100, 760);
    window.show();
    if (!window.openStartupFile(db)) {
        std::fprintf(stderr, "carnet-screenshots: cannot open %s\n", qPrintable(db));
        return 1;
    }
    if (parser.isSet(personOption))
        window.context().setCurrentPerson(parser.value(personOption).toLongLong());
    if (parser.isSet(yearOption))
        window.context().setCurrentYear(parser.value(yearOption).toInt());
    settle();

    bool ok = true;
    const struct
    {
        carnet::MainWindow::Page page;
        const char* name;
    } pages[] = {
        {carnet::MainWindow::DashboardPage, "main-window"},
        {carnet::MainWindow::SessionsPage, "sessions"},
        {carnet::MainWindow::CareSheetsPage, "claims"},
        {carnet::MainWindow::AidPage, "aid"},
        {carnet::MainWindow::HelpPage, "help"},
        {carnet::MainWindow::CaseloadPage, "caseload"},
    };
    for (const auto& page : pages) {
        window.showPage(page.page);
        // The caseload computes its list on a thread of its own.
        if (auto* caseload = window.findChild<carnet::CaseloadPage*>()) {
            for (int i = 0; i < 500 && caseload->isComputing(); ++i)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        ok = save(window, out, QString::fromLatin1(page.name), language) && ok;
    }
    window.showPage(carnet::MainWindow::DashboardPage);

    // The care-path wizard, page after page, as far as its defaults allow.
    carnet::CarePathWizard wizard(window.context(), &window);
    wizard.resize(800, 600);
    wizard.show();
    settle();
    for (int step = 0; step < 12; ++step) {
        const int id = wizard.currentId();
        ok = save(wizard, out, QStringLiteral("care-path-") + wizardPageName(id), language) && ok;
        if (id == carnet::CarePathWizard::AccessPage)
            ok = showReferralPage(wizard, out, language) && ok;
        if (wizard.nextId() == -1)
            break;
        wizard.next();
        settle();
        if (wizard.currentId() == id) {
            std::fprintf(stderr, "carnet-screenshots: the wizard stays on its %s page\n",
                         qPrintable(wizardPageName(id)));
            break;
        }
    }
    return ok ? 0 : 1;
}
