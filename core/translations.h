#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the program's translation for `locale` (German, or English with its plural forms
// for any other language) and Qt's own for its standard dialogs.
namespace Translations {

void install(QCoreApplication &app, const QLocale &locale);

} // namespace Translations
