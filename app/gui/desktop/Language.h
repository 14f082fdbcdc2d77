#pragma once

#include <QLocale>
#include <QStringList>

namespace cordon::gui
{

// The console's language: the system's by default, English where Cordon has no translation; the
// setting (AppSettings::language: en, de, fr) or --lang overrides it.
class Language
{
public:
    // The languages Cordon is translated into, English first.
    static QStringList available();
    // --lang from the arguments, else the setting, else empty (the system's).
    static QString chosen(const QStringList& arguments);
    // Installs Qt's and Cordon's translations for the language (the system's when empty) and makes its
    // locale the default for dates and numbers. Returns the locale the console speaks.
    static QLocale install(const QString& language);
};

} // namespace cordon::gui
