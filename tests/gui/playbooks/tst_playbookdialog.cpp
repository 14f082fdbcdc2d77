#include "LoopbackServer.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/CredentialCapabilities.h"
#include "gui/desktop/Dialogs.h"
#include "gui/playbooks/PlaybookDialog.h"
#include "playbooks/PlaybookStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <optional>

using cordon::core::AppSettings;
using cordon::core::ContainmentAction;
using cordon::core::Incident;
using cordon::core::Playbook;
using cordon::core::PlaybookStore;
using cordon::gui::Dialogs;
using cordon::gui::PlaybookDialog;
using cordon::test::LoopbackServer;

namespace
{

const QString kWebhookUrl = QStringLiteral("https://hooks.example.com/services/T000/B000/secretpart");

// A chat webhook on loopback that answers every POST to /services/hook with the status it is given, and any
// other request with 404.
class WebhookReceiver : public LoopbackServer
{
public:
    explicit WebhookReceiver(int status = 200)
    {
        setHandler([status](const Request& request) {
            const bool hook = request.method == "POST" && request.path() == "/services/hook";
            return Answer::plain(hook ? status : 404);
        });
    }

    QString url() const { return LoopbackServer::url(QStringLiteral("/services/hook")).toString(); }
    // What was posted to the hook.
    QList<Request> posts() const
    {
        QList<Request> posts;
        for (const Request& request : requests()) {
            if (request.method == "POST" && request.path() == "/services/hook") {
                posts.append(request);
            }
        }
        return posts;
    }
};

} // namespace

class TestPlaybookDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithTheStoredPlaybooksWithoutBlocking();
    void everyControlIsNamed();
    void editedPlaybookIsSavedAndReloaded();
    void invalidPlaybooksAreRefusedWithAReason_data();
    void invalidPlaybooksAreRefusedWithAReason();
    void addDuplicateAndRemove();
    void exportThenImportRoundTrips();
    void brokenImportChangesNothing_data();
    void brokenImportChangesNothing();
    void restoreDefaultsReplacesTheList();
    void webhookUrlGoesToTheKeychainOnly();
    void plainHttpWebhookIsRefused();
    void testNotificationReachesTheWebhook();
    void failedTestNotificationSaysWhy();
    void credentialActionsAreOfferedAndKept();
    void screenshot();

private:
    std::unique_ptr<PlaybookDialog> makeDialog();
    template <typename T> T* child(const char* name) const;
    void selectRow(int row);
    void typeInto(const char* name, const QString& text);
    bool clickSave();
    // Opens the dialog with http to loopback allowed and the URL typed.
    void openWithTypedWebhook(const QString& url);
    // Clicks "Send a test": delivered or not; nothing when no answer came.
    std::optional<bool> sendTest();
    QByteArray settingsFile();

    TestFolders m_folder;
    QNetworkAccessManager m_network;
    std::unique_ptr<cordon::core::MemorySecretStore> m_secrets;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<PlaybookDialog> m_dialog;
};

void TestPlaybookDialog::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestPlaybookDialog::init()
{
    m_secrets = std::make_unique<cordon::core::MemorySecretStore>();
    m_qsettings = AppSettings::open();
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    Dialogs::reset();
}

void TestPlaybookDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_secrets.reset();
}

std::unique_ptr<PlaybookDialog> TestPlaybookDialog::makeDialog()
{
    auto dialog = std::make_unique<PlaybookDialog>(m_settings.get(), m_secrets.get(), &m_network);
    dialog->open();
    return dialog;
}

template <typename T> T* TestPlaybookDialog::child(const char* name) const
{
    T* found = m_dialog->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void TestPlaybookDialog::selectRow(int row)
{
    auto* table = child<QTableView>("playbooksTableView");
    QVERIFY(table);
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestPlaybookDialog::typeInto(const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Backspace);
    } else {
        QTest::keyClicks(edit, text);
    }
}

// Clicks Save and waits until the dialog has closed; false when it stayed open.
bool TestPlaybookDialog::clickSave()
{
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    return QTest::qWaitFor([this] { return !m_dialog->isVisible(); }, 5000) && m_dialog->result() == QDialog::Accepted;
}

