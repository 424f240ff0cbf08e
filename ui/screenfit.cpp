#include "ui/screenfit.h"

#include <QScreen>
#include <QWidget>

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen();
    window->resize(screen ? wanted.boundedTo(screen->availableGeometry().size()) : wanted);
}
