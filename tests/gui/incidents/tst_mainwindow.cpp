#include "IncidentBuilder.h"
#include "TestFolders.h"
#include "feed/FeedParser.h"
#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/desktop/Dialogs.h"
#include "gui/incidents/IncidentFilterModel.h"
#include "gui/incidents/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using cordon::core::Incident;
using cordon::core::IncidentTableModel;
using cordon::gui::MainWindow;

namespace
{

QList<Incident> sampleIncidents()
{
    // As the list shows them: the endpoint user's text as the feed gave it, parsed for one of them only.
    const auto sample = [](const QString& sourceId, Incident::Severity severity, Incident::State state,
                           const QString& host) {
        return IncidentBuilder(sourceId)
            .title(QStringLiteral("Detection on %1").arg(host))
            .severity(severity)
            .state(state)
            .minutesAfterStart(14)
            .host(host);
    };
    return {
        sample(QStringLiteral("2"), Incident::Severity::Low, Incident::State::New, QStringLiteral("kst-ws-2251"))
            .rawUser(QStringLiteral("mika@example.com"), QStringLiteral("username")),
        sample(QStringLiteral("3"), Incident::Severity::Critical, Incident::State::Resolved,
               QStringLiteral("kst-srv-fs03"))
            .rawUser(QStringLiteral("KST-SRV-FS03$"), QStringLiteral("username")),
        sample(QStringLiteral("1"), Incident::Severity::Critical, Incident::State::New, QStringLiteral("kst-lt-0415"))
            .user(QStringLiteral("AD_DOMAIN\\joren"))
            .consoleUrl(QStringLiteral("https://console.example/incidents/1")),
        sample(QStringLiteral("4"), Incident::Severity::High, Incident::State::InProgress, QStringLiteral("mac-oskar"))
            .rawUser(QStringLiteral("oskar"), QStringLiteral("username")),
    };
}

template <typename T> T* namedChild(QWidget* window, const char* name)
{
    T* child = window->findChild<T*>(QString::fromLatin1(name));
    if (!child) {
        qWarning("no child %s", name);
    }
    return child;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAFeedFileFromTheFileMenu_data();
    void loadsAFeedFileFromTheFileMenu();
    void listsIncidentsMostUrgentFirst();
    void filterDropsRows();
    void selectionShowsRawUserAndParse();
    void keyboardMovesAndEnterFocusesDetail();
    void ctrlFFocusesFilter();
    void countsShowInTheHeaderStrip();
    void rateLimitShowsInTheStatusBar();

private:
    TestFolders m_config;
};

void TestMainWindow::initTestCase()
{
    // Settings and data go to a folder of the test's own, never the user's.
    QVERIFY(m_config.isValid());
}

void TestMainWindow::loadsAFeedFileFromTheFileMenu_data()
{
    QTest::addColumn<QString>("path");
    const QString examples = QStringLiteral(CORDON_TEST_DATA_DIR "/feeds/");
    QTest::newRow("console.incident/v1 NDJSON") << examples + QStringLiteral("generic.ndjson");
    QTest::newRow("OCSF") << examples + QStringLiteral("ocsf-detection-findings.json");
    QTest::newRow("Red Canary") << examples + QStringLiteral("redcanary-detections.json");
}

void TestMainWindow::loadsAFeedFileFromTheFileMenu()
{
    QFETCH(QString, path);
    // A database of its own, so that every file's incidents are new to it.
    TestFolders own;
    QVERIFY(own.isValid());
    const cordon::core::FeedParseResult expected = cordon::core::FeedParser::parseFile(path);
    QVERIFY(!expected.incidents.isEmpty());

    cordon::gui::Console console(std::make_unique<cordon::core::MemorySecretStore>());
    MainWindow* window = console.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy loaded(window, &MainWindow::incidentsLoaded);
    auto* open = window->findChild<QAction*>(QStringLiteral("openFeedAction"));
    QVERIFY(open);
    cordon::gui::Dialogs::setNextFileName(path);
    open->trigger();
    QVERIFY(loaded.wait(10000));

    auto* table = namedChild<QTableView>(window, "incidentTableView");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), expected.incidents.size());
    // The first row is the most urgent of the feed, and it is selected.
    const auto urgency = [](const Incident& incident) {
        return std::tuple(IncidentTableModel::isOpen(incident.state), static_cast<int>(incident.severity),
                          incident.detectedAt.toMSecsSinceEpoch());
    };
    const Incident mostUrgent =
        *std::max_element(expected.incidents.cbegin(), expected.incidents.cend(),
                          [&urgency](const Incident& a, const Incident& b) { return urgency(a) < urgency(b); });
    QCOMPARE(urgency(*window->incidentModel()->incidentById(window->currentIncidentId())), urgency(mostUrgent));

    // Every incident with a user shows its raw string and parse when selected.
    auto* raw = namedChild<QLabel>(window, "detailUserRawLabel");
    auto* parse = namedChild<QLabel>(window, "detailUserParseLabel");
    QVERIFY(raw && parse);
    for (const Incident& incident : expected.incidents) {
        QVERIFY(window->selectIncident(incident.id));
        if (!incident.user.raw.isEmpty()) {
            QVERIFY2(raw->text().contains(incident.user.raw.toHtmlEscaped()), qPrintable(raw->text()));
        }
        if (!incident.user.username.isEmpty()) {
            QVERIFY2(parse->text().contains(incident.user.username.toHtmlEscaped()), qPrintable(parse->text()));
        }
    }
}

