#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The program's icons. Action icons follow the desktop's icon theme, so the window fits in with
// the other programs there; where the theme lacks one (or there is no theme, as on Windows, macOS
// and most bare X11 sessions) the copy built in under :/icons/actions/ is used. The built-in
// copies are SVG: Qt loads them through its SVG icon engine plugin (Debian: libqt6svg6).
namespace Icons {

// The application id: the name of the desktop entry, the AppStream component and the icon.
// Pass it to QGuiApplication::setDesktopFileName() so Wayland compositors find the entry.
QString applicationId();

// The theme's icon of this freedesktop.org name (e.g. "view-refresh"), or the built-in one of the
// same name when the theme has none. Built-in: see bundledActionNames().
QIcon themed(const QString &freedesktopName);

// The application icon: the theme's io.github.chimeadmin.ChimeAdmin if the program is installed
// where the theme finds it, otherwise the built-in SVG with crisp 16, 32, 64 and 128 px renders.
QIcon application();

// The freedesktop.org names with a built-in fallback in :/icons/actions/.
QStringList bundledActionNames();

} // namespace Icons
