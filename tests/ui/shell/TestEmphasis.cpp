#include "shell/Emphasis.h"

#include <QListWidgetItem>
#include <QTest>

#include <cmath>

using namespace carnet;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteOn(const QColor& window)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    return palette;
}

} // namespace

// Carnet's own colours stay readable (WCAG AA, 4.5:1) on light, dark and high-contrast
// backgrounds, and a late item is also bold, so colour is never the only sign.
class TestEmphasis : public QObject
{
    Q_OBJECT

private slots:
    void readableOnEveryBackground_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::newRow("light (Fusion)") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("white (high contrast)") << QColor(Qt::white);
        QTest::newRow("dark (Breeze Dark)") << QColor(0x31, 0x36, 0x3b);
        QTest::newRow("black (high contrast)") << QColor(Qt::black);
    }

    void readableOnEveryBackground()
    {
        QFETCH(QColor, window);
        const QPalette palette = paletteOn(window);
        QCOMPARE(Emphasis::isDark(palette), window.lightness() < 128);
        const QColor warning = Emphasis::warningText(palette);
        QVERIFY2(contrast(warning, window) >= 4.5,
                 qPrintable(QString::number(contrast(warning, window))));
        QVERIFY(Emphasis::warningStyleSheet(palette).contains(warning.name()));

        QListWidgetItem item(QStringLiteral("Late: the CPAM still owes €30.00"));
        Emphasis::markLate(&item, palette);
        QVERIFY(item.font().bold());
        const QColor fg = item.foreground().color();
        const QColor bg = item.background().color();
        QVERIFY2(contrast(fg, bg) >= 4.5, qPrintable(QString::number(contrast(fg, bg))));
    }
};

QTEST_MAIN(TestEmphasis)
#include "TestEmphasis.moc"
