#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>

#include <functional>

class QDate;

// The file dialogs of the program, window-modal on their parent (never the static getters: they
// spin an event loop of their own). Each starts in the folder the person last saved to or opened
// from, and remembers the folder of what they pick, across sessions.
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)

public:
    using Chosen = std::function<void(const QString &path)>;

    // Saving a CSV file: `suggestedName` is filled in, "name.csv" if the person leaves the suffix out.
    static void askToSaveCsv(QWidget *parent, const QString &title, const QString &suggestedName,
                             const Chosen &chosen);
    static void askToOpen(QWidget *parent, const QString &title, const QString &filter, const Chosen &chosen);
    static void askForFolder(QWidget *parent, const QString &title, const QString &start, const Chosen &chosen);

    // Where the last file was saved or opened; the documents folder until then.
    static QString lastFolder();
    // "Fabrikam users 2026-12-03.csv": what the file holds and the day, without the characters a
    // file system refuses (an account may be called "Sales/EMEA").
    static QString csvName(const QString &contents, const QDate &day);

private:
    // Remembers the folder of what the person picks (the folder itself when they pick a folder).
    static QFileDialog *createDialog(QWidget *parent, const QString &title, const QString &filter,
                                     QFileDialog::FileMode mode, const Chosen &chosen);
    static void remember(const QString &folder);
};
