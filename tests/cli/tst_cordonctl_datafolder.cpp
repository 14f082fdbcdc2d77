#include "CordonCtl.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using cordon::core::AuditEntry;
using cordon::core::AuditLog;
using cordon::core::Database;
using cordon::core::Journal;
using cordon::core::JournalEntry;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;

// cordonctl started where the console and an earlier cordonctl each kept a database of their own: it takes both
// over, loses no unfinished journal entry and keeps every audit chain verifiable.
class TestCordonCtlDataFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bothEarlierDatabasesAreTakenOver();
    void theConsolesAloneBecomesTheSharedOne();

private:
    // An earlier program's database with one unfinished entry and `auditEntries` audit entries; its head hash.
    static QString writeLegacy(const QString& path, const QString& runId, const QString& userId, int auditEntries);
    CtlRun run(const QStringList& arguments) const;
    QString share() const { return m_home.filePath(QStringLiteral("share")); }
    QString data() const { return QDir(share()).filePath(QStringLiteral("Cordon")); }
    static int mode(const QString& path);

    QTemporaryDir m_home;
};

void TestCordonCtlDataFolder::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("XDG_DATA_HOME moves the generic data location on Linux only");
#endif
    QVERIFY(m_home.isValid());
}

int TestCordonCtlDataFolder::mode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
#else
    Q_UNUSED(path)
    return 0;
#endif
}

QString
TestCordonCtlDataFolder::writeLegacy(const QString& path, const QString& runId, const QString& userId, int auditEntries)
{
    Database database;
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !database.open(path, &error)) {
        qWarning() << error;
        return {};
    }
    JournalEntry entry;
    entry.runId = runId;
    entry.incidentId = QStringLiteral("ocsf:test:takeover");
    entry.oktaUserId = userId;
    entry.action = QStringLiteral("suspend");
    if (Journal(database).beginAll({entry}, Journal::Sent).size() != 1) {
        return {};
    }
    AuditLog log(database);
    for (int n = 0; n < auditEntries; ++n) {
        AuditEntry audit;
        audit.oktaUserId = userId;
        audit.action = QStringLiteral("clear-sessions");
        audit.outcome = QStringLiteral("done");
        audit.detail = runId;
        if (log.append(audit).isEmpty()) {
            return {};
        }
    }
    const auto verified = log.verify();
    return verified.ok ? verified.headHash : QString();
}

