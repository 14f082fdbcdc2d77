#include "gui/Console.h"
#include "gui/DemoMode.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace
{

// Settles for a moment so that late layout and the status bar are in the picture, then saves it.
void grabLater(QWidget* widget, const QString& path, bool quit)
{
    QTimer::singleShot(500, widget, [widget, path, quit] {
        const bool saved = widget->grab().save(path);
        std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
        if (quit) {
            QCoreApplication::exit(saved ? 0 : 1);
        }
    });
}

} // namespace

int main(int argc, char* argv[])
{
    Q_INIT_RESOURCE(cordon);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cordon"));
    QApplication::setOrganizationName(QStringLiteral("Cordon"));
    QApplication::setApplicationVersion(QStringLiteral(CORDON_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cordon-256.png")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cordon"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Contain the Okta identity behind a compromised endpoint."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against a simulated Okta org on this computer, with a sample feed."));
    parser.addOption(demoOption);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption settingsShotOption(
        QStringLiteral("screenshot-settings"),
        QCoreApplication::translate("main", "Save a picture of the settings dialog and quit."), QStringLiteral("file"));
    settingsShotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(settingsShotOption);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    cordon::gui::DemoMode demoMode;
    if (demo) {
        QString error;
        if (!demoMode.start(&error)) {
            std::fprintf(stderr, "cordon: %s\n", qPrintable(error));
            return 1;
        }
        // The first line on stdout, as cordon-okta-sim prints it: scripts wait for it.
        std::fprintf(stdout, "%s\n", qPrintable(cordon::gui::DemoMode::listeningLine(demoMode.baseUrl())));
        std::fflush(stdout);
    }

    // The demo's token stays in memory: nothing of it reaches the OS keychain.
    cordon::gui::Console console(demo ? std::make_unique<cordon::core::MemorySecretStore>() : nullptr);
    cordon::gui::MainWindow* window = console.window();
    if (demo) {
        console.startDemo(demoMode.baseUrl());
    } else {
        console.start();
    }
    window->show();

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QObject::connect(window, &cordon::gui::MainWindow::incidentsLoaded, window,
                         [window, path] { grabLater(window, path, true); });
    }
    if (parser.isSet(settingsShotOption)) {
        const QString path = parser.value(settingsShotOption);
        cordon::gui::SettingsDialog* dialog = console.openSettings();
        if (demo) {
            dialog->findChild<QLineEdit*>(QStringLiteral("orgUrlLineEdit"))->setText(demoMode.baseUrl().toString());
            dialog->findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"))
                ->setText(QString::fromLatin1(cordon::gui::DemoMode::token()));
            QObject::connect(dialog, &cordon::gui::SettingsDialog::connectionTested, dialog,
                             [dialog, path] { grabLater(dialog, path, true); });
            dialog->testConnection();
        } else {
            grabLater(dialog, path, true);
        }
    }
    return app.exec();
}
