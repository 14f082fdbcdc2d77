#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "gui/identity/CandidateComparisonView.h"
#include "gui/identity/IdentityPane.h"
#include "gui/incidents/MainWindow.h"
#include "identity/CandidateTableModel.h"
#include "okta/OktaClient.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using cordon::core::Database;
using cordon::core::IdentityLinkStore;
using cordon::core::Incident;
using cordon::core::OktaClient;
using cordon::gui::CandidateComparisonView;
using cordon::gui::MainWindow;
using cordon::test::SimProcess;

// The identity pane of the console window, connected to the simulator: selecting an incident shows its
// candidates; a system account shows its badge and asks Okta nothing.
class TestIdentityPane : public QObject
{
    Q_OBJECT

private slots:
    void selectingAnIncidentShowsItsCandidates();
};

void TestIdentityPane::selectingAnIncidentShowsItsCandidates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("cordon.sqlite"))));
    IdentityLinkStore links(database);
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    QNetworkAccessManager network;
    OktaClient client(&network);
    client.setOrgUrl(sim.baseUrl());
    client.setToken(SimProcess::demoToken().toUtf8());

    MainWindow window;
    window.identityPane()->setOkta(&client, &links);
    CandidateComparisonView* view = window.identityPane()->comparisonView();
    QVERIFY(view);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const Incident joren = IncidentBuilder(QStringLiteral("1"), QStringLiteral("generic"), QStringLiteral("pane"))
                               .host(QStringLiteral("kst-lt-0415"))
                               .user(QStringLiteral("AD_DOMAIN\\joren"));
    const Incident system = IncidentBuilder(QStringLiteral("2"), QStringLiteral("generic"), QStringLiteral("pane"))
                                .host(QStringLiteral("kst-srv-fs03"))
                                .user(QStringLiteral("NT AUTHORITY\\SYSTEM"));
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    window.addIncidents({joren, system});
    QVERIFY(loaded.wait(10000));

    QSignalSpy shown(view, &CandidateComparisonView::candidatesShown);
    QVERIFY(window.selectIncident(joren.id));
    QTRY_VERIFY_WITH_TIMEOUT(view->incidentId() == joren.id && !view->isLoading() && !shown.isEmpty(), 20000);
    auto* table = window.findChild<QTableView*>(QStringLiteral("candidateTableView"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(view->model()->candidateAt(1)->user.login, SimProcess::jorenLogin());

    QSignalSpy confirmed(window.identityPane(), &cordon::gui::IdentityPane::identityConfirmed);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rolesKnown(view->model()->candidateAt(1)->user.id), 20000);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().at(0).toString(), joren.id);

    const qsizetype before = sim.requests().size();
    QVERIFY(window.selectIncident(system.id));
    QTRY_COMPARE(view->incidentId(), system.id);
    auto* badge = window.findChild<QLabel*>(QStringLiteral("neverMatchedBadgeLabel"));
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().contains(QLatin1String("system account: never matched")));
    QVERIFY(!table->isVisible());
    QTest::qWait(300);
    QCOMPARE(sim.requests().size(), before);
}

QTEST_MAIN(TestIdentityPane)
#include "tst_identitypane.moc"