void TestPlaybookDialog::openWithTypedWebhook(const QString& url)
{
    m_dialog = makeDialog();
    m_dialog->setAllowHttpLoopback(true);
    typeInto("webhookUrlLineEdit", url);
}

std::optional<bool> TestPlaybookDialog::sendTest()
{
    QSignalSpy tested(m_dialog.get(), &PlaybookDialog::webhookTested);
    QTest::mouseClick(child<QPushButton>("testWebhookButton"), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(15000)) {
        return std::nullopt;
    }
    return tested.first().at(0).toBool();
}

QByteArray TestPlaybookDialog::settingsFile()
{
    m_qsettings->sync();
    QFile file(m_qsettings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPlaybookDialog::opensWithTheStoredPlaybooksWithoutBlocking()
{
    // Nothing stored: the defaults.
    m_dialog = makeDialog();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->playbooks(), Playbook::defaults());
    QCOMPARE(child<QLineEdit>("playbookNameLineEdit")->text(), QStringLiteral("Contain"));
    m_dialog.reset();

    QList<Playbook> stored = Playbook::defaults();
    stored[0].name = QStringLiteral("Contain at once");
    stored[0].mode = Playbook::Mode::Automatic;
    QVERIFY(PlaybookStore(m_settings.get()).save(stored));
    auto* dialog = new PlaybookDialog(m_settings.get(), m_secrets.get(), &m_network);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<PlaybookDialog> guard(dialog);
    dialog->open();
    QCOMPARE(dialog->playbooks(), stored);
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("automaticRadioButton"))->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(PlaybookStore(m_settings.get()).load(), stored);
}

void TestPlaybookDialog::everyControlIsNamed()
{
    m_dialog = makeDialog();
    const auto insideComposite = [this](QWidget* widget) {
        for (QWidget* parent = widget->parentWidget(); parent && parent != m_dialog.get();
             parent = parent->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea*>(parent) || qobject_cast<QComboBox*>(parent)) {
                return true;
            }
        }
        return false;
    };
    int controls = 0;
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        if (!interactive || insideComposite(widget)) {
            continue;
        }
        ++controls;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(controls >= 25);
    QCOMPARE(child<QLineEdit>("webhookUrlLineEdit")->echoMode(), QLineEdit::Password);
}

