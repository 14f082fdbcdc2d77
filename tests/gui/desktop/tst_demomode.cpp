#include "CordonVersion.h"
#include "TestFolders.h"
#include "gui/Console.h"
#include "gui/desktop/DemoMode.h"
#include "gui/incidents/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using cordon::gui::DemoMode;
using cordon::gui::MainWindow;

namespace
{

QJsonDocument getJson(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        return {};
    }
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

} // namespace

class TestDemoMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoShowsBannerIncidentsAndTheSimulatedOrg();
    void programPrintsTheListeningLineFirst();
    void programAnswersVersionAndHelp_data();
    void programAnswersVersionAndHelp();

private:
    TestFolders m_folder;
};

void TestDemoMode::initTestCase()
{
    Q_INIT_RESOURCE(cordon);
    QVERIFY(m_folder.isValid());
}

void TestDemoMode::demoShowsBannerIncidentsAndTheSimulatedOrg()
{
    DemoMode demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QUrl base = demo.baseUrl();
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));

    cordon::gui::Console console(std::make_unique<cordon::core::MemorySecretStore>());
    MainWindow* window = console.window();
    QSignalSpy loaded(window, &MainWindow::incidentsLoaded);
    QSignalSpy connected(&console, &cordon::gui::Console::connectionChecked);
    console.startDemo(base);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto* banner = window->findChild<QLabel*>(QStringLiteral("demoBannerLabel"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("DEMO")));

    QVERIFY(loaded.wait(10000));
    auto* table = window->findChild<QTableView*>(QStringLiteral("incidentTableView"));
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(!window->currentIncidentId().isEmpty());

    // The console talked to the in-process simulator, as the service account, over loopback.
    QVERIFY(connected.count() > 0 || connected.wait(10000));
    QCOMPARE(connected.last().at(0).toBool(), true);
    auto* connection = window->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
    QVERIFY(connection);
    QVERIFY2(connection->text().contains(QStringLiteral("svc-cordon@example.com")), qPrintable(connection->text()));

    QNetworkAccessManager network;
    QUrl requestsUrl = base;
    requestsUrl.setPath(QStringLiteral("/__sim/requests"));
    const QJsonArray requests = getJson(network, requestsUrl).array();
    const bool askedWhoAmI = std::any_of(requests.cbegin(), requests.cend(), [](const QJsonValue& request) {
        return request.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/api/v1/users/me");
    });
    QVERIFY(askedWhoAmI);
}

void TestDemoMode::programPrintsTheListeningLineFirst()
{
    QProcess cordon;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CORDON_CONFIG_DIR"));
    environment.remove(QStringLiteral("CORDON_DATA_DIR"));
    cordon.setProcessEnvironment(environment);
    cordon.start(QStringLiteral(CORDON_GUI_PATH), {QStringLiteral("--demo")});
    QVERIFY(cordon.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cordon.canReadLine(), 20000);
    const QString line = QString::fromUtf8(cordon.readLine()).trimmed();
    const QRegularExpression expected(QStringLiteral("^cordon-okta-sim listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = expected.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    // The demo's org answers while the console runs.
    QNetworkAccessManager network;
    const QJsonDocument users =
        getJson(network, QUrl(match.captured(1) + QStringLiteral("/__sim/users/svc-cordon@example.com")));
    QCOMPARE(users.object().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    cordon.terminate();
    if (!cordon.waitForFinished(5000)) {
        cordon.kill();
        cordon.waitForFinished();
    }
}

void TestDemoMode::programAnswersVersionAndHelp_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("--version") << QStringLiteral(CORDON_VERSION_STRING);
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--demo");
}

void TestDemoMode::programAnswersVersionAndHelp()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess cordon;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cordon.setProcessEnvironment(environment);
    cordon.start(QStringLiteral(CORDON_GUI_PATH), {option});
    QVERIFY(cordon.waitForFinished(20000));
    QCOMPARE(cordon.exitCode(), 0);
    const QString output = QString::fromUtf8(cordon.readAllStandardOutput());
    QVERIFY2(output.contains(expected), qPrintable(output));
    // The hidden picture-taking options stay out of the help.
    QVERIFY(!output.contains(QStringLiteral("--screenshot")));
}

QTEST_MAIN(TestDemoMode)
#include "tst_demomode.moc"