void TestMainWindow::listsIncidentsMostUrgentFirst()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    const QList<Incident> incidents = sampleIncidents();
    window.addIncidents(incidents);
    QVERIFY(loaded.wait());

    auto* table = namedChild<QTableView>(&window, "incidentTableView");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), incidents.size());
    // The critical open incident is on the first row and selected without a click.
    QCOMPARE(table->model()->index(0, 0).data(IncidentTableModel::IncidentIdRole).toString(),
             QStringLiteral("generic:test:1"));
    QCOMPARE(window.currentIncidentId(), QStringLiteral("generic:test:1"));
    QVERIFY(table->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
}

void TestMainWindow::filterDropsRows()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    window.addIncidents(sampleIncidents());
    QVERIFY(loaded.wait());
    auto* table = namedChild<QTableView>(&window, "incidentTableView");
    auto* filter = namedChild<QLineEdit>(&window, "filterLineEdit");
    QVERIFY(table && filter);
    const int all = table->model()->rowCount();

    QTest::keyClicks(filter, QStringLiteral("OSKAR"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::UserColumn).data().toString(), QStringLiteral("oskar"));
    QTest::keyClicks(filter, QStringLiteral("-nothing-matches"));
    QCOMPARE(table->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), all);
}

void TestMainWindow::selectionShowsRawUserAndParse()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    window.addIncidents(sampleIncidents());
    QVERIFY(loaded.wait());
    QSignalSpy selected(&window, &MainWindow::incidentSelected);
    QVERIFY(window.selectIncident(QStringLiteral("generic:test:4")));
    QCOMPARE(selected.count(), 1);
    QVERIFY(window.selectIncident(QStringLiteral("generic:test:1")));

    auto* raw = namedChild<QLabel>(&window, "detailUserRawLabel");
    auto* parse = namedChild<QLabel>(&window, "detailUserParseLabel");
    auto* link = namedChild<QLabel>(&window, "detailConsoleLinkLabel");
    QVERIFY(raw && parse && link);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->text().contains(QStringLiteral("AD_DOMAIN\\joren")));
    QVERIFY(parse->text().contains(QStringLiteral("AD_DOMAIN")));
    QVERIFY(parse->text().contains(QStringLiteral("joren")));
    QVERIFY(parse->text().contains(QStringLiteral("NetBIOS domain account")));
    QVERIFY(link->text().contains(QStringLiteral("https://console.example/incidents/1")));
    QVERIFY(link->openExternalLinks());
}

void TestMainWindow::keyboardMovesAndEnterFocusesDetail()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    window.addIncidents(sampleIncidents());
    QVERIFY(loaded.wait());
    auto* table = namedChild<QTableView>(&window, "incidentTableView");
    QVERIFY(table);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QString first = window.currentIncidentId();
    const QString second = table->model()->index(1, 0).data(IncidentTableModel::IncidentIdRole).toString();

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(window.currentIncidentId(), second);
    auto* title = namedChild<QLabel>(&window, "detailTitleLabel");
    QVERIFY(title);
    const Incident* shown = window.incidentModel()->incidentById(second);
    QVERIFY(shown);
    QVERIFY(title->text().contains(shown->title));
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(window.currentIncidentId(), first);

    QTest::keyClick(table, Qt::Key_Return);
    auto* detail = namedChild<QWidget>(&window, "incidentDetailPane");
    QVERIFY(detail);
    QTRY_VERIFY(detail->hasFocus());
}

void TestMainWindow::ctrlFFocusesFilter()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* filter = namedChild<QLineEdit>(&window, "filterLineEdit");
    QVERIFY(filter);
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

void TestMainWindow::countsShowInTheHeaderStrip()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    const QList<Incident> incidents = sampleIncidents();
    window.addIncidents(incidents);
    QVERIFY(loaded.wait());
    auto* counts = namedChild<QLabel>(&window, "stateCountsLabel");
    auto* urgent = namedChild<QLabel>(&window, "urgentCountLabel");
    QVERIFY(counts && urgent);
    const auto inState = [&incidents](Incident::State state) {
        return std::count_if(incidents.cbegin(), incidents.cend(),
                             [state](const Incident& incident) { return incident.state == state; });
    };
    QVERIFY(counts->text().contains(QStringLiteral("%1 new").arg(inState(Incident::State::New))));
    QVERIFY(counts->text().contains(QStringLiteral("%1 resolved").arg(inState(Incident::State::Resolved))));
    QVERIFY(urgent->text().contains(QStringLiteral("1 critical open")));
}

void TestMainWindow::rateLimitShowsInTheStatusBar()
{
    MainWindow window;
    auto* label = namedChild<QLabel>(&window, "rateLimitStatusLabel");
    QVERIFY(label);
    window.setRateLimit(QStringLiteral("users"), 575, 600);
    QVERIFY(label->text().contains(QStringLiteral("users 575/600")));
    window.setRateLimit(QStringLiteral("groups"), 10, 500);
    QVERIFY(label->text().contains(QStringLiteral("users 575/600")));
    QVERIFY(label->text().contains(QStringLiteral("groups 10/500")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
