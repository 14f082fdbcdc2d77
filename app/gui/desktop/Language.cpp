#include "gui/desktop/Language.h"

#include "store/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cordon::gui
{

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Language::chosen(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size()) {
            return arguments[i + 1];
        }
        if (arguments[i].startsWith(option + QLatin1Char('='))) {
            return arguments[i].mid(option.size() + 1);
        }
    }
    const std::unique_ptr<QSettings> settings = core::AppSettings::open();
    return core::AppSettings(settings.get()).language();
}

QLocale Language::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // English is the source language: without a translation for the locale, the texts stay as written.
    auto* cordon = new QTranslator(QCoreApplication::instance());
    if (cordon->load(locale, QStringLiteral("cordon"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(cordon);
    }
    return locale;
}

} // namespace cordon::gui
