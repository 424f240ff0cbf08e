#pragma once

#include <QDialog>

// Help → About: the program's version, the Qt it was built with and runs on, its licence, and
// where it keeps what it writes, each path selectable to copy.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Files
    {
        QString settings;
        QString journal;
        QString snapshots; // empty: none kept in this session
    };

    AboutDialog(const Files &files, QWidget *parent = nullptr);
};
