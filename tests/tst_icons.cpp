#include "ui/icons.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// How many pixels of the image are not fully transparent: a blank pixmap is no icon.
int paintedPixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(argb.pixel(x, y)) > 0)
                ++painted;
        }
    }
    return painted;
}

void verifyDraws(const QIcon &icon, int size)
{
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(size, size));
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(size, size));
    QVERIFY2(paintedPixels(pixmap.toImage()) > size, "the icon draws nothing");
}

} // namespace

class TstIcons : public QObject
{
    Q_OBJECT

private slots:
    void svgPluginIsThere();
    void bundledActionIcons_data();
    void bundledActionIcons();
    void themedFallsBackToBundled_data();
    void themedFallsBackToBundled();
    void unknownNameWithoutBundledCopy();
    void applicationIcon_data();
    void applicationIcon();
    void applicationSvgAlone();
};

void TstIcons::svgPluginIsThere()
{
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
        "Qt's SVG image format plugin is missing (Debian: libqt6svg6)");
}

void TstIcons::bundledActionIcons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    for (const QString &name : Icons::bundledActionNames()) {
        for (const int size : { 16, 32 })
            QTest::addRow("%s@%d", qPrintable(name), size) << name << size;
    }
}

// Straight from the resource, so a desktop icon theme cannot hide a missing SVG icon engine.
void TstIcons::bundledActionIcons()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    const QString path = u":/icons/actions/"_s + name + u".svg"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    verifyDraws(QIcon(path), size);
}

void TstIcons::themedFallsBackToBundled_data()
{
    bundledActionIcons_data();
}

void TstIcons::themedFallsBackToBundled()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    verifyDraws(Icons::themed(name), size);
}

void TstIcons::unknownNameWithoutBundledCopy()
{
    QVERIFY(Icons::themed(u"chimeadmin-no-such-icon"_s).isNull());
}

void TstIcons::applicationIcon_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 16, 32, 48, 64, 128 })
        QTest::addRow("%d", size) << size;
}

void TstIcons::applicationIcon()
{
    QFETCH(int, size);
    QCOMPARE(Icons::applicationId(), u"io.github.chimeadmin.ChimeAdmin"_s);
    verifyDraws(Icons::application(), size);
}

// The scalable icon on its own (no PNG beside it): 48 px is none of the PNG sizes.
void TstIcons::applicationSvgAlone()
{
    const QIcon svg(u":/icons/io.github.chimeadmin.ChimeAdmin.svg"_s);
    for (const int size : { 16, 32, 48 }) {
        verifyDraws(svg, size);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_MAIN(TstIcons)
#include "tst_icons.moc"
