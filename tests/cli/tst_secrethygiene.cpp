#include "CordonCtl.h"
#include "SimProcess.h"
#include "gui/desktop/Dialogs.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AppSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/types.h>

using cordon::test::SimProcess;

// A canary token, unique to this run, goes through every flow that touches the Okta token: cordonctl login
// (the token on stdin), check, match, contain and release with the token from a real Secret Service, the
// settings dialog (typed, saved to the keychain), the demo, and processes killed with SIGSEGV and SIGABRT while
// they hold it. Afterwards no file under the home, config, data, cache and temp folders holds it, nor the
// keyring's own store in plain text, nor any log line (with Cordon's debug logging on), nor any process's
// arguments, and no core file was written. Runs in the keychain label, inside a private D-Bus session with an
// unlocked gnome-keyring (scripts/test.sh).

namespace
{

QStringList g_messages;
QMutex g_messagesMutex;

void keepMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    const QMutexLocker lock(&g_messagesMutex);
    g_messages << message;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How many times the pattern is in this process's writable memory, heap and stacks included.
int copiesInMemory(const QByteArray& pattern)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile memory(QStringLiteral("/proc/self/mem"));
    if (!maps.open(QIODevice::ReadOnly) || !memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return -1;
    }
    int copies = 0;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith("rw")) {
            continue;
        }
        const QList<QByteArray> range = fields.at(0).split('-');
        const qint64 start = range.value(0).toLongLong(nullptr, 16);
        const qint64 end = range.value(1).toLongLong(nullptr, 16);
        if (end <= start || end - start > qint64(1) << 30 || !memory.seek(start)) {
            continue;
        }
        const QByteArray bytes = memory.read(end - start);
        for (qsizetype at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) {
            ++copies;
        }
    }
    return copies;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void login();
    void check();
    void match();
    void contain();
    void release();
    void settingsDialog();
    void demo();
    void crash_data();
    void crash();
    void noFileHoldsTheCanary();
    void keyringStoreHoldsNoPlainCanary();
    void noLogHoldsTheCanary();
    void cleanupTestCase();

private:
    // Runs cordonctl against the simulator; checks its arguments and environment while it runs.
    int ctl(const QStringList& arguments, const QByteArray& input = {});
    // The canary in a process's arguments or environment, read from /proc while it runs; empty when clean.
    QString leakIn(qint64 pid) const;
    bool holdsCanary(const QByteArray& bytes) const;
    QString dir(const QString& name) const { return m_root.filePath(name); }

    QTemporaryDir m_root;   // the folders the programs may write to: every file in it is searched
    QTemporaryDir m_simDir; // the simulator's directory file, which names the canary as a valid token
    QByteArray m_canary;
    QProcessEnvironment m_env;
    std::unique_ptr<SimProcess> m_sim;
    QStringList m_keyringDirs;
    QByteArray m_logs; // everything the programs printed
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_root.isValid() && m_simDir.isValid());
    m_canary = "cnry" + QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
               QByteArray::number(QRandomGenerator::system()->generate64(), 16);

    // Where gnome-keyring keeps its store: the session's own home, not the programs'.
    const QString outerData = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share"));
    m_keyringDirs << outerData + QStringLiteral("/keyrings");

    for (const char* name : {"home", "config", "data", "cache", "tmp", "cordon-config", "cordon-data"}) {
        QVERIFY(QDir(m_root.path()).mkpath(QString::fromLatin1(name)));
    }
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), dir(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), dir(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("TMPDIR"), dir(QStringLiteral("tmp")));
    m_env.insert(QStringLiteral("CORDON_CONFIG_DIR"), dir(QStringLiteral("cordon-config")));
    m_env.insert(QStringLiteral("CORDON_DATA_DIR"), dir(QStringLiteral("cordon-data")));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cordon.*=true"));
    m_env.remove(QStringLiteral("OKTA_CLIENT_TOKEN"));
    m_env.remove(QStringLiteral("OKTA_CLIENT_ORGURL"));
    // This process too: the settings dialog's settings, and its own log lines.
    qputenv("CORDON_CONFIG_DIR", QFile::encodeName(dir(QStringLiteral("cordon-config"))));
    qputenv("CORDON_DATA_DIR", QFile::encodeName(dir(QStringLiteral("cordon-data"))));
    QLoggingCategory::setFilterRules(QStringLiteral("cordon.*=true"));
    qInstallMessageHandler(keepMessage);

    // The demo org, with the canary as a valid token of its org admin.
    QJsonObject org =
        QJsonDocument::fromJson(readAll(QStringLiteral(CORDON_SOURCE_DIR "/app/oktasim/demo/demo-org.json"))).object();
    QJsonObject tokens = org.value(QLatin1String("tokens")).toObject();
    QVERIFY(tokens.contains(SimProcess::demoToken()));
    tokens.insert(QString::fromLatin1(m_canary), tokens.value(SimProcess::demoToken()));
    org.insert(QStringLiteral("tokens"), tokens);
    QFile directory(m_simDir.filePath(QStringLiteral("org.json")));
    QVERIFY(directory.open(QIODevice::WriteOnly));
    directory.write(QJsonDocument(org).toJson());
    directory.close();

    // Its own loopback address, so that its keychain entry (account = the org's host) is this test's alone.
    m_sim = std::make_unique<SimProcess>();
    m_sim->process().setProcessChannelMode(QProcess::SeparateChannels);
    m_sim->process().setProcessEnvironment(m_env);
    QString error;
    QVERIFY2(m_sim->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.53:0"), QStringLiteral("--directory"),
                           directory.fileName()},
                          &error),
             qPrintable(error));
    const QString simLeak = leakIn(m_sim->process().processId());
    QVERIFY2(simLeak.isEmpty(), qPrintable(simLeak));
}

