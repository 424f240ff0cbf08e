#include "store/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString DataFolder::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QCoreApplication::applicationName();
}

QStringList DataFolder::moveFromNestedFolder()
{
    QDir nested(path() + u'/' + QCoreApplication::applicationName());
    if (!nested.exists())
        return {};
    QStringList leftBehind;
    const QDir::Filters entries = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    for (const QString &name : nested.entryList(entries)) {
        const QString target = path() + u'/' + name;
        if (QFileInfo::exists(target)) {
            leftBehind.append(QCoreApplication::translate("DataFolder", "%1 stays in %2: %3 is there already.")
                                  .arg(name, QDir::toNativeSeparators(nested.path()), QDir::toNativeSeparators(target)));
        } else if (!QDir().rename(nested.filePath(name), target)) {
            leftBehind.append(QCoreApplication::translate("DataFolder", "%1 could not be moved from %2 to %3.")
                                  .arg(name, QDir::toNativeSeparators(nested.path()), QDir::toNativeSeparators(target)));
        }
    }
    if (leftBehind.isEmpty())
        QDir().rmdir(nested.path());
    return leftBehind;
}
