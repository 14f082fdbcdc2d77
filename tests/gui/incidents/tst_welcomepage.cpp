#include "IncidentBuilder.h"
#include "TestFolders.h"
#include "gui/Console.h"
#include "gui/incidents/MainWindow.h"
#include "gui/incidents/WelcomePage.h"
#include "gui/settings/FeedsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using cordon::gui::MainWindow;
using cordon::gui::WelcomePage;

// A first start shows what to do rather than an empty list, each step a button that does it, and says when a
// step is done; the list comes as soon as there is something in it, or when the analyst asks for it.
class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void firstStartShowsTheSteps();
    void stepsSayWhenTheyAreDone();
    void incidentsReplaceTheWelcome();
    void theAnalystCanGoToTheList();
    void addingASourceOpensTheFeedsPage();
    void theDemoStepIsDoneOnceTried();

private:
    static void click(QWidget* root, const QString& buttonName)
    {
        auto* button = root->findChild<QPushButton*>(buttonName);
        QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static QString stepState(QWidget* root, int step)
    {
        auto* label = root->findChild<QLabel*>(QStringLiteral("welcomeStep%1StateLabel").arg(step));
        return label ? label->text() : QString();
    }
};

void TestWelcomePage::firstStartShowsTheSteps()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.welcomePage()->isVisible());
    QVERIFY(!window.findChild<QTableView*>(QStringLiteral("incidentTableView"))->isVisible());
    QCOMPARE(stepState(&window, 1), QStringLiteral("To do"));
    // The heading reads as one: its letters are drawn larger than the text under it.
    const auto* heading = window.findChild<QLabel*>(QStringLiteral("welcomeHeadingLabel"));
    QVERIFY(heading->fontMetrics().height() >= 1.3 * window.fontMetrics().height());
    QVERIFY(heading->font().bold());

    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QSignalSpy sources(&window, &MainWindow::feedSourcesRequested);
    click(&window, QStringLiteral("welcomeConnectOktaButton"));
    click(&window, QStringLiteral("welcomeDemoButton"));
    click(&window, QStringLiteral("welcomeAddSourceButton"));
    QCOMPARE(settings.size(), 1);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(sources.size(), 1);
}

void TestWelcomePage::stepsSayWhenTheyAreDone()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setConnectionState(QStringLiteral("Connected as svc-cordon@example.com"), true);
    QVERIFY(stepState(&window, 1).contains(QStringLiteral("Done")));
    QVERIFY(stepState(&window, 1).contains(QStringLiteral("svc-cordon@example.com")));
    // One step is left: the page stays.
    QVERIFY(window.isWelcomeShown());
    // A connection that fails again is no longer done.
    window.setConnectionState(QStringLiteral("Okta: invalid token"), false);
    QVERIFY(!stepState(&window, 1).contains(QStringLiteral("Done")));
    window.setConnectionState(QStringLiteral("Connected as svc-cordon@example.com"), true);
    window.setFeedSourceCount(1);
    QVERIFY(stepState(&window, 2).contains(QStringLiteral("Done")));
    // Both done: the list, even before the source has brought anything.
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.findChild<QTableView*>(QStringLiteral("incidentTableView"))->isVisible());
}

void TestWelcomePage::incidentsReplaceTheWelcome()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isWelcomeShown());
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    window.addIncidents({IncidentBuilder(QStringLiteral("1"))});
    QVERIFY(loaded.wait(5000) || !loaded.isEmpty());
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.findChild<QTableView*>(QStringLiteral("incidentTableView"))->isVisible());
}

void TestWelcomePage::theAnalystCanGoToTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    click(&window, QStringLiteral("welcomeShowListButton"));
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.findChild<QTableView*>(QStringLiteral("incidentTableView"))->isVisible());
}

void TestWelcomePage::addingASourceOpensTheFeedsPage()
{
    TestFolders folders;
    QVERIFY(folders.isValid());
    cordon::gui::Console console(std::make_unique<cordon::core::MemorySecretStore>());
    MainWindow* window = console.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    console.start();
    QTRY_VERIFY(window->isWelcomeShown());
    click(window, QStringLiteral("welcomeAddSourceButton"));
    QTRY_VERIFY(window->findChild<cordon::gui::SettingsDialog*>());
    auto* dialog = window->findChild<cordon::gui::SettingsDialog*>();
    QTRY_VERIFY(dialog->isVisible());
    auto* feeds = dialog->findChild<cordon::gui::FeedsPage*>();
    QVERIFY(feeds);
    QTRY_VERIFY(feeds->isVisible());
    dialog->reject();
}

void TestWelcomePage::theDemoStepIsDoneOnceTried()
{
    // The demo runs as a program of its own; that it was started is kept, so the next start says so too.
    TestFolders folders;
    QVERIFY(folders.isValid());
    {
        cordon::gui::Console console(std::make_unique<cordon::core::MemorySecretStore>());
        console.start();
        QTRY_VERIFY(console.window()->isWelcomeShown());
        QVERIFY2(!stepState(console.window(), 3).contains(QStringLiteral("Done")),
                 qPrintable(stepState(console.window(), 3)));
        QVERIFY(console.settings()->setDemoTried(true));
    }
    cordon::gui::Console console(std::make_unique<cordon::core::MemorySecretStore>());
    console.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(console.window()));
    console.start();
    QTRY_VERIFY(console.window()->isWelcomeShown());
    QVERIFY2(stepState(console.window(), 3).contains(QStringLiteral("Done")),
             qPrintable(stepState(console.window(), 3)));
    // The demo step alone does not end the first start: Okta and a feed are still to do.
    QVERIFY(!stepState(console.window(), 1).contains(QStringLiteral("Done")));
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
