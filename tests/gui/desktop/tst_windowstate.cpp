#include "TestFolders.h"
#include "gui/desktop/Appearance.h"
#include "gui/desktop/WindowState.h"
#include "gui/incidents/MainWindow.h"
#include "store/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using cordon::gui::MainWindow;
using cordon::gui::WindowState;

class TestWindowState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizeSplittersAndColumnsComeBack();
    void aFirstStartKeepsTheBuiltInLayoutWithTitlesUncut();
    void aFirstStartFitsTheScreen();
    void eachScreenSizeKeepsItsOwnLayout();
    void theViewMenuForcesDarkOrLightAndRemembersIt();

private:
    TestFolders m_folder;
};

void TestWindowState::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestWindowState::sizeSplittersAndColumnsComeBack()
{
    QSettings file(m_folder.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    cordon::core::AppSettings settings(&file);
    QByteArray columns;
    QList<int> splitterSizes;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1100, 700);
        auto* table = window.findChild<QTableView*>(QStringLiteral("incidentTableView"));
        QVERIFY(table);
        QHeaderView* header = table->horizontalHeader();
        header->resizeSection(1, 333);
        header->moveSection(2, 0);
        header->setSortIndicator(3, Qt::AscendingOrder);
        columns = header->saveState();
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({200, 400});
        splitterSizes = splitter->sizes();
        WindowState::save(&window, settings);
    }
    file.sync();

    // As the next start reads it: from the file.
    QSettings reread(m_folder.filePath(QStringLiteral("state.ini")), QSettings::IniFormat);
    MainWindow again;
    QVERIFY(WindowState::restore(&again, cordon::core::AppSettings(&reread)));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1100, 700));
    QHeaderView* header = again.findChild<QTableView*>(QStringLiteral("incidentTableView"))->horizontalHeader();
    QCOMPARE(header->sectionSize(1), 333);
    QCOMPARE(header->visualIndex(2), 0);
    QCOMPARE(header->sortIndicatorSection(), 3);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(header->saveState(), columns);
    QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
}

void TestWindowState::aFirstStartKeepsTheBuiltInLayoutWithTitlesUncut()
{
    QSettings emptyFile(m_folder.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const cordon::core::AppSettings empty(&emptyFile);
    MainWindow window;
    QVERIFY(!WindowState::restore(&window, empty));
    WindowState::fitHeaders(&window);
    QHeaderView* header = window.findChild<QTableView*>(QStringLiteral("incidentTableView"))->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionResizeMode(section) == QHeaderView::Interactive) {
            QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                     qPrintable(QString::number(section)));
        }
    }
}

void TestWindowState::aFirstStartFitsTheScreen()
{
    // Whatever the screen, the window opens inside its available area: a laptop never gets a window it must drag
    // to reach the containment buttons.
    QSettings emptyFile(m_folder.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
    MainWindow window;
    QVERIFY(!WindowState::restore(&window, cordon::core::AppSettings(&emptyFile)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                                                   .arg(window.width())
                                                                   .arg(window.height())
                                                                   .arg(available.width())
                                                                   .arg(available.height())));
}

void TestWindowState::eachScreenSizeKeepsItsOwnLayout()
{
    QSettings file(m_folder.filePath(QStringLiteral("screens.ini")), QSettings::IniFormat);
    cordon::core::AppSettings settings(&file);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString here = WindowState::screenKey(&window);
    QVERIFY(here.contains(QLatin1Char('x')));
    // A layout left on a screen of another size says nothing about this one.
    cordon::core::AppSettings::WindowLayout elsewhere;
    elsewhere.geometry = window.saveGeometry();
    elsewhere.splitters.insert(QStringLiteral("mainSplitter"), QByteArray("not this screen's"));
    QVERIFY(settings.setWindowLayout(elsewhere, QStringLiteral("7680x4320")));
    QVERIFY(!WindowState::restore(&window, settings));

    WindowState::save(&window, settings);
    QVERIFY(!settings.windowLayout(here).geometry.isEmpty());
    QCOMPARE(settings.windowLayout(QStringLiteral("7680x4320")).splitters.value(QStringLiteral("mainSplitter")),
             QByteArray("not this screen's"));
    QVERIFY(WindowState::restore(&window, settings));
}

void TestWindowState::theViewMenuForcesDarkOrLightAndRemembersIt()
{
    using cordon::gui::Appearance;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    MainWindow window;
    auto* dark = window.findChild<QAction*>(QStringLiteral("themeDarkAction"));
    auto* light = window.findChild<QAction*>(QStringLiteral("themeLightAction"));
    auto* system = window.findChild<QAction*>(QStringLiteral("themeSystemAction"));
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked());

    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QCOMPARE(cordon::core::AppSettings::open()->value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(Appearance::saved(), Appearance::Theme::Dark);

    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);
    QCOMPARE(Appearance::saved(), Appearance::Theme::Light);

    // A window built later shows the choice checked.
    MainWindow later;
    QVERIFY(later.findChild<QAction*>(QStringLiteral("themeLightAction"))->isChecked());

    system->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(Appearance::saved(), Appearance::Theme::System);
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
