#pragma once

#include <QString>
#include <QStringList>

// Where the program keeps its journal, sessions and snapshots: one folder named after the
// program in the platform's data location (~/.local/share/chime-admin on Linux). Qt's
// AppDataLocation would nest the organization and the application, both "chime-admin".
namespace DataFolder {

QString path();

// Moves what earlier versions kept in the nested <data>/chime-admin/ up into the data folder,
// each entry where nothing of its name is there yet, and removes the nested folder once empty.
// Call before anything opens a file there. Returns a sentence for each entry left behind.
QStringList moveFromNestedFolder();

} // namespace DataFolder
