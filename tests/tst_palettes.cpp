#include "ui/errorbanner.h"
#include "ui/statuscolors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// WCAG's contrast ratio, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

QPalette paletteOf(const QColor &window, const QColor &base, const QColor &alternate, const QColor &text)
{
    QPalette palette(text, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

// The colours the program adds to the style's (a refused change, the error banner) read on every
// palette an administrator may use: the style's own, dark, and high contrast either way.
class TstPalettes : public QObject
{
    Q_OBJECT

private slots:
    void statusColorsReadOnEveryPalette_data();
    void statusColorsReadOnEveryPalette();
    void bannerFollowsAThemeSwitch();
};

void TstPalettes::statusColorsReadOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion") << fusionPalette();
    QTest::newRow("dark") << paletteOf(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(0x42, 0x42, 0x42),
                                       QColor(0xee, 0xee, 0xee));
    QTest::newRow("high contrast, dark") << paletteOf(Qt::black, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::white);
    QTest::newRow("high contrast, light") << paletteOf(Qt::white, Qt::white, QColor(0xf0, 0xf0, 0xf0), Qt::black);
}

void TstPalettes::statusColorsReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const QColor failed = StatusColors::failedText(palette);
    for (const QPalette::ColorRole row : { QPalette::Base, QPalette::AlternateBase }) {
        QVERIFY2(contrast(failed, palette.color(row)) >= 4.5,
                 qPrintable(u"%1 on %2: %3"_s.arg(failed.name(), palette.color(row).name())
                                .arg(contrast(failed, palette.color(row)))));
    }
    const QPalette banner = StatusColors::banner(palette);
    QVERIFY(contrast(banner.color(QPalette::WindowText), banner.color(QPalette::Window)) >= 4.5);
    // The banner's own buttons keep the palette's colours, which read on their own.
    QCOMPARE(banner.color(QPalette::ButtonText), palette.color(QPalette::ButtonText));
}

void TstPalettes::bannerFollowsAThemeSwitch()
{
    const QPalette light = fusionPalette();
    QApplication::setPalette(light);
    ErrorBanner banner;
    QCOMPARE(banner.palette().color(QPalette::Window), StatusColors::banner(light).color(QPalette::Window));
    const QPalette dark = paletteOf(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(0x42, 0x42, 0x42),
                                    QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_COMPARE(banner.palette().color(QPalette::Window), StatusColors::banner(dark).color(QPalette::Window));
    QVERIFY(contrast(banner.palette().color(QPalette::WindowText), banner.palette().color(QPalette::Window)) >= 4.5);
    QApplication::setPalette(light);
}

QTEST_MAIN(TstPalettes)
#include "tst_palettes.moc"
