#include "CordonVersion.h"
#include "base/ProcessHardening.h"
#include "gui/Console.h"
#include "gui/desktop/Appearance.h"
#include "gui/desktop/DemoMode.h"
#include "gui/desktop/IncidentLink.h"
#include "gui/desktop/Language.h"
#include "gui/desktop/LinkOpener.h"
#include "gui/desktop/SingleInstance.h"
#include "gui/desktop/WindowState.h"
#include "gui/incidents/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

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

// The SVG for any size, and the drawn sizes where a scaled SVG would blur (HiDPI picks the larger ones).
QIcon applicationIcon()
{
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/cordon.svg"));
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/cordon-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace

int main(int argc, char* argv[])
{
    // No core dump of a process that holds the Okta token, before anything else runs.
    cordon::core::hardenProcess();
    Q_INIT_RESOURCE(cordon);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cordon"));
    QApplication::setOrganizationName(QStringLiteral("Cordon"));
    QApplication::setApplicationVersion(QStringLiteral(CORDON_VERSION_STRING));
    QApplication::setWindowIcon(applicationIcon());

    // The language first, so that the help text below is translated too.
    cordon::gui::Language::install(cordon::gui::Language::chosen(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Contain the Okta identity behind a compromised endpoint."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against a simulated Okta org on this computer, with a sample feed."));
    parser.addOption(demoOption);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the console in this language (en, de, fr), whatever the system's."),
        QStringLiteral("language"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QCoreApplication::translate("main", "A cordon://incident/<id> link to open."),
                                 QStringLiteral("[link]"));
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

    const QStringList links = parser.positionalArguments();
    for (const QString& link : links) {
        QString error;
        if (!cordon::gui::IncidentLink::parse(link, &error)) {
            std::fprintf(stderr, "cordon: %s\n",
                         qPrintable(QCoreApplication::translate("main", "Link refused: %1").arg(error)));
            return 2;
        }
    }

    const bool demo = parser.isSet(demoOption);
    const bool screenshot = parser.isSet(screenshotOption) || parser.isSet(settingsShotOption);
    // A console already running for this user takes the link and comes forward; this start ends here.
    cordon::gui::SingleInstance instance(cordon::gui::SingleInstance::serverName(demo));
    if (!screenshot) {
        if (instance.forwardToRunning(links)) {
            return 0;
        }
        QString error;
        if (!instance.listen(&error)) {
            std::fprintf(
                stderr, "cordon: %s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Later starts cannot reach this console: %1").arg(error)));
        }
    }

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

    if (!screenshot) {
        cordon::gui::Appearance::apply(cordon::gui::Appearance::saved());
    }

    // The demo's token stays in memory: nothing of it reaches the OS keychain.
    cordon::gui::Console console(demo ? std::make_unique<cordon::core::MemorySecretStore>() : nullptr);
    cordon::gui::MainWindow* window = console.window();
    auto* linkOpener = new cordon::gui::LinkOpener(window);
    QObject::connect(&instance, &cordon::gui::SingleInstance::argumentsReceived, linkOpener,
                     [linkOpener](const QStringList& arguments) {
                         linkOpener->raise();
                         linkOpener->open(arguments);
                     });
    if (demo) {
        console.startDemo(demoMode.baseUrl());
    } else {
        console.start();
    }
    if (screenshot) {
        cordon::gui::WindowState::fit(window);
        QTimer::singleShot(0, window, &cordon::gui::MainWindow::useDefaultLayout);
    } else {
        // The window as it was left on a screen of this size; the first time, within the screen, with columns
        // wide enough for their titles.
        if (!cordon::gui::WindowState::restore(window, *console.settings())) {
            cordon::gui::WindowState::fitHeaders(window);
            QTimer::singleShot(0, window, &cordon::gui::MainWindow::useDefaultLayout);
        }
        QObject::connect(&app, &QApplication::aboutToQuit, window,
                         [window, &console] { cordon::gui::WindowState::save(window, *console.settings()); });
    }
    window->show();
    linkOpener->open(links);

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
