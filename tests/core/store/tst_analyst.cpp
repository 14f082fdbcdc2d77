#include "store/AuditLog.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace cordon::core;

// The analyst an audit entry names is the account the process runs as, whatever its environment says:
// USER, USERNAME and LOGNAME are set by whoever starts the program.
class TestAnalyst : public QObject
{
    Q_OBJECT

private slots:
    void auditNamesTheAccountNotTheEnvironment();
};

void TestAnalyst::auditNamesTheAccountNotTheEnvironment()
{
#ifndef Q_OS_UNIX
    QSKIP("the account is read from the password database here");
#else
    const passwd* account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    const QString real = QString::fromLocal8Bit(account->pw_name);
    // The full name as the account database has it, before the office and phone fields.
    const QString fullName =
        QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(QLatin1Char(','), 0, 0).trimmed();
    QVERIFY(real != QLatin1String("mallory"));
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        qputenv(variable, "mallory");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    AuditLog log(db);
    AuditEntry entry;
    entry.oktaUserId = QStringLiteral("00u1abcd");
    entry.action = QStringLiteral("suspend");
    entry.outcome = QStringLiteral("done");
    QVERIFY(!log.append(entry).isEmpty());
    const QList<AuditEntry> entries = log.entries();
    QCOMPARE(entries.size(), 1);
    // The full name and the login, so that a reader of the log knows the person and can find the account.
    QCOMPARE(entries.first().analyst,
             fullName.isEmpty() || fullName == real ? real : QStringLiteral("%1 (%2)").arg(fullName, real));
    QVERIFY(!entries.first().analyst.contains(QLatin1String("mallory")));
#endif
}

QTEST_GUILESS_MAIN(TestAnalyst)
#include "tst_analyst.moc"
