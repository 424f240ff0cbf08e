#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    // English holds the plural forms ("1 user", "2 users") every other language falls back to.
    if (own->load(locale, QStringLiteral("chimeadmin"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("chimeadmin_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
