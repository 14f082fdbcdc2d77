#include "TestFolders.h"
#include "playbooks/PlaybookStore.h"
#include "store/AppSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace cordon::core;

class TestPlaybookStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsWhenNothingStored();
    void saveAndLoad();
    void exportImportRoundTrip();
    void importRefusesAndKeepsWhatWasThere_data();
    void importRefusesAndKeepsWhatWasThere();
    void importTakesABareArray();
    void saveRefusesWhatValidateRefuses();
    void unreadableStoredPlaybooksFallBackToDefaults();

private:
    Playbook custom() const;

    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void TestPlaybookStore::init()
{
    m_dir = std::make_unique<TestFolders>();
    QVERIFY(m_dir->isValid());
    m_qsettings = m_dir->settings();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
}

void TestPlaybookStore::cleanup()
{
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

Playbook TestPlaybookStore::custom() const
{
    Playbook playbook;
    playbook.id = QStringLiteral("critical-auto");
    playbook.name = QStringLiteral("Contain critical Red Canary threats");
    playbook.trigger = Playbook::Trigger::ThreatIdentified;
    playbook.minimumSeverity = Incident::Severity::Critical;
    playbook.sources = {QStringLiteral("redcanary")};
    playbook.actions = {ContainmentAction{ContainmentAction::Kind::ClearSessions, {}}, Playbook::restrictAction()};
    playbook.mode = Playbook::Mode::Automatic;
    return playbook;
}

void TestPlaybookStore::defaultsWhenNothingStored()
{
    PlaybookStore store(m_settings.get());
    QString error;
    QCOMPARE(store.load(&error), Playbook::defaults());
    QVERIFY(error.isEmpty());
}

void TestPlaybookStore::saveAndLoad()
{
    const QList<Playbook> playbooks{custom(), Playbook::defaults().at(1)};
    {
        PlaybookStore store(m_settings.get());
        QString error;
        QVERIFY2(store.save(playbooks, &error), qPrintable(error));
    }
    m_qsettings->sync();
    // A fresh QSettings on the same file: what was saved survived the write.
    const std::unique_ptr<QSettings> reopened = m_dir->settings();
    AppSettings settings(reopened.get());
    QCOMPARE(PlaybookStore(&settings).load(), playbooks);
}

void TestPlaybookStore::exportImportRoundTrip()
{
    PlaybookStore store(m_settings.get());
    QVERIFY(store.save({custom()}));
    const QByteArray exported = store.exportJson();
    const QJsonObject document = QJsonDocument::fromJson(exported).object();
    QCOMPARE(document.value(QStringLiteral("playbooks")).toArray().size(), 1);
    QCOMPARE(document.value(QStringLiteral("playbooks")).toArray().at(0).toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("critical-auto")));

    QVERIFY(store.save(Playbook::defaults()));
    QString error;
    QVERIFY2(store.importJson(exported, &error), qPrintable(error));
    QCOMPARE(store.load(), QList<Playbook>{custom()});
}

void TestPlaybookStore::importRefusesAndKeepsWhatWasThere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    const QByteArray good = QJsonDocument(custom().toJson()).toJson(QJsonDocument::Compact);
    QTest::newRow("not json") << QByteArray("{\"playbooks\": [") << QStringLiteral("not JSON");
    QTest::newRow("wrong shape") << QByteArray(R"({"books": []})") << QStringLiteral("playbooks");
    QTest::newRow("empty") << QByteArray(R"({"playbooks": []})") << QStringLiteral("no playbooks");
    QTest::newRow("unknown action in the second")
        << QByteArray("{\"playbooks\": [" + good +
                      R"(, {"id":"b","name":"B","trigger":"manual","actions":["wipe-laptop"]}]})")
        << QStringLiteral("playbook 2");
    QTest::newRow("repeated id") << QByteArray("{\"playbooks\": [" + good + "," + good + "]}")
                                 << QStringLiteral("used twice");
}

void TestPlaybookStore::importRefusesAndKeepsWhatWasThere()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    PlaybookStore store(m_settings.get());
    const QList<Playbook> before{Playbook::defaults().at(0)};
    QVERIFY(store.save(before));

    QString error;
    QVERIFY(!store.importJson(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(store.load(), before);
}

void TestPlaybookStore::saveRefusesWhatValidateRefuses()
{
    PlaybookStore store(m_settings.get());
    const QList<Playbook> before{custom()};
    QVERIFY(store.save(before));

    // The second playbook breaks a rule of Playbook::validate: the store says which one, and why, in its words.
    Playbook nameless = Playbook::defaults().at(1);
    nameless.name.clear();
    QString error;
    QVERIFY(!store.save({custom(), nameless}, &error));
    QCOMPARE(error, QStringLiteral("playbook 2: %1").arg(nameless.describe(nameless.validate().first())));
    QCOMPARE(store.load(), before);

    // Each is valid alone; together they share an id.
    QVERIFY(!store.save({custom(), custom()}, &error));
    QVERIFY2(error.contains(QLatin1String("used twice")), qPrintable(error));
    QCOMPARE(store.load(), before);
}

void TestPlaybookStore::importTakesABareArray()
{
    PlaybookStore store(m_settings.get());
    const QByteArray json = QJsonDocument(QJsonArray{custom().toJson()}).toJson();
    QString error;
    QVERIFY2(store.importJson(json, &error), qPrintable(error));
    QCOMPARE(store.load(), QList<Playbook>{custom()});
}

void TestPlaybookStore::unreadableStoredPlaybooksFallBackToDefaults()
{
    QVERIFY(m_settings->setPlaybooks(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}));
    PlaybookStore store(m_settings.get());
    QString error;
    QCOMPARE(store.load(&error), Playbook::defaults());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlaybookStore)
#include "tst_playbookstore.moc"
