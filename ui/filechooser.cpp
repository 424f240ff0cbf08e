#include "ui/filechooser.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString lastFolderKey = u"files/lastFolder"_s;
constexpr qsizetype longestName = 120;

}

QFileDialog *FileChooser::createDialog(QWidget *parent, const QString &title, const QString &filter,
                                       QFileDialog::FileMode mode, const Chosen &chosen)
{
    auto *dialog = new QFileDialog(parent, title, lastFolder(), filter);
    dialog->setFileMode(mode);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen, mode](const QString &path) {
        remember(mode == QFileDialog::Directory ? path : QFileInfo(path).absolutePath());
        chosen(path);
    });
    return dialog;
}

void FileChooser::askToSaveCsv(QWidget *parent, const QString &title, const QString &suggestedName,
                               const Chosen &chosen)
{
    QFileDialog *dialog = createDialog(parent, title, tr("CSV files (*.csv)"), QFileDialog::AnyFile, chosen);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(suggestedName);
    dialog->open();
}

void FileChooser::askToOpen(QWidget *parent, const QString &title, const QString &filter, const Chosen &chosen)
{
    QFileDialog *dialog = createDialog(parent, title, filter, QFileDialog::ExistingFile, chosen);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->open();
}

void FileChooser::askForFolder(QWidget *parent, const QString &title, const QString &start, const Chosen &chosen)
{
    QFileDialog *dialog = createDialog(parent, title, QString(), QFileDialog::Directory, chosen);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    if (!start.isEmpty())
        dialog->setDirectory(start);
    dialog->open();
}

QString FileChooser::lastFolder()
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileChooser::csvName(const QString &contents, const QDate &day)
{
    static const QRegularExpression refused(uR"([\x00-\x1f/\\:*?"<>|]+)"_s);
    QString name = contents;
    name.replace(refused, u"-"_s);
    name = name.simplified().left(longestName);
    // A name of dots alone would be the folder itself or its parent.
    if (name.isEmpty() || name.count(u'.') == name.size())
        name = tr("export");
    return u"%1 %2.csv"_s.arg(name, day.toString(Qt::ISODate));
}

void FileChooser::remember(const QString &folder)
{
    QSettings().setValue(lastFolderKey, folder);
}