void TestPlaybookDialog::editedPlaybookIsSavedAndReloaded()
{
    m_dialog = makeDialog();
    selectRow(0);
    typeInto("playbookNameLineEdit", QStringLiteral("Contain high"));
    auto* severity = child<QComboBox>("minimumSeverityComboBox");
    severity->setCurrentIndex(severity->findData(int(Incident::Severity::High)));
    auto* sources = child<QListWidget>("sourcesListWidget");
    QCOMPARE(sources->count(), Playbook::knownSourceKinds().size());
    sources->item(int(Playbook::knownSourceKinds().indexOf(QStringLiteral("redcanary"))))->setCheckState(Qt::Checked);
    child<QCheckBox>("suspendCheckBox")->click();
    child<QCheckBox>("addGroupCheckBox")->click();
    typeInto("addGroupLineEdit", QStringLiteral("Incident Response Hold"));
    child<QRadioButton>("automaticRadioButton")->click();
    // The list follows the editor.
    QCOMPARE(child<QTableView>("playbooksTableView")->model()->index(0, 0).data().toString(),
             QStringLiteral("Contain high"));

    selectRow(1);
    child<QCheckBox>("playbookEnabledCheckBox")->click();

    QSignalSpy saved(m_dialog.get(), &PlaybookDialog::saved);
    QVERIFY(clickSave());
    QCOMPARE(saved.size(), 1);

    Playbook expected = Playbook::defaults().at(0);
    expected.name = QStringLiteral("Contain high");
    expected.minimumSeverity = Incident::Severity::High;
    expected.sources = {QStringLiteral("redcanary")};
    expected.actions = {ContainmentAction{ContainmentAction::Kind::ClearSessions, {}}, Playbook::restrictAction(),
                        ContainmentAction{ContainmentAction::Kind::AddGroup, QStringLiteral("Incident Response Hold")}};
    expected.mode = Playbook::Mode::Automatic;
    Playbook release = Playbook::defaults().at(1);
    release.enabled = false;
    QCOMPARE(saved.first().at(0).value<QList<Playbook>>(), (QList<Playbook>{expected, release}));

    // A fresh read of the settings file holds them.
    m_qsettings->sync();
    auto reopened = AppSettings::open();
    AppSettings settings(reopened.get());
    QString error;
    QCOMPARE(PlaybookStore(&settings).load(&error), (QList<Playbook>{expected, release}));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // And the dialog shows them again.
    m_dialog = makeDialog();
    QCOMPARE(child<QLineEdit>("addGroupLineEdit")->text(), QStringLiteral("Incident Response Hold"));
    QVERIFY(!child<QCheckBox>("suspendCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>("restrictCheckBox")->isChecked());
    QCOMPARE(m_dialog->playbooks(), (QList<Playbook>{expected, release}));
}

void TestPlaybookDialog::invalidPlaybooksAreRefusedWithAReason_data()
{
    QTest::addColumn<QStringList>("clicks");
    QTest::addColumn<int>("trigger");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    const QStringList contain{QStringLiteral("clearSessionsCheckBox"), QStringLiteral("suspendCheckBox"),
                              QStringLiteral("restrictCheckBox")};
    const int identified = int(Playbook::Trigger::ThreatIdentified);
    QTest::newRow("no actions") << contain << identified << QString() << QStringLiteral("at least one action");
    QTest::newRow("contain and release mixed")
        << QStringList{QStringLiteral("unsuspendCheckBox")} << int(Playbook::Trigger::Manual) << QString()
        << QStringLiteral("either contains or releases");
    QTest::newRow("contain when remediated")
        << QStringList() << int(Playbook::Trigger::ThreatRemediated) << QString() << QStringLiteral("may only release");
    QTest::newRow("group without a name") << QStringList{QStringLiteral("addGroupCheckBox")} << identified << QString()
                                          << QStringLiteral("type the group");
    QTest::newRow("no name") << QStringList() << identified << QStringLiteral("") << QStringLiteral("give it a name");
}

void TestPlaybookDialog::invalidPlaybooksAreRefusedWithAReason()
{
    QFETCH(QStringList, clicks);
    QFETCH(int, trigger);
    QFETCH(QString, name);
    QFETCH(QString, reason);

    m_dialog = makeDialog();
    selectRow(0);
    for (const QString& click : clicks) {
        child<QCheckBox>(click.toLatin1().constData())->click();
    }
    auto* triggers = child<QComboBox>("triggerComboBox");
    triggers->setCurrentIndex(triggers->findData(trigger));
    if (!name.isNull()) {
        typeInto("playbookNameLineEdit", name);
    }
    // The editor says so at once.
    auto* problem = child<QLabel>("playbookProblemLabel");
    QVERIFY2(problem->text().contains(reason, Qt::CaseInsensitive), qPrintable(problem->text()));

    // Save refuses, says why, and stays open; nothing is stored. A group checked without its name lives only in
    // the editor, so the playbook stays selected for that one.
    if (!reason.startsWith(QLatin1String("type the group"))) {
        selectRow(1);
    }
    QSignalSpy saved(m_dialog.get(), &PlaybookDialog::saved);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(reason), qPrintable(Dialogs::lastText()));
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("cannot be saved")));
    // The problem as the core words it, without the line that names the playbook in files and logs.
    QVERIFY2(!Dialogs::lastText().contains(QLatin1String("playbook '")), qPrintable(Dialogs::lastText()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    QVERIFY(m_settings->playbooks().isEmpty());
    // The playbook at fault is selected.
    QCOMPARE(child<QTableView>("playbooksTableView")->currentIndex().row(), 0);
}

void TestPlaybookDialog::addDuplicateAndRemove()
{
    m_dialog = makeDialog();
    QTest::mouseClick(child<QPushButton>("addPlaybookButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->playbooks().size(), 3);
    QCOMPARE(child<QTableView>("playbooksTableView")->currentIndex().row(), 2);
    typeInto("playbookNameLineEdit", QStringLiteral("Sessions only"));
    const Playbook added = m_dialog->playbooks().at(2);
    QCOMPARE(added.name, QStringLiteral("Sessions only"));
    QCOMPARE(added.trigger, Playbook::Trigger::Manual);
    QCOMPARE(added.actions, (QList<ContainmentAction>{{ContainmentAction::Kind::ClearSessions, {}}}));

    // A copy starts disabled, under its own id.
    selectRow(0);
    QTest::mouseClick(child<QPushButton>("duplicatePlaybookButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->playbooks().size(), 4);
    const Playbook copy = m_dialog->playbooks().at(3);
    QCOMPARE(copy.id, QStringLiteral("contain-copy"));
    QCOMPARE(copy.name, QStringLiteral("Contain (copy)"));
    QVERIFY(!copy.enabled);
    QCOMPARE(copy.actions, Playbook::defaults().at(0).actions);
    QVERIFY(!child<QCheckBox>("playbookEnabledCheckBox")->isChecked());

    selectRow(1);
    QTest::mouseClick(child<QPushButton>("removePlaybookButton"), Qt::LeftButton);
    QStringList ids;
    for (const Playbook& playbook : m_dialog->playbooks()) {
        ids << playbook.id;
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("contain"), QStringLiteral("playbook"), QStringLiteral("contain-copy")}));

    QVERIFY(clickSave());
    QCOMPARE(PlaybookStore(m_settings.get()).load(), m_dialog->playbooks());
}

void TestPlaybookDialog::exportThenImportRoundTrips()
{
    m_dialog = makeDialog();
    selectRow(1);
    auto* severity = child<QComboBox>("minimumSeverityComboBox");
    severity->setCurrentIndex(severity->findData(int(Incident::Severity::Critical)));
    child<QRadioButton>("automaticRadioButton")->click();
    const QList<Playbook> edited = m_dialog->playbooks();
    QVERIFY(edited != Playbook::defaults());

    const QString file = m_folder.filePath(QStringLiteral("exported.json"));
    Dialogs::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>("exportPlaybooksButton"), Qt::LeftButton);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(QJsonDocument::fromJson(json).object().value(QStringLiteral("playbooks")).isArray());
    QCOMPARE(PlaybookStore::parse(json), edited);

    QTest::mouseClick(child<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->playbooks(), Playbook::defaults());
    Dialogs::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>("importPlaybooksButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->playbooks(), edited);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Imported 2 playbook")));
    // Imported, not yet stored: Save keeps them.
    QVERIFY(m_settings->playbooks().isEmpty());
    QVERIFY(clickSave());
    QCOMPARE(PlaybookStore(m_settings.get()).load(), edited);
}