bool TestSecretHygiene::holdsCanary(const QByteArray& bytes) const
{
    const QString wide = QString::fromLatin1(m_canary);
    const QByteArray utf16(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2);
    return bytes.contains(m_canary) || bytes.contains(utf16);
}

QString TestSecretHygiene::leakIn(qint64 pid) const
{
    if (pid <= 0) {
        return {};
    }
    const QString proc = QStringLiteral("/proc/%1/").arg(pid);
    if (holdsCanary(readAll(proc + QStringLiteral("cmdline")))) {
        return QStringLiteral("the arguments of process %1 hold the token").arg(pid);
    }
    // Readable to the same user unless the process made itself undumpable, as Cordon's programs do.
    if (holdsCanary(readAll(proc + QStringLiteral("environ")))) {
        return QStringLiteral("the environment of process %1 holds the token").arg(pid);
    }
    return {};
}

int TestSecretHygiene::ctl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(dir(QStringLiteral("home")));
    process.start(QStringLiteral(CORDONCTL_PATH), QStringList{QStringLiteral("--org"), m_sim->baseUrl().toString(),
                                                              QStringLiteral("--allow-http-loopback")} +
                                                      arguments);
    if (!process.waitForStarted()) {
        qWarning("cannot start cordonctl");
        return -1;
    }
    const QString leak = leakIn(process.processId());
    if (!leak.isEmpty()) {
        qWarning("%s", qPrintable(leak));
        process.kill();
        process.waitForFinished();
        return -2;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    m_logs += out;
    if (process.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    if (process.exitCode() != 0) {
        qWarning("cordonctl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), out.constData());
    }
    return process.exitCode();
}

void TestSecretHygiene::login()
{
    QCOMPARE(ctl({QStringLiteral("login")}, m_canary + '\n'), 0);
}

void TestSecretHygiene::check()
{
    QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("check")}), 0);
}

void TestSecretHygiene::match()
{
    QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("match"), QStringLiteral("AD_DOMAIN\\joren")}), 0);
}

void TestSecretHygiene::contain()
{
    QCOMPARE(ctl({QStringLiteral("contain"), SimProcess::jorenLogin(), QStringLiteral("--action"),
                  QStringLiteral("clear-sessions"), QStringLiteral("--action"), QStringLiteral("suspend"),
                  QStringLiteral("--action"), QStringLiteral("add-group:Limited Data Access"),
                  QStringLiteral("--incident"), QStringLiteral("ocsf:hygiene:1"), QStringLiteral("--yes")}),
             0);
    QCOMPARE(m_sim->user(SimProcess::jorenLogin()).value(QLatin1String("status")).toString(),
             QStringLiteral("SUSPENDED"));
}

