#pragma once

#include <QColor>
#include <QPalette>

// The few colours the program adds to the style's palette (a refused change, the error banner),
// chosen against the palette in use: the dark red that reads on a light table is unreadable on a
// dark one. Each keeps a contrast of at least 4.5 : 1 with what it is drawn on (WCAG AA).
namespace StatusColors {

bool isDark(const QPalette &palette);
QColor failedText(const QPalette &palette);
// The palette of the error banner: a red tint of the window, text that reads on it.
QPalette banner(const QPalette &palette);

} // namespace StatusColors
