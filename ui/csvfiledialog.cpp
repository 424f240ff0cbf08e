#include "ui/csvfiledialog.h"

#include <QFileDialog>

void CsvFileDialog::askForPath(QWidget *parent, const QString &title,
                               const std::function<void(const QString &path)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title, QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}
