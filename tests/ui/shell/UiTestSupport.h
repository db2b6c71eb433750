#pragma once

// Helpers of the offscreen GUI tests: a private home per test process (settings, recent
// files and documents never touch the user's), a household to start from, and a way to act
// on a modal dialog that exec() is about to show.

#include "model/Person.h"
#include "model/Practitioner.h"
#include "model/Session.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace carnet::uitest {

// A fixed "today" for the service, so that defaults and verdicts do not depend on the clock.
inline QDate testToday()
{
    return QDate(2025, 3, 10);
}

// The household most tests start from: Alice (adult, mutuelle, standard cover), Léo (child
// aged 10) and Claire Dubois, a partner psychologist.
struct Household
{
    qint64 alice = 0;
    qint64 leo = 0;
    qint64 psychologist = 0;
    qint64 otherPsychologist = 0;
};

inline Person adult()
{
    Person p;
    p.name = QStringLiteral("Alice Martin");
    p.birthDate = QDate(1984, 12, 3);
    p.relation = Relation::Self;
    p.mutuelle = QStringLiteral("MGEN");
    return p;
}

inline Person child()
{
    Person p;
    p.name = QStringLiteral("Léo Martin");
    p.birthDate = QDate(2015, 9, 9);
    p.relation = Relation::Child;
    return p;
}

inline Practitioner psychologist(const QString& name, const QString& rpps)
{
    Practitioner p;
    p.name = name;
    p.role = PractitionerRole::Psychologist;
    p.rpps = rpps;
    p.partner = true;
    return p;
}

inline Household seedHousehold(CarnetFile& service)
{
    Household h;
    h.alice = service.people().addPerson(adult()).value();
    h.leo = service.people().addPerson(child()).value();
    h.psychologist = service.people()
                         .addPractitioner(psychologist(QStringLiteral("Claire Dubois"),
                                                       QStringLiteral("10005173140")))
                         .value();
    h.otherPsychologist =
        service.people()
            .addPractitioner(psychologist(QStringLiteral("Bruno Aubert"), QString()))
            .value();
    return h;
}

inline Session session(qint64 person, qint64 psy, QDate date, SessionKind kind, Cents fee = 5000)
{
    Session s;
    s.personId = person;
    s.practitionerId = psy;
    s.date = date;
    s.kind = kind;
    s.feeCents = fee;
    s.paidCents = fee;
    return s;
}

// Runs `act` on the next modal dialog of type T once it is shown (polling the event loop),
// for the code paths that call exec(). `done` tells whether it ran.
template <typename T>
void onModal(std::function<void(T*)> act, bool* done = nullptr)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, done, tries] {
        if (++*tries > 500) { // 5 s: give up, the test's own check fails
            timer->deleteLater();
            return;
        }
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (!dialog->isActiveWindow()) { // keyboard focus needs it; offscreen it may lag
            dialog->activateWindow();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(dialog);
        if (done)
            *done = true;
    });
    timer->start();
}

// What the window was asked to tell the user ("action: message"), once recordReportedErrors()
// listens to its context.
inline QStringList& reportedErrors()
{
    static QStringList errors;
    return errors;
}

// Records every AppContext::reportError of `context` in reportedErrors() (the window still
// shows it, through the MessageBox seam).
inline void recordReportedErrors(AppContext& context)
{
    QObject::connect(&context, &AppContext::errorReported, &context,
                     [](const QString& action, const QString& message) {
                         reportedErrors() << action + QStringLiteral(": ") + message;
                     });
}

// Types `text` into `widget` key by key (QTest::keyClicks takes ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        const Qt::Key key = c.unicode() < 0x80 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

// The order Tab walks `window`'s visible, enabled widgets from `first`: object names (or
// class names), each once.
inline QStringList tabChain(QWidget* first, int maximum = 60)
{
    QStringList chain;
    QList<QWidget*> seen;
    QWidget* w = first;
    for (int i = 0; w && i < 400 && chain.size() < maximum; ++i, w = w->nextInFocusChain()) {
        if (seen.contains(w))
            break;
        seen << w;
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(first->window()) ||
            !w->isEnabled() || w->focusProxy())
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // A composite field (OptionalDateEdit) hands its focus to a part: name the field.
        const QWidget* named =
            w->parentWidget() && w->parentWidget()->focusProxy() == w ? w->parentWidget() : w;
        chain << (named->objectName().isEmpty()
                      ? QString::fromLatin1(named->metaObject()->className())
                      : named->objectName());
    }
    return chain;
}

// Every QLabel text inside `widget`, joined: what a user reads.
inline QString allLabelText(const QWidget* widget)
{
    QStringList texts;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

// The private home: set before QApplication exists so that QSettings and QStandardPaths
// resolve inside it.
class PrivateHome
{
public:
    PrivateHome()
    {
        const QString root = m_dir.path();
        qputenv("HOME", root.toUtf8());
        qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (root + QStringLiteral("/.local/share")).toUtf8());
        qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/.cache")).toUtf8());
        qputenv("XDG_STATE_HOME", (root + QStringLiteral("/.local/state")).toUtf8());
        qputenv("XDG_DOCUMENTS_DIR", (root + QStringLiteral("/Documents")).toUtf8());
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace carnet::uitest

// A main for GUI tests: private home, QApplication named like Carnet, message boxes answered
// without showing (the default button unless a test queued an answer).
#define CARNET_UI_TEST_MAIN(TestClass)                                                             \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        carnet::uitest::PrivateHome home;                                                          \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("CarnetTest"));                           \
        QApplication::setApplicationName(QStringLiteral("carnet-ui-test"));                        \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        carnet::MessageBox::setNonInteractive(true);                                               \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