void TestSecretHygiene::release()
{
    QCOMPARE(ctl({QStringLiteral("release"), SimProcess::jorenLogin(), QStringLiteral("--action"),
                  QStringLiteral("unsuspend"), QStringLiteral("--action"),
                  QStringLiteral("remove-group:Limited Data Access"), QStringLiteral("--incident"),
                  QStringLiteral("ocsf:hygiene:1"), QStringLiteral("--yes")}),
             0);
    QCOMPARE(m_sim->user(SimProcess::jorenLogin()).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestSecretHygiene::settingsDialog()
{
    // The token typed into the dialog, saved to the same Secret Service cordonctl reads.
    QCOMPARE(ctl({QStringLiteral("logout")}), 0);
    QVERIFY(ctl({QStringLiteral("check")}) != 0);
    cordon::gui::Dialogs::reset();
    {
        cordon::core::KeychainSecretStore secrets;
        QNetworkAccessManager network;
        std::unique_ptr<QSettings> qsettings = cordon::core::AppSettings::open();
        cordon::core::AppSettings settings(qsettings.get());
        cordon::gui::SettingsDialog dialog(&settings, &secrets, &network);
        dialog.setAllowHttpLoopback(true);
        dialog.show();
        auto* org = dialog.findChild<QLineEdit*>(QStringLiteral("orgUrlLineEdit"));
        auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"));
        QVERIFY(org && token);
        org->clear();
        QTest::keyClicks(org, m_sim->baseUrl().toString());
        QTest::keyClicks(token, QString::fromLatin1(m_canary));
        QSignalSpy saved(&dialog, &cordon::gui::SettingsDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        // The field no longer holds it, nor its undo history.
        QVERIFY(token->text().isEmpty());
        QVERIFY(!token->isUndoAvailable());
        qsettings->sync();
    }
    QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("check")}), 0);
    // Cordon scrubs the buffers it owns; copies Qt made on the way (the line edit's text, key events, the
    // request's header) are freed without being overwritten. A figure, for the record.
    const QString wide = QString::fromLatin1(m_canary);
    qInfo("copies of the token left in this process's memory after the dialog: %d as UTF-8, %d as UTF-16",
          copiesInMemory(m_canary) - 1, // the test's own
          copiesInMemory(QByteArray(reinterpret_cast<const char*>(wide.utf16()), wide.size() * 2)) - 2);
}

