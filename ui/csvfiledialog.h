#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// The save dialog of a CSV export, window-modal on `parent`: "name.csv" if the person leaves
// the suffix out; `chosen` gets the path once one is picked.
class CsvFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileDialog)

public:
    static void askForPath(QWidget *parent, const QString &title,
                           const std::function<void(const QString &path)> &chosen);
};
