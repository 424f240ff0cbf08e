#include "ui/icons.h"

#include <QFile>
#include <QSize>

using namespace Qt::StringLiterals;

namespace Icons {

QString applicationId()
{
    return u"io.github.chimeadmin.ChimeAdmin"_s;
}

QIcon themed(const QString &freedesktopName)
{
    const QString bundled = u":/icons/actions/"_s + freedesktopName + u".svg"_s;
    if (!QFile::exists(bundled))
        return QIcon::fromTheme(freedesktopName);
    return QIcon::fromTheme(freedesktopName, QIcon(bundled));
}

QIcon application()
{
    const QString id = applicationId();
    QIcon bundled(u":/icons/"_s + id + u".svg"_s);
    // Pixmaps added at their own size are drawn as they are, sharper than the SVG scaled down;
    // they also stand in for the SVG should Qt's SVG icon engine be missing.
    for (const int size : { 16, 32, 64, 128 }) {
        const QString side = QString::number(size);
        bundled.addFile(
            u":/icons/"_s + side + u'x' + side + u'/' + id + u".png"_s, QSize(size, size));
    }
    return QIcon::fromTheme(id, bundled);
}

QStringList bundledActionNames()
{
    return {
        u"application-exit"_s,
        u"dialog-password"_s,
        u"document-edit"_s,
        u"document-export"_s,
        u"edit-find"_s,
        u"edit-undo"_s,
        u"go-bottom"_s,
        u"system-users"_s,
        u"view-history"_s,
        u"view-refresh"_s,
    };
}

} // namespace Icons