void TestSecretHygiene::demo()
{
    QProcess cordon;
    QProcessEnvironment env = m_env;
    // Its own temporary folders, under TMPDIR, as a newcomer's demo would have them.
    env.remove(QStringLiteral("CORDON_CONFIG_DIR"));
    env.remove(QStringLiteral("CORDON_DATA_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cordon.setProcessEnvironment(env);
    cordon.setWorkingDirectory(dir(QStringLiteral("home")));
    cordon.start(QStringLiteral(CORDON_GUI_PATH), {QStringLiteral("--demo")});
    QVERIFY(cordon.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cordon.canReadLine(), 30000);
    QVERIFY(cordon.readLine().startsWith("cordon-okta-sim listening on"));
    const QString leak = leakIn(cordon.processId());
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    // Neither the demo's own token: it is held in memory only.
    QVERIFY(!readAll(QStringLiteral("/proc/%1/cmdline").arg(cordon.processId())).contains("demo-org-admin-token"));
    QTest::qWait(1000);
    cordon.terminate();
    if (!cordon.waitForFinished(10000)) {
        cordon.kill();
        cordon.waitForFinished();
    }
    m_logs += cordon.readAllStandardOutput() + cordon.readAllStandardError();
}

void TestSecretHygiene::crash_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("signal");
    QTest::newRow("cordonctl/SIGSEGV") << QStringLiteral(CORDONCTL_PATH) << SIGSEGV;
    QTest::newRow("cordonctl/SIGABRT") << QStringLiteral(CORDONCTL_PATH) << SIGABRT;
    QTest::newRow("cordon/SIGABRT") << QStringLiteral(CORDON_GUI_PATH) << SIGABRT;
}

void TestSecretHygiene::crash()
{
    QFETCH(QString, program);
    QFETCH(int, signal);
    const bool console = program == QLatin1String(CORDON_GUI_PATH);
    m_sim->reset();
    // The suspension's answer is held back, so cordonctl waits with the token in memory.
    QVERIFY(m_sim->setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:60000")}));

    QProcess process;
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir(QStringLiteral("home")));
    // Core files allowed from the start: only the program itself can turn them off.
    process.setChildProcessModifier([] {
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited);
    });
    if (console) {
        // The console with the org and the token from the keychain, as an analyst starts it.
        process.start(program, {});
    } else {
        process.start(program,
                      {QStringLiteral("--org"), m_sim->baseUrl().toString(), QStringLiteral("--allow-http-loopback"),
                       QStringLiteral("contain"), SimProcess::jorenLogin(), QStringLiteral("--action"),
                       QStringLiteral("suspend"), QStringLiteral("--yes")});
    }
    QVERIFY(process.waitForStarted());
    const qint64 pid = process.processId();
    if (console) {
        QTest::qWait(3000);
    } else {
        // The token has gone out with the suspension, whose answer has not come.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const QJsonValue& request : m_sim->requests()) {
                    if (request.toObject()
                            .value(QLatin1String("path"))
                            .toString()
                            .endsWith(QLatin1String("/lifecycle/suspend"))) {
                        return true;
                    }
                }
                return false;
            }(),
            30000);
    }
    QVERIFY(process.state() == QProcess::Running);
    const QString leak = leakIn(pid);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    // The program turned core dumps off for itself.
    static const QRegularExpression coreLimit(QStringLiteral("^Max core file size\\s+0\\s+0\\s"),
                                              QRegularExpression::MultilineOption);
    const QString limits = QString::fromLatin1(readAll(QStringLiteral("/proc/%1/limits").arg(pid)));
    QVERIFY2(coreLimit.match(limits).hasMatch(), qPrintable(limits));

    QCOMPARE(::kill(pid_t(pid), signal), 0);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    m_logs += process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY(m_sim->setFaults({}));
    if (!console) {
        // The journal still knows the suspension, and resume settles it from Okta's state.
        QCOMPARE(ctl({QStringLiteral("journal"), QStringLiteral("resume")}), 0);
    }
}

void TestSecretHygiene::noFileHoldsTheCanary()
{
    int files = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(!QFileInfo(path).fileName().startsWith(QLatin1String("core")), qPrintable(path));
        const QByteArray bytes = readAll(path);
        QVERIFY2(!holdsCanary(bytes), qPrintable(path));
        // Nor the demo's token, which lives in the demo's memory only.
        QVERIFY2(!bytes.contains(SimProcess::demoToken().toUtf8()), qPrintable(path));
    }
    // The flows did write here: the settings, the database with its journal and audit log.
    QVERIFY2(files >= 2, qPrintable(QString::number(files)));
    QVERIFY(QFileInfo::exists(dir(QStringLiteral("cordon-data"))));
}

void TestSecretHygiene::keyringStoreHoldsNoPlainCanary()
{
    int files = 0;
    for (const QString& folder : std::as_const(m_keyringDirs)) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(!holdsCanary(readAll(path)), qPrintable(path));
        }
    }
    qInfo("keyring files searched: %d", files);
}

void TestSecretHygiene::noLogHoldsTheCanary()
{
    m_logs += m_sim->process().readAllStandardError() + m_sim->process().readAllStandardOutput();
    QVERIFY(!m_logs.isEmpty());
    QVERIFY2(!holdsCanary(m_logs), "a program printed the token");
    const QMutexLocker lock(&g_messagesMutex);
    QVERIFY(!holdsCanary(g_messages.join(QLatin1Char('\n')).toUtf8()));
}

void TestSecretHygiene::cleanupTestCase()
{
    if (m_sim) {
        ctl({QStringLiteral("logout")});
    }
    qInstallMessageHandler(nullptr);
}

QTEST_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
