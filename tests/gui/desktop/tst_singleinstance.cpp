#include "IncidentBuilder.h"
#include "TestFolders.h"
#include "feed/Incident.h"
#include "gui/desktop/IncidentLink.h"
#include "gui/desktop/LinkOpener.h"
#include "gui/desktop/SingleInstance.h"
#include "gui/incidents/MainWindow.h"

#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>

using cordon::gui::IncidentLink;
using cordon::gui::SingleInstance;

namespace
{

QString uniqueName()
{
    return QStringLiteral("cordon-test-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsItsArgumentsToTheFirst();
    void withoutARunningConsoleNothingIsForwarded();
    void aSocketLeftByACrashIsTakenOver();
    void namesDifferPerSettingsFolderAndForTheDemo();
    void linksAreParsedStrictly_data();
    void linksAreParsedStrictly();
    void aLinkRoundTrips();
    void aForwardedLinkSelectsItsIncident();
    void aLinkToAnIncidentStillLoadingWaitsForIt();
    void programForwardsALinkToTheRunningConsole();

private:
    TestFolders m_folder;
};

void TestSingleInstance::secondStartHandsItsArgumentsToTheFirst()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    // The second start blocks until the first acknowledges, so the first must answer from another thread's
    // event loop: here, the exchange runs from a queued call while this thread waits on the spy.
    std::atomic<bool> forwarded = false;
    const QStringList arguments{QStringLiteral("cordon://incident/ocsf%3Aacme%3Aalrt-731")};
    QTimer::singleShot(0, this, [&] {
        QThread* thread = QThread::create([&] {
            SingleInstance second(name);
            forwarded = second.forwardToRunning(arguments, 10000);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
    QVERIFY(received.wait(10000));
    QCOMPARE(received.first().first().toStringList(), arguments);
    QTRY_VERIFY_WITH_TIMEOUT(forwarded, 10000);
}

void TestSingleInstance::withoutARunningConsoleNothingIsForwarded()
{
    SingleInstance alone(uniqueName());
    QVERIFY(!alone.forwardToRunning({QStringLiteral("cordon://incident/x")}, 1000));
    QVERIFY(alone.listen());
    QVERIFY(alone.isListening());
}

void TestSingleInstance::aSocketLeftByACrashIsTakenOver()
{
#ifdef Q_OS_UNIX
    const QString name = uniqueName();
    // A crashed console leaves its socket file behind; a plain QLocalServer refuses to listen on it then.
    QLocalServer crashed;
    crashed.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY(crashed.listen(name));
    const QString path = crashed.fullServerName();
    crashed.close();
    QFile leftOver(path);
    QVERIFY(leftOver.open(QIODevice::WriteOnly));
    leftOver.close();
    QLocalServer plain;
    QVERIFY(!plain.listen(name));

    SingleInstance next(name);
    QVERIFY(!next.forwardToRunning({}, 1000));
    QVERIFY(next.listen());
#else
    QSKIP("Named pipes leave nothing behind");
#endif
}

void TestSingleInstance::namesDifferPerSettingsFolderAndForTheDemo()
{
    const QByteArray saved = qgetenv("CORDON_CONFIG_DIR");
    qputenv("CORDON_CONFIG_DIR", "/one");
    const QString one = SingleInstance::serverName(false);
    QCOMPARE(SingleInstance::serverName(false), one);
    QVERIFY(SingleInstance::serverName(true) != one);
    qputenv("CORDON_CONFIG_DIR", "/two");
    QVERIFY(SingleInstance::serverName(false) != one);
#ifdef Q_OS_UNIX
    // Another home folder (a test, a container) is another console.
    qputenv("CORDON_CONFIG_DIR", "/one");
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", "/elsewhere");
    QVERIFY(SingleInstance::serverName(false) != one);
    qputenv("HOME", home);
#endif
    qputenv("CORDON_CONFIG_DIR", saved);
    // Short enough for a Unix socket path, and no path separator in it.
    QVERIFY(one.size() < 40);
    QVERIFY(!one.contains(QLatin1Char('/')));
}

void TestSingleInstance::linksAreParsedStrictly_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("id"); // empty: refused

    QTest::newRow("plain") << "cordon://incident/alrt-731"
                           << "alrt-731";
    QTest::newRow("percent-encoded") << "cordon://incident/ocsf%3Aacme%3Aalrt-731"
                                     << "ocsf:acme:alrt-731";
    QTest::newRow("colons as they are") << "cordon://incident/ocsf:acme:alrt-731"
                                        << "ocsf:acme:alrt-731";
    QTest::newRow("encoded slash stays in the id") << "cordon://incident/a%2Fb"
                                                   << "a/b";
    QTest::newRow("scheme and host in capitals") << "CORDON://INCIDENT/x1"
                                                 << "x1";
    QTest::newRow("unicode") << "cordon://incident/J%C3%B6ren" << QStringLiteral("Jören");
    QTest::newRow("other scheme") << "https://incident/x1"
                                  << "";
    QTest::newRow("other host") << "cordon://settings/x1"
                                << "";
    QTest::newRow("no host") << "cordon:incident/x1"
                             << "";
    QTest::newRow("two segments") << "cordon://incident/x1/x2"
                                  << "";
    QTest::newRow("trailing slash") << "cordon://incident/x1/"
                                    << "";
    QTest::newRow("no segment") << "cordon://incident/"
                                << "";
    QTest::newRow("no path") << "cordon://incident"
                             << "";
    QTest::newRow("query") << "cordon://incident/x1?contain=yes"
                           << "";
    QTest::newRow("fragment") << "cordon://incident/x1#top"
                              << "";
    QTest::newRow("user") << "cordon://admin@incident/x1"
                          << "";
    QTest::newRow("port") << "cordon://incident:8080/x1"
                          << "";
    QTest::newRow("control character") << "cordon://incident/x%0A1"
                                       << "";
    QTest::newRow("invalid UTF-8") << "cordon://incident/x%FF"
                                   << "";
    QTest::newRow("raw space") << "cordon://incident/x 1"
                               << "";
    QTest::newRow("id too long") << QStringLiteral("cordon://incident/") + QString(257, QLatin1Char('a')) << "";
    QTest::newRow("id at the limit") << QStringLiteral("cordon://incident/") + QString(256, QLatin1Char('a'))
                                     << QString(256, QLatin1Char('a'));
    QTest::newRow("link too long") << QStringLiteral("cordon://incident/") + QString(3000, QLatin1Char('a')) << "";
}

void TestSingleInstance::linksAreParsedStrictly()
{
    QFETCH(QString, link);
    QFETCH(QString, id);
    QString error;
    const std::optional<QString> parsed = IncidentLink::parse(link, &error);
    if (id.isEmpty()) {
        QVERIFY2(!parsed, qPrintable(parsed.value_or(QString())));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, id);
    }
}

void TestSingleInstance::aLinkRoundTrips()
{
    for (const QString& id : {QStringLiteral("ocsf:acme:alrt-731"), QStringLiteral("a/b c"), QStringLiteral("Jören")}) {
        QCOMPARE(IncidentLink::parse(IncidentLink::make(id), nullptr).value_or(QString()), id);
    }
}

namespace
{

QList<cordon::core::Incident> threeIncidents()
{
    QList<cordon::core::Incident> incidents;
    for (const char* id : {"ocsf:acme:alrt-1", "ocsf:acme:alrt-2", "a/b c"}) {
        const QString incidentId = QString::fromUtf8(id);
        incidents << IncidentBuilder::withId(incidentId)
                         .title(QStringLiteral("Detection %1").arg(incidentId))
                         .host(QStringLiteral("LT-1"));
    }
    return incidents;
}

} // namespace

void TestSingleInstance::aForwardedLinkSelectsItsIncident()
{
    cordon::gui::MainWindow window;
    QSignalSpy loaded(&window, &cordon::gui::MainWindow::incidentsLoaded);
    window.addIncidents(threeIncidents());
    QVERIFY(loaded.wait(10000));
    window.showMinimized();
    cordon::gui::LinkOpener opener(&window);
    const QString name = uniqueName();
    SingleInstance running(name);
    QVERIFY(running.listen());
    connect(&running, &SingleInstance::argumentsReceived, &opener, [&opener](const QStringList& arguments) {
        opener.raise();
        opener.open(arguments);
    });

    // As a second start does: its arguments, from another process (here a thread), to the running console.
    const auto forward = [&name](const QStringList& arguments) {
        std::atomic<bool> done = false;
        QThread* thread = QThread::create([&] { done = SingleInstance(name).forwardToRunning(arguments, 10000); });
        thread->start();
        // This thread's event loop answers meanwhile.
        const bool finished = QTest::qWaitFor([thread] { return thread->isFinished(); }, 15000);
        thread->wait(); // bounded by the forward's own time-outs
        delete thread;
        return finished && done.load();
    };
    QVERIFY(forward({IncidentLink::make(QStringLiteral("a/b c"))}));
    QTRY_COMPARE(window.currentIncidentId(), QStringLiteral("a/b c"));
    QVERIFY(!window.isMinimized());
    QVERIFY(window.isVisible());

    QVERIFY(forward({QStringLiteral("cordon://incident/ocsf%3Aacme%3Aalrt-2")}));
    QTRY_COMPARE(window.currentIncidentId(), QStringLiteral("ocsf:acme:alrt-2"));

    // A link the running console refuses leaves the selection alone and says why.
    QVERIFY(forward({QStringLiteral("cordon://incident/x?contain=all")}));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Link refused")));
    QCOMPARE(window.currentIncidentId(), QStringLiteral("ocsf:acme:alrt-2"));
}

void TestSingleInstance::aLinkToAnIncidentStillLoadingWaitsForIt()
{
    cordon::gui::MainWindow window;
    cordon::gui::LinkOpener opener(&window);
    opener.open({QStringLiteral("--demo"), IncidentLink::make(QStringLiteral("ocsf:acme:alrt-2"))});
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("ocsf:acme:alrt-2")));
    QSignalSpy loaded(&window, &cordon::gui::MainWindow::incidentsLoaded);
    window.addIncidents(threeIncidents());
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE(window.currentIncidentId(), QStringLiteral("ocsf:acme:alrt-2"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

void TestSingleInstance::programForwardsALinkToTheRunningConsole()
{
    QVERIFY(m_folder.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CORDON_CONFIG_DIR"), m_folder.config());
    environment.insert(QStringLiteral("CORDON_DATA_DIR"), m_folder.data());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The first console runs the demo; a second start with a link hands it over and ends at once.
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(CORDON_GUI_PATH), {QStringLiteral("--demo")});
    QVERIFY(first.waitForStarted(10000));
    QVERIFY(first.waitForReadyRead(60000)); // the listening line: the console is up and listening

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(CORDON_GUI_PATH),
                 {QStringLiteral("--demo"), IncidentLink::make(QStringLiteral("ocsf:acme:alrt-731"))});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardOutput().isEmpty(), "the second start ran a demo of its own");
    QCOMPARE(first.state(), QProcess::Running);

    // A link that is not an incident link is refused with a message, and nothing is forwarded.
    QProcess refused;
    refused.setProcessEnvironment(environment);
    refused.start(QStringLiteral(CORDON_GUI_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("cordon://settings/token?value=x")});
    QVERIFY(refused.waitForFinished(30000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY(refused.readAllStandardError().contains("Link refused"));

    first.terminate();
    if (!first.waitForFinished(10000)) {
        first.kill();
        first.waitForFinished(10000);
    }
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
