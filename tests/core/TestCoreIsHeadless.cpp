#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// core/ must depend on QtCore and QtSql only (DESIGN.md principle 3): no QtGui, no QtWidgets.
class TestCoreIsHeadless : public QObject
{
    Q_OBJECT

private slots:
    void noGuiIncludes()
    {
        const QString root = qEnvironmentVariable("CARNET_SOURCE_DIR") + QStringLiteral("/core");
        QVERIFY2(QFile::exists(root), qPrintable(root));
        static const QRegularExpression gui(QStringLiteral(
            "#include\\s*<(QtGui|QtWidgets|QWidget|QMainWindow|QDialog|QPainter|QPixmap|QIcon|"
            "QColor|QFont|QImage|QApplication|QGuiApplication|QTextDocument|QPdfWriter)\\b"));
        int files = 0;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!gui.match(text).hasMatch(), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 5);
    }

    void cmakeLinksCoreAndSqlOnly()
    {
        QFile cmake(qEnvironmentVariable("CARNET_SOURCE_DIR") +
                    QStringLiteral("/core/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cmake.readAll());
        QVERIFY(text.contains(QStringLiteral("Qt6::Core Qt6::Sql")));
        QVERIFY(!text.contains(QStringLiteral("Qt6::Gui")));
        QVERIFY(!text.contains(QStringLiteral("Qt6::Widgets")));
    }
};

QTEST_GUILESS_MAIN(TestCoreIsHeadless)
#include "TestCoreIsHeadless.moc"