void TestPlaybookDialog::brokenImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"playbooks\": [") << QStringLiteral("not JSON");
    QTest::newRow("wrong shape") << QByteArray("{\"rules\": []}") << QStringLiteral("expected");
    QTest::newRow("no playbooks") << QByteArray("{\"playbooks\": []}") << QStringLiteral("no playbooks");
    QTest::newRow("unknown action")
        << QByteArray(R"({"playbooks": [{"id": "x", "name": "X", "trigger": "manual", "actions": ["wipe"]}]})")
        << QStringLiteral("wipe");
    QTest::newRow("repeated id") << QByteArray(R"([{"id": "x", "name": "X", "trigger": "manual",
        "actions": ["suspend"]}, {"id": "x", "name": "Y", "trigger": "manual", "actions": ["suspend"]}])")
                                 << QStringLiteral("used twice");
    QTest::newRow("automatic release on identified")
        << QByteArray(R"([{"id": "r", "name": "R", "trigger": "threat_identified", "actions": ["unsuspend"]}])")
        << QStringLiteral("may only contain");
}

void TestPlaybookDialog::brokenImportChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QList<Playbook> stored = Playbook::defaults();
    stored[0].name = QStringLiteral("Stored contain");
    QVERIFY(PlaybookStore(m_settings.get()).save(stored));
    m_dialog = makeDialog();
    QCOMPARE(m_dialog->playbooks(), stored);

    const QString file = m_folder.filePath(QStringLiteral("broken.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(content);
    out.close();
    Dialogs::setNextFileName(file);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("importPlaybooksButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(reason), qPrintable(Dialogs::lastText()));
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(m_dialog->playbooks(), stored);
    QCOMPARE(PlaybookStore(m_settings.get()).load(), stored);
}

void TestPlaybookDialog::restoreDefaultsReplacesTheList()
{
    QList<Playbook> stored = Playbook::defaults();
    stored.removeLast();
    stored[0].name = QStringLiteral("Only contain");
    QVERIFY(PlaybookStore(m_settings.get()).save(stored));
    m_dialog = makeDialog();
    QCOMPARE(m_dialog->playbooks(), stored);
    QTest::mouseClick(child<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->playbooks(), Playbook::defaults());
    QCOMPARE(child<QLineEdit>("playbookNameLineEdit")->text(), QStringLiteral("Contain"));
    // Not stored until Save.
    QCOMPARE(PlaybookStore(m_settings.get()).load(), stored);
    QVERIFY(clickSave());
    QCOMPARE(PlaybookStore(m_settings.get()).load(), Playbook::defaults());
}

void TestPlaybookDialog::webhookUrlGoesToTheKeychainOnly()
{
    m_dialog = makeDialog();
    QVERIFY(PlaybookDialog::webhookId(*m_settings).isEmpty());
    typeInto("webhookUrlLineEdit", kWebhookUrl);
    QSignalSpy changed(m_dialog.get(), &PlaybookDialog::webhookChanged);
    QVERIFY(clickSave());
    QCOMPARE(changed.size(), 1);
    const QString id = changed.first().at(0).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(PlaybookDialog::webhookId(*m_settings), id);
    QVERIFY(m_secrets->contains(cordon::core::SecretAccounts::webhookUrl(id)));

    // The settings file holds the id, never the URL.
    const QByteArray file = settingsFile();
    QVERIFY(file.contains(id.toUtf8()));
    QVERIFY(!file.contains("secretpart"));
    QVERIFY(!file.contains("hooks.example.com"));

    // Reopened, the field stays empty and says where the URL is.
    m_dialog = makeDialog();
    QVERIFY(child<QLineEdit>("webhookUrlLineEdit")->text().isEmpty());
    QTRY_COMPARE(child<QLabel>("webhookStatusLabel")->text(), QStringLiteral("Stored in memory keychain."));
    for (QLabel* label : m_dialog->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(QStringLiteral("secretpart")));
    }

    // Remove takes it out of the keychain on Save.
    QTest::mouseClick(child<QPushButton>("removeWebhookButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("webhookStatusLabel")->text().startsWith(QStringLiteral("Removed")));
    QVERIFY(m_secrets->contains(cordon::core::SecretAccounts::webhookUrl(id)));
    changed.clear();
    QSignalSpy changedAgain(m_dialog.get(), &PlaybookDialog::webhookChanged);
    QVERIFY(clickSave());
    QCOMPARE(changedAgain.size(), 1);
    QVERIFY(changedAgain.first().at(0).toString().isEmpty());
    QVERIFY(!m_secrets->contains(cordon::core::SecretAccounts::webhookUrl(id)));
    QVERIFY(PlaybookDialog::webhookId(*m_settings).isEmpty());
}

void TestPlaybookDialog::plainHttpWebhookIsRefused()
{
    m_dialog = makeDialog();
    typeInto("webhookUrlLineEdit", QStringLiteral("http://hooks.example.com/services/T000/B000/secretpart"));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("https")), qPrintable(Dialogs::lastText()));
    QVERIFY(!Dialogs::lastText().contains(QStringLiteral("secretpart")));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(PlaybookDialog::webhookId(*m_settings).isEmpty());
    QVERIFY(m_settings->playbooks().isEmpty());

    // Loopback http is for tests and the demo only, when allowed.
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    typeInto("webhookUrlLineEdit", receiver.url());
    QCOMPARE(sendTest(), std::optional<bool>(false));
    QVERIFY(child<QLabel>("webhookResultLabel")->text().contains(QStringLiteral("https")));
    QVERIFY(receiver.posts().isEmpty());
}

void TestPlaybookDialog::testNotificationReachesTheWebhook()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.isListening());
    // The typed URL is tried without being stored.
    openWithTypedWebhook(receiver.url());
    QCOMPARE(sendTest(), std::optional<bool>(true));
    QVERIFY(child<QLabel>("webhookResultLabel")->text().contains(QStringLiteral("Delivered")));
    QCOMPARE(receiver.posts().size(), 1);
    QVERIFY(receiver.posts().first().header("Content-Type").startsWith("application/json"));
    const QJsonObject payload = QJsonDocument::fromJson(receiver.posts().first().body).object();
    QVERIFY(payload.value(QStringLiteral("text")).toString().contains(QStringLiteral("test")));
    const QJsonObject cordon = payload.value(QStringLiteral("cordon")).toObject();
    QCOMPARE(cordon.value(QStringLiteral("event")).toString(), QStringLiteral("playbook_ran"));
    QVERIFY(cordon.value(QStringLiteral("link")).toString().startsWith(QStringLiteral("cordon://incident/")));
    QCOMPARE(m_secrets->calls(), 0);

    // Saved, then sent from the keychain.
    QVERIFY(clickSave());
    openWithTypedWebhook(QString());
    QCOMPARE(sendTest(), std::optional<bool>(true));
    QCOMPARE(receiver.posts().size(), 2);
}

