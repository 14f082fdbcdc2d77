#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretAccounts.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <optional>

using namespace cordon::core;

namespace
{

// The child process that runs without a session bus sets this.
const char kChildVariable[] = "CORDON_TST_KEYCHAIN_NO_BUS_CHILD";
const QByteArray kChildSecret = "child-secret-7f3a9c";

QString statusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("Ok");
    case SecretResult::Status::NotFound:
        return QStringLiteral("NotFound");
    case SecretResult::Status::NoBackend:
        return QStringLiteral("NoBackend");
    case SecretResult::Status::AccessDenied:
        return QStringLiteral("AccessDenied");
    case SecretResult::Status::Other:
        return QStringLiteral("Other");
    }
    return {};
}

// Runs in the child: one write and one read without a session bus, each reported on a line of
// stdout as "<call> <status> <message>".
int runChild()
{
    KeychainSecretStore store(QStringLiteral("Cordon.test"));
    QObject ctx;
    QTextStream out(stdout);
    const QString account = SecretAccounts::feedKey(QStringLiteral("no-bus"));
    QTimer::singleShot(60'000, &ctx, [] { QCoreApplication::exit(3); });
    store.write(account, kChildSecret, &ctx, [&](const SecretResult& written) {
        out << "write " << statusName(written.status) << ' ' << written.message << Qt::endl;
        store.read(account, &ctx, [&](const SecretResult& read) {
            out << "read " << statusName(read.status) << ' ' << read.message << Qt::endl;
            QCoreApplication::exit(0);
        });
    });
    return QCoreApplication::exec();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void storeReadReplaceDelete();
    void binarySecret();
    void withoutSessionBus();

private:
    SecretResult wait(const std::function<void(SecretStoreInterface::Callback)>& call);
    KeychainSecretStore m_store{QStringLiteral("Cordon.test")};
};

SecretResult TestKeychain::wait(const std::function<void(SecretStoreInterface::Callback)>& call)
{
    std::optional<SecretResult> result;
    call([&result](SecretResult r) { result = std::move(r); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000); }();
    return result.value_or(SecretResult{});
}

void TestKeychain::storeReadReplaceDelete()
{
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral("Cordon"));
    QCOMPARE(m_store.backendName(), QStringLiteral("Secret Service"));
    const QString account = SecretAccounts::feedKey(QUuid::createUuid().toString(QUuid::WithoutBraces));

    const SecretResult written = wait([&](auto cb) { m_store.write(account, "first-token", this, cb); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    SecretResult read = wait([&](auto cb) { m_store.read(account, this, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, QByteArray("first-token"));

    QVERIFY(wait([&](auto cb) { m_store.write(account, "second-token", this, cb); }).ok());
    read = wait([&](auto cb) { m_store.read(account, this, cb); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QByteArray("second-token"));

    const SecretResult removed = wait([&](auto cb) { m_store.remove(account, this, cb); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    read = wait([&](auto cb) { m_store.read(account, this, cb); });
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(read.message.contains(account));
    QVERIFY(read.message.contains(m_store.backendName()));

    // Removing what is not there leaves nothing behind either, which is all logout needs.
    const SecretResult again = wait([&](auto cb) { m_store.remove(account, this, cb); });
    QVERIFY2(again.ok(), qPrintable(again.message));
}

void TestKeychain::binarySecret()
{
    const QString account = SecretAccounts::oktaToken(
        QUrl(QStringLiteral("https://tst-%1.okta.com").arg(QUuid::createUuid().toString(QUuid::Id128))));
    QByteArray secret("\x00\x01\xff\xfe token\n", 12);
    QVERIFY(wait([&](auto cb) { m_store.write(account, secret, this, cb); }).ok());
    const SecretResult read = wait([&](auto cb) { m_store.read(account, this, cb); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, secret);
    QVERIFY(wait([&](auto cb) { m_store.remove(account, this, cb); }).ok());
}

void TestKeychain::withoutSessionBus()
{
    QTemporaryDir home;
    QTemporaryDir runtime;
    QVERIFY(home.isValid() && runtime.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME",
                             "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        env.remove(QLatin1String(name));
    }
    env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(90'000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));

    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        QVERIFY2(parts.size() > 3, qPrintable(line));
        QVERIFY2(parts[1] == QLatin1String("NoBackend") || parts[1] == QLatin1String("Other"), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Secret Service")), qPrintable(line));
    }

    // Nothing fell back to a file: the secret is nowhere under the child's home or runtime folder.
    for (const QString& root : {home.path(), runtime.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kChildSecret), qPrintable(file.fileName()));
        }
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        return runChild();
    }
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
