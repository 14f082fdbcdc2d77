#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace cordon::core;

// Where Cordon keeps its state by default: one folder for the console and cordonctl, the user's alone.
class TestDataFolder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneDatabaseForBothPrograms();
    void privateWhateverTheUmask();
    void chosenFolderIsCreatedPrivate();

private:
    static int mode(const QString& path);

    QTemporaryDir* m_home = nullptr;
    QByteArray m_dataDir;
};

int TestDataFolder::mode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 07777);
#else
    Q_UNUSED(path)
    return 0;
#endif
}

void TestDataFolder::init()
{
    m_home = new QTemporaryDir;
    QVERIFY(m_home->isValid());
    m_dataDir = qgetenv("CORDON_DATA_DIR");
    qunsetenv("CORDON_DATA_DIR");
    // The generic data location on Linux; the test never touches the user's own.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("share"))));
}

void TestDataFolder::cleanup()
{
    if (!m_dataDir.isEmpty()) {
        qputenv("CORDON_DATA_DIR", m_dataDir);
    }
    qunsetenv("XDG_DATA_HOME");
    delete m_home;
    m_home = nullptr;
}

void TestDataFolder::oneDatabaseForBothPrograms()
{
#ifndef Q_OS_LINUX
    QSKIP("XDG_DATA_HOME moves the generic data location on Linux only");
#endif
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("Cordon"));
    QCoreApplication::setApplicationName(QStringLiteral("Cordon"));
    const QString console = Database::defaultPath();
    QCoreApplication::setApplicationName(QStringLiteral("cordonctl"));
    const QString cordonctl = Database::defaultPath();
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);

    QCOMPARE(console, cordonctl);
    QCOMPARE(console, m_home->filePath(QStringLiteral("share/Cordon/cordon.sqlite")));
}

void TestDataFolder::privateWhateverTheUmask()
{
#ifndef Q_OS_LINUX
    QSKIP("the modes are POSIX; on Windows the profile's access control list applies");
#else
    const mode_t previous = ::umask(0);
    {
        Database database;
        QString error;
        QVERIFY2(database.open(Database::defaultPath(), &error), qPrintable(error));
        AuditLog log(database);
        AuditEntry entry;
        entry.action = QStringLiteral("suspend");
        entry.outcome = QStringLiteral("done");
        QVERIFY(!log.append(entry).isEmpty());

        const QString folder = QFileInfo(database.path()).absolutePath();
        QCOMPARE(mode(folder), 0700);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString file = database.path() + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(mode(file), 0600);
        }
    }
    ::umask(previous);
#endif
}

void TestDataFolder::chosenFolderIsCreatedPrivate()
{
#ifndef Q_OS_LINUX
    QSKIP("the modes are POSIX; on Windows the profile's access control list applies");
#else
    const QString chosen = m_home->filePath(QStringLiteral("chosen/data"));
    qputenv("CORDON_DATA_DIR", QFile::encodeName(chosen));
    const mode_t previous = ::umask(0);
    {
        Database database;
        QString error;
        QVERIFY2(database.open(Database::defaultPath(), &error), qPrintable(error));
        QCOMPARE(database.path(), QDir(chosen).filePath(QStringLiteral("cordon.sqlite")));
        QCOMPARE(mode(chosen), 0700);
        QCOMPARE(mode(database.path()), 0600);
    }
    ::umask(previous);
    qunsetenv("CORDON_DATA_DIR");
#endif
}

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
