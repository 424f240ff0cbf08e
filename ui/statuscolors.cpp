#include "ui/statuscolors.h"

namespace StatusColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor failedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xa8, 0xa0) : QColor(0xb0, 0x1e, 0x1e);
}

QPalette banner(const QPalette &palette)
{
    QPalette tinted = palette;
    const bool dark = isDark(palette);
    tinted.setColor(QPalette::Window, dark ? QColor(0x5f, 0x21, 0x20) : QColor(0xfd, 0xec, 0xea));
    tinted.setColor(QPalette::WindowText, dark ? QColor(0xfd, 0xec, 0xea) : QColor(0x5f, 0x21, 0x20));
    return tinted;
}

} // namespace StatusColors