void TestPlaybookDialog::failedTestNotificationSaysWhy()
{
    WebhookReceiver receiver(403);
    QVERIFY(receiver.isListening());
    openWithTypedWebhook(receiver.url());
    QCOMPARE(sendTest(), std::optional<bool>(false));
    const QString result = child<QLabel>("webhookResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("Not delivered")) && result.contains(QStringLiteral("403")),
             qPrintable(result));
    QVERIFY(!result.contains(receiver.url()));

    // Nothing to send to.
    typeInto("webhookUrlLineEdit", QString());
    QVERIFY(!child<QPushButton>("testWebhookButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeWebhookButton")->isEnabled());
}

void TestPlaybookDialog::credentialActionsAreOfferedAndKept()
{
    // What the org allows, as a probe of a known user finds it: the demo org without Identity Threat Protection.
    cordon::test::SimProcess sim;
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--itp"), QStringLiteral("off")}, &error), qPrintable(error));
    cordon::core::Workspace workspace(std::make_unique<cordon::core::MemorySecretStore>(), m_folder.settings());
    workspace.useOrg(sim.baseUrl(), cordon::test::SimProcess::demoToken().toUtf8());
    cordon::core::CredentialProbe probe(workspace.okta(), {}, {});
    QSignalSpy probed(&probe, &cordon::core::CredentialProbe::finished);
    probe.start(sim.userId(cordon::test::SimProcess::jorenLogin()));
    QVERIFY(probed.wait(15000) || !probed.isEmpty());

    // A stored playbook raised the risk while the org had the licence.
    ContainmentAction riskHigh(ContainmentAction::Kind::SetRisk);
    riskHigh.riskLevel = QStringLiteral("HIGH");
    QList<Playbook> stored = Playbook::defaults();
    stored[0].actions << riskHigh;
    QVERIFY(PlaybookStore(m_settings.get()).save(stored));

    m_dialog = makeDialog();
    m_dialog->setCredentialCapabilities(probe.result());
    selectRow(0);
    auto* risk = child<QCheckBox>("riskHighCheckBox");
    // The reason in the text a person reads, and in the tool tip; the playbook keeps what it holds.
    QVERIFY2(risk->text().contains(QStringLiteral("unavailable")), qPrintable(risk->text()));
    QVERIFY2(risk->text().contains(QStringLiteral("Identity Threat Protection")), qPrintable(risk->text()));
    QVERIFY(risk->toolTip().contains(QStringLiteral("Identity Threat Protection")));
    QVERIFY(risk->isChecked());
    auto* medium = child<QCheckBox>("riskMediumCheckBox");
    QVERIFY(!medium->isEnabled());
    QVERIFY(!child<QCheckBox>("universalLogoutCheckBox")->isEnabled());
    QVERIFY2(child<QCheckBox>("universalLogoutCheckBox")->text().contains(QStringLiteral("unavailable: ")),
             qPrintable(child<QCheckBox>("universalLogoutCheckBox")->text()));
    auto* revoke = child<QCheckBox>("revokeFactorsCheckBox");
    auto* expire = child<QCheckBox>("expirePasswordCheckBox");
    QVERIFY(revoke->isEnabled() && expire->isEnabled());
    // On the box itself: a check box spanning two columns reaches further than its text.
    const auto onBox = [](QCheckBox* check) { return QPoint(8, check->height() / 2); };
    QTest::mouseClick(revoke, Qt::LeftButton, {}, onBox(revoke));
    QTest::mouseClick(expire, Qt::LeftButton, {}, onBox(expire));
    // Clicking a disabled one changes nothing.
    QTest::mouseClick(medium, Qt::LeftButton, {}, onBox(medium));
    QVERIFY(!medium->isChecked());
    QVERIFY(clickSave());

    const QList<Playbook> saved = PlaybookStore(m_settings.get()).load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ContainmentAction> actions = saved.at(0).actions;
    QVERIFY(actions.contains(riskHigh));
    QVERIFY(actions.contains(ContainmentAction(ContainmentAction::Kind::RevokeFactorsSince)));
    QVERIFY(actions.contains(ContainmentAction(ContainmentAction::Kind::ExpirePassword)));
    QVERIFY(!actions.contains(ContainmentAction(ContainmentAction::Kind::UniversalLogout)));

    // Shown again as saved.
    m_dialog = makeDialog();
    selectRow(0);
    QVERIFY(child<QCheckBox>("revokeFactorsCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>("expirePasswordCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>("riskHighCheckBox")->isChecked());
    QVERIFY(!child<QCheckBox>("resetFactorsCheckBox")->isChecked());
}

void TestPlaybookDialog::screenshot()
{
    QList<Playbook> stored = Playbook::defaults();
    Playbook sessions;
    sessions.id = QStringLiteral("clear-sessions");
    sessions.name = QStringLiteral("Clear sessions on critical Red Canary detections");
    sessions.trigger = Playbook::Trigger::ThreatIdentified;
    sessions.minimumSeverity = Incident::Severity::Critical;
    sessions.sources = {QStringLiteral("redcanary")};
    sessions.actions = {ContainmentAction{ContainmentAction::Kind::ClearSessions, {}}};
    sessions.mode = Playbook::Mode::Automatic;
    Playbook hold = stored.at(0);
    hold.id = QStringLiteral("hold");
    hold.name = QStringLiteral("Legal hold");
    hold.trigger = Playbook::Trigger::Manual;
    hold.actions = {ContainmentAction{ContainmentAction::Kind::AddGroup, QStringLiteral("Legal Hold")}};
    hold.enabled = false;
    stored << sessions << hold;
    QVERIFY(PlaybookStore(m_settings.get()).save(stored));
    m_secrets->write(cordon::core::SecretAccounts::webhookUrl(QStringLiteral("default")), kWebhookUrl.toUtf8(), nullptr,
                     {});
    QVERIFY(m_settings->setValue(QStringLiteral("notifications/webhookId"), QStringLiteral("default")));

    m_dialog = makeDialog();
    selectRow(2);
    QTRY_VERIFY(child<QLabel>("webhookStatusLabel")->text().startsWith(QStringLiteral("Stored")));
    const QPixmap shot = m_dialog->grab();
    QVERIFY(!shot.isNull());
    // CORDON_SCREENSHOT_DIR=folder keeps what the analyst sees, for the documentation.
    if (const QString folder = qEnvironmentVariable("CORDON_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("playbooks.png"))));
    }
}

QTEST_MAIN(TestPlaybookDialog)
#include "tst_playbookdialog.moc"