CtlRun TestCordonCtlDataFolder::run(const QStringList& arguments) const
{
    CordonCtl ctl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QProcessEnvironment env = ctl.environment();
    env.remove(QStringLiteral("CORDON_DATA_DIR"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), share());
    QProcess process;
    process.setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    // Whatever the umask, nothing Cordon writes is readable by others.
    const mode_t previous = ::umask(0);
#endif
    process.start(QStringLiteral(CORDONCTL_PATH), arguments);
    const bool started = process.waitForStarted();
#ifdef Q_OS_UNIX
    ::umask(previous);
#endif
    CtlRun result;
    if (!started || !process.waitForFinished(60000)) {
        result.err = "did not run";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCordonCtlDataFolder::bothEarlierDatabasesAreTakenOver()
{
    const QString console = QDir(data()).filePath(QStringLiteral("Cordon/cordon.sqlite"));
    const QString cordonctl = QDir(data()).filePath(QStringLiteral("cordonctl/cordon.sqlite"));
    QVERIFY(!writeLegacy(console, QStringLiteral("console-run"), QStringLiteral("00uconsole"), 2).isEmpty());
    const QString cordonctlHead =
        writeLegacy(cordonctl, QStringLiteral("cordonctl-run"), QStringLiteral("00ucordonctl"), 3);
    QVERIFY(!cordonctlHead.isEmpty());

    const CtlRun journal = run({QStringLiteral("--json"), QStringLiteral("journal")});
    QVERIFY2(journal.exitCode == 0, journal.err.constData());
    // The unfinished entries of both: what journal resume needs after a crash of either program.
    QSet<QString> runs;
    for (const QJsonValue& value : journal.json().object().value(QStringLiteral("unfinished")).toArray()) {
        runs.insert(value.toObject().value(QStringLiteral("run")).toString());
    }
    QCOMPARE(runs, (QSet<QString>{QStringLiteral("console-run"), QStringLiteral("cordonctl-run")}));

    // The console's database was moved whole to become the shared one; cordonctl's is kept whole, read-only.
    const QString live = QDir(data()).filePath(QStringLiteral("cordon.sqlite"));
    const QString retired = QDir(data()).filePath(QStringLiteral("retired/cordonctl.sqlite"));
    QVERIFY(QFileInfo::exists(live));
    QVERIFY(!QFileInfo::exists(console));
    QVERIFY(!QFileInfo::exists(cordonctl));
    QVERIFY(QFileInfo::exists(retired));
    QCOMPARE(mode(retired), 0400);
    {
        // Its chain verifies as it was written; a copy is opened, since the kept file is read-only.
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("cordon.sqlite"));
        QVERIFY(QFile::copy(retired, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Database database;
        QVERIFY(database.open(copy));
        const auto verified = AuditLog(database).verify();
        QVERIFY(verified.ok);
        QCOMPARE(verified.checked, 3);
        QCOMPARE(verified.headHash, cordonctlHead);
    }

    // The shared log goes on from the console's chain and names the retired one with its head.
    const QJsonArray audit =
        run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}).json().array();
    QCOMPARE(audit.size(), 4);
    const QString takeover = audit.at(3).toObject().value(QStringLiteral("detail")).toString();
    QCOMPARE(audit.at(3).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("database-takeover"));
    QVERIFY2(takeover.contains(cordonctlHead) && takeover.contains(QStringLiteral("retired")), qPrintable(takeover));
    // The chain holds across the takeover. Nothing has sealed it yet (no run has written with the key), so
    // verify vouches for no more than the chain and exits 1.
    const QJsonObject verified =
        run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}).json().object();
    QVERIFY2(verified.value(QStringLiteral("ok")).toBool(),
             qPrintable(verified.value(QStringLiteral("reason")).toString()));
    QCOMPARE(verified.value(QStringLiteral("checked")).toInt(), 4);
    QCOMPARE(verified.value(QStringLiteral("sealed")).toBool(), false);

    // The folder and everything in it are the user's alone.
    QCOMPARE(mode(data()), 0700);
    QDirIterator it(data(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2((mode(path) & 077) == 0, qPrintable(QStringLiteral("%1 is %2").arg(path).arg(mode(path), 0, 8)));
    }

    // A second start takes nothing over twice.
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("journal")})
                 .json()
                 .object()
                 .value(QStringLiteral("unfinished"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}).json().array().size(),
             4);
}

void TestCordonCtlDataFolder::theConsolesAloneBecomesTheSharedOne()
{
    QDir(data()).removeRecursively();
    const QString console = QDir(data()).filePath(QStringLiteral("Cordon/cordon.sqlite"));
    const QString head = writeLegacy(console, QStringLiteral("console-run"), QStringLiteral("00uconsole"), 2);
    QVERIFY(!head.isEmpty());

    const CtlRun journal = run({QStringLiteral("--json"), QStringLiteral("journal")});
    QVERIFY2(journal.exitCode == 0, journal.err.constData());
    QCOMPARE(journal.json().object().value(QStringLiteral("unfinished")).toArray().size(), 1);
    QVERIFY(!QFileInfo::exists(console));
    QVERIFY(!QFileInfo::exists(QDir(data()).filePath(QStringLiteral("retired"))));
    const QJsonArray audit =
        run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}).json().array();
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(1).toObject().value(QStringLiteral("hash")).toString(), head);
    // The chain holds across the takeover. Nothing has sealed it yet (no run has written with the key), so
    // verify vouches for no more than the chain and exits 1.
    const QJsonObject verified =
        run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}).json().object();
    QVERIFY2(verified.value(QStringLiteral("ok")).toBool(),
             qPrintable(verified.value(QStringLiteral("reason")).toString()));
    QCOMPARE(verified.value(QStringLiteral("checked")).toInt(), 3);
    QCOMPARE(verified.value(QStringLiteral("sealed")).toBool(), false);
    QCOMPARE(mode(QDir(data()).filePath(QStringLiteral("cordon.sqlite"))), 0600);
}

QTEST_GUILESS_MAIN(TestCordonCtlDataFolder)
#include "tst_cordonctl_datafolder.moc"
