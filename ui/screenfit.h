#pragma once

#include <QSize>

class QWidget;

// Resizes a window or dialog to `wanted`, but never beyond the available part of its screen:
// without a window manager to shrink it, a larger one would put its buttons off screen.
void resizeWithinScreen(QWidget *window, QSize wanted);
