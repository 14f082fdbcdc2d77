#include "ModalAnswer.h"
#include "TestFolders.h"
#include "gui/desktop/Appearance.h"
#include "gui/desktop/Dialogs.h"
#include "gui/settings/SettingsDialog.h"
#include "oktasim/OktaSimServer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using cordon::core::AppSettings;
using cordon::gui::Appearance;
using cordon::gui::Dialogs;
using cordon::gui::SettingsDialog;

// Built twice: with CORDON_TEST_KEYCHAIN against the real Secret Service, else with a keychain in memory.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripStoresTheTokenAndTestsTheConnection();
#ifndef CORDON_TEST_KEYCHAIN
    void superAdminTokenIsWarnedAbout();
    void wrongTokenIsExplainedWithOktasCode();
    void nonOktaHostIsRefusedUnlessDeclaredCustom();
    void restrictedGroupIsSearchedAsYouType();
    void forgetDevicesIsASetting();
    void feedSourcesAndProtectedListsAreSaved();
    void protectedAccountsShowWhatTheyResolveTo();
    void generalPageComesFirstAndHoldsTheLanguage();
    void aFirstStartSavesTheLanguageWithoutAnOrg();
    void themeIsChosenOnTheGeneralPageAsFromTheMenu();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();
#endif

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    template <typename T> T* child(QWidget* dialog, const char* name);
    void typeInto(QWidget* dialog, const char* name, const QString& text);
    bool runTest(SettingsDialog* dialog);
    static void clickTab(SettingsDialog* dialog, int index);

    TestFolders m_folder;
    cordon::sim::OktaSimServer m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<cordon::core::SecretStoreInterface> m_secrets;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString error;
    QVERIFY2(m_sim.loadDirectory(cordon::sim::OktaSimServer::demoDirectory(), &error), qPrintable(error));
    QVERIFY2(m_sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestSettingsDialog::init()
{
#ifdef CORDON_TEST_KEYCHAIN
    m_secrets = std::make_unique<cordon::core::KeychainSecretStore>(QStringLiteral("Cordon-test"));
#else
    m_secrets = std::make_unique<cordon::core::MemorySecretStore>();
#endif
    m_qsettings = AppSettings::open();
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    Dialogs::reset();
}

void TestSettingsDialog::cleanup()
{
    bool done = false;
    m_secrets->remove(cordon::core::SecretAccounts::oktaToken(m_sim.baseUrl()), this,
                      [&done](const cordon::core::SecretResult&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    m_settings.reset();
    m_qsettings.reset();
    Appearance::apply(Appearance::Theme::System);
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get(), &m_network);
    dialog->setAllowHttpLoopback(true);
    dialog->show();
    return dialog;
}

template <typename T> T* TestSettingsDialog::child(QWidget* dialog, const char* name)
{
    T* found = dialog->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child %s", name);
    }
    return found;
}

void TestSettingsDialog::typeInto(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// A mouse click on the tab's place on the tab bar.
void TestSettingsDialog::clickTab(SettingsDialog* dialog, int index)
{
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
    QVERIFY(tabs);
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

bool TestSettingsDialog::runTest(SettingsDialog* dialog)
{
    QSignalSpy tested(dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(15000)) {
        return false;
    }
    return tested.last().at(0).toBool();
}

void TestSettingsDialog::roundTripStoresTheTokenAndTestsTheConnection()
{
    const QString orgUrl = m_sim.baseUrl().toString();
    {
        auto dialog = makeDialog();
        typeInto(dialog.get(), "orgUrlLineEdit", orgUrl);
        typeInto(dialog.get(), "tokenLineEdit", QStringLiteral("demo-org-admin-token"));
        QCOMPARE(child<QLineEdit>(dialog.get(), "tokenLineEdit")->echoMode(), QLineEdit::Password);
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(15000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    // The token went to the keychain, not to the settings file.
    m_qsettings->sync();
    QFile file(m_qsettings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("demo-org-admin-token"));

    auto dialog = makeDialog();
    QCOMPARE(child<QLineEdit>(dialog.get(), "orgUrlLineEdit")->text(), orgUrl);
    QVERIFY(child<QLineEdit>(dialog.get(), "tokenLineEdit")->text().isEmpty());
    auto* status = child<QLabel>(dialog.get(), "tokenStatusLabel");
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Stored in %1").arg(m_secrets->backendName()), 10000);

    QVERIFY(runTest(dialog.get()));
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("svc-cordon@example.com")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("ORG_ADMIN")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("suspend and unsuspend")), qPrintable(result));
    QVERIFY2(!result.contains(QStringLiteral("Warning")), qPrintable(result));
}

#ifndef CORDON_TEST_KEYCHAIN

void TestSettingsDialog::superAdminTokenIsWarnedAbout()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    typeInto(dialog.get(), "tokenLineEdit", QStringLiteral("demo-super-admin-token"));
    QVERIFY(runTest(dialog.get()));
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("alex.morgan@example.com")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("SUPER_ADMIN")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Warning")), qPrintable(result));
}

void TestSettingsDialog::wrongTokenIsExplainedWithOktasCode()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    typeInto(dialog.get(), "tokenLineEdit", QStringLiteral("not-a-real-token"));
    QVERIFY(!runTest(dialog.get()));
    const QString result = child<QLabel>(dialog.get(), "connectionResultLabel")->text();
    QVERIFY2(result.contains(QStringLiteral("E0000011")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("request id")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("refused the token")), qPrintable(result));
}

void TestSettingsDialog::nonOktaHostIsRefusedUnlessDeclaredCustom()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", QStringLiteral("login.example.com"));
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);

    Dialogs::setNextAnswer(QMessageBox::No);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("login.example.com")));
    QVERIFY(m_settings->orgUrl().isEmpty());

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(5000));
    QCOMPARE(m_settings->orgUrl(), QStringLiteral("https://login.example.com"));
    QVERIFY(m_settings->customDomains().contains(QStringLiteral("login.example.com")));
}

void TestSettingsDialog::restrictedGroupIsSearchedAsYouType()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    typeInto(dialog.get(), "tokenLineEdit", QStringLiteral("demo-org-admin-token"));
    auto* list = child<QListWidget>(dialog.get(), "restrictedGroupListWidget");
    QVERIFY(list);

    // Two groups share this name: both are offered, each with its id.
    typeInto(dialog.get(), "restrictedGroupLineEdit", QStringLiteral("Contractors"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 10000);

    typeInto(dialog.get(), "restrictedGroupLineEdit", QStringLiteral("Limited"));
    QTRY_VERIFY_WITH_TIMEOUT(
        list->count() == 1 && list->item(0)->text().contains(QStringLiteral("Limited Data Access")), 10000);
    list->setCurrentRow(0);
    QVERIFY(
        child<QLabel>(dialog.get(), "restrictedGroupLabel")->text().contains(QStringLiteral("Limited Data Access")));
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(15000));
    QCOMPARE(m_settings->restrictedGroupName(), QStringLiteral("Limited Data Access"));
    QVERIFY(m_settings->restrictedGroupId().startsWith(QStringLiteral("00g")));
}

void TestSettingsDialog::forgetDevicesIsASetting()
{
    // Clearing sessions forgets remembered devices unless the analyst says otherwise here.
    QVERIFY(m_settings->forgetDevices());
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    auto* forget = child<QCheckBox>(dialog.get(), "forgetDevicesCheckBox");
    QVERIFY(forget);
    QVERIFY(forget->isChecked());
    forget->setChecked(false);
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(5000));
    QVERIFY(!m_settings->forgetDevices());
    QVERIFY(!makeDialog()->findChild<QCheckBox*>(QStringLiteral("forgetDevicesCheckBox"))->isChecked());
}

void TestSettingsDialog::feedSourcesAndProtectedListsAreSaved()
{
    auto dialog = makeDialog();
    typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
    const QString kept = QStringLiteral(CORDON_TEST_DATA_DIR "/feeds/generic.ndjson");
    const QString dropped = QStringLiteral("https://feeds.example.com/detections");
    auto* add = child<QPushButton>(dialog.get(), "addFeedSourceButton");
    auto* list = child<QListWidget>(dialog.get(), "feedSourcesListWidget");
    QVERIFY(add && list);
    typeInto(dialog.get(), "feedSourceLineEdit", dropped);
    QTest::mouseClick(add, Qt::LeftButton);
    typeInto(dialog.get(), "feedSourceLineEdit", kept);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "removeFeedSourceButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);

    // Plain http:// feeds are refused with a message, not added.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    typeInto(dialog.get(), "feedSourceLineEdit", QStringLiteral("http://feeds.example.com/plain"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(Dialogs::lastText().contains(QStringLiteral("https://")));

    auto* accounts = child<QPlainTextEdit>(dialog.get(), "protectedAccountsTextEdit");
    auto* groups = child<QPlainTextEdit>(dialog.get(), "protectedGroupsTextEdit");
    QVERIFY(accounts && groups);
    accounts->setPlainText(QStringLiteral("alex.morgan@example.com\n\n  svc-cordon@example.com  \n"));
    groups->setPlainText(QStringLiteral("Protected Executives"));

    // The console's language: the system's unless chosen here.
    auto* language = child<QComboBox>(dialog.get(), "languageComboBox");
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString());
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    language->setCurrentIndex(german);

    // Without a token the accounts cannot be checked at Okta: the analyst is asked, and they are kept as written.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(5000));
    QVERIFY2(Dialogs::lastText().contains(QStringLiteral("could not be checked at Okta")),
             qPrintable(Dialogs::lastText()));
    QCOMPARE(m_settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    const QJsonArray sources = m_settings->feedSources();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("url")).toString(), kept);
    QCOMPARE(sources.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    QCOMPARE(m_settings->protectedAccounts(),
             (QStringList{QStringLiteral("alex.morgan@example.com"), QStringLiteral("svc-cordon@example.com")}));
    QCOMPARE(m_settings->protectedGroups(), QStringList{QStringLiteral("Protected Executives")});
}

void TestSettingsDialog::protectedAccountsShowWhatTheyResolveTo()
{
    const QString joren = QStringLiteral("00u8ALGxe2SyLejnZjhs");
    const QString jorenLine = QStringLiteral("joren → Joren Maes <joren.m@example.com> (%1)").arg(joren);
    {
        auto dialog = makeDialog();
        typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
        typeInto(dialog.get(), "tokenLineEdit", QStringLiteral("demo-org-admin-token"));
        auto* accounts = child<QPlainTextEdit>(dialog.get(), "protectedAccountsTextEdit");
        auto* list = child<QListWidget>(dialog.get(), "protectedAccountsListWidget");
        auto* check = child<QPushButton>(dialog.get(), "checkAccountsButton");
        QVERIFY(accounts && list && check);

        // The AD username, typed as an analyst would, and checked at Okta.
        accounts->setFocus();
        QTest::keyClicks(accounts, QStringLiteral("joren"));
        QSignalSpy checked(dialog.get(), &SettingsDialog::accountsChecked);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(checked.count() == 1 || checked.wait(10000));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), jorenLine);

        // An entry that names nobody saves nothing, and says which.
        QTest::keyClick(accounts, Qt::Key_Return);
        QTest::keyClicks(accounts, QStringLiteral("nobody.here"));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastText().contains(QStringLiteral("nobody.here")), 10000);
        QVERIFY2(Dialogs::lastText().contains(QStringLiteral("Nothing was saved")), qPrintable(Dialogs::lastText()));
        QVERIFY(m_settings->protectedAccounts().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("nobody.here: no Okta user")),
                 qPrintable(list->item(1)->text()));

        // Without it, the entry is saved as the Okta id it names.
        QTest::keyClick(accounts, Qt::Key_Backspace);
        for (int i = 0; i < QStringLiteral("nobody.here").size(); ++i) {
            QTest::keyClick(accounts, Qt::Key_Backspace);
        }
        QCOMPARE(accounts->toPlainText(), QStringLiteral("joren"));
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        QCOMPARE(m_settings->protectedAccounts(), QStringList{joren});
    }
    // Opened again, the dialog shows the entry as written and what it names, without asking Okta.
    auto dialog = makeDialog();
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "protectedAccountsTextEdit")->toPlainText(), QStringLiteral("joren"));
    auto* list = child<QListWidget>(dialog.get(), "protectedAccountsListWidget");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), jorenLine);
}

void TestSettingsDialog::generalPageComesFirstAndHoldsTheLanguage()
{
    {
        auto dialog = makeDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* tabs = child<QTabWidget>(dialog.get(), "settingsTabWidget");
        QVERIFY(tabs);
        // The dialog opens on General, the first tab, and the language is chosen there.
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&General"));
        auto* language = child<QComboBox>(dialog.get(), "languageComboBox");
        QVERIFY(language);
        QVERIFY(tabs->widget(0)->isAncestorOf(language));
        QVERIFY(language->isVisible());
        QCOMPARE(language->accessibleName(), QStringLiteral("Language of the console"));
        QVERIFY(!language->toolTip().isEmpty());

        // The Okta page asks for the org and how to sign in to it; its only choice is that one.
        const int okta = tabs->indexOf(tabs->findChild<QWidget*>(QStringLiteral("orgUrlLineEdit"))->parentWidget());
        QCOMPARE(tabs->tabText(okta), QStringLiteral("&Okta"));
        clickTab(dialog.get(), okta);
        QVERIFY(!language->isVisible());
        const QList<QComboBox*> choices = tabs->widget(okta)->findChildren<QComboBox*>();
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.constFirst()->objectName(), QStringLiteral("signInModeComboBox"));
        auto* orgUrl = child<QLineEdit>(dialog.get(), "orgUrlLineEdit");
        QTest::mouseClick(orgUrl, Qt::LeftButton);
        QTest::keyClicks(orgUrl, m_sim.baseUrl().toString());

        // Back to General by its mnemonic, then to the language by its label's, and French chosen with the arrows.
        QTest::keyClick(orgUrl, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(tabs->currentWidget(), Qt::Key_L, Qt::AltModifier);
        QVERIFY(language->hasFocus());
        QCOMPARE(language->currentData().toString(), QString());
        while (language->currentData().toString() != QLatin1String("fr") &&
               language->currentIndex() < language->count() - 1) {
            QTest::keyClick(language, Qt::Key_Down);
        }
        QCOMPARE(language->currentText(), QStringLiteral("Français"));

        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(5000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->language(), QStringLiteral("fr"));
    }
    // Read back from the settings when the dialog opens again.
    auto dialog = makeDialog();
    QCOMPARE(child<QComboBox>(dialog.get(), "languageComboBox")->currentData().toString(), QStringLiteral("fr"));
}

void TestSettingsDialog::aFirstStartSavesTheLanguageWithoutAnOrg()
{
    // A new analyst opens Settings to pick the language before any org is set: Save keeps it and says nothing
    // about an org URL; a token typed without its org is refused, and nothing is written then.
    QVERIFY(m_settings->orgUrl().isEmpty());
    {
        auto dialog = makeDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* language = child<QComboBox>(dialog.get(), "languageComboBox");
        QTest::keyClick(dialog->findChild<QTabWidget*>()->currentWidget(), Qt::Key_L, Qt::AltModifier);
        QVERIFY(language->hasFocus());
        while (language->currentData().toString() != QLatin1String("de") &&
               language->currentIndex() < language->count() - 1) {
            QTest::keyClick(language, Qt::Key_Down);
        }
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(5000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY2(Dialogs::lastText().isEmpty(), qPrintable(Dialogs::lastText()));
        QCOMPARE(saved.first().first().toUrl(), QUrl());
        QCOMPARE(m_settings->language(), QStringLiteral("de"));
        QVERIFY(m_settings->orgUrl().isEmpty());
    }
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto* token = child<QLineEdit>(dialog.get(), "tokenLineEdit");
    QVERIFY(token);
    token->setText(QStringLiteral("00abcdefghijklmnopqrstuvwxyz0123456789ABCD"));
    auto* language = child<QComboBox>(dialog.get(), "languageComboBox");
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    const ModalAnswer warning = ModalAnswer::press(Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(warning.answered());
    QVERIFY2(warning.text().contains(QStringLiteral("org URL")), qPrintable(warning.text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
}

void TestSettingsDialog::themeIsChosenOnTheGeneralPageAsFromTheMenu()
{
    // View → Appearance, as the main window builds it, open before the settings are.
    QMenu view;
    QMenu* appearance = Appearance::addMenu(&view);
    auto* dark = appearance->findChild<QAction*>(QStringLiteral("themeDarkAction"));
    auto* light = appearance->findChild<QAction*>(QStringLiteral("themeLightAction"));
    QVERIFY(dark && light);
    QVERIFY(!dark->isChecked());

    {
        auto dialog = makeDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        typeInto(dialog.get(), "orgUrlLineEdit", m_sim.baseUrl().toString());
        auto* theme = child<QComboBox>(dialog.get(), "themeComboBox");
        QVERIFY(theme);
        QVERIFY(theme->isVisible());
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
        QTest::keyClick(dialog.get(), Qt::Key_P, Qt::AltModifier);
        QVERIFY(theme->hasFocus());
        QTest::keyClick(theme, Qt::Key_End);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
        // Nothing changes before the dialog is saved.
        QCOMPARE(Appearance::current(), Appearance::Theme::System);

        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(5000));
    }
    QCOMPARE(Appearance::current(), Appearance::Theme::Dark);
    QCOMPARE(m_settings->theme(), QStringLiteral("dark"));
    QCOMPARE(Appearance::saved(), Appearance::Theme::Dark);
    // The menu shows the theme chosen in the settings.
    appearance->popup(QPoint(0, 0));
    QVERIFY(QTest::qWaitForWindowExposed(appearance));
    QVERIFY(dark->isChecked());

    // A choice from the menu is what the General page shows next.
    QTest::mouseClick(appearance, Qt::LeftButton, {}, appearance->actionGeometry(light).center());
    QCOMPARE(Appearance::current(), Appearance::Theme::Light);
    auto dialog = makeDialog();
    QCOMPARE(child<QComboBox>(dialog.get(), "themeComboBox")->currentData().toString(), QStringLiteral("light"));
}

void TestSettingsDialog::mnemonicsAreUniqueOnEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// On each page the tabs, the dialog's buttons and what the page shows answer each to its own Alt+letter, in
// every language, and the dialog fits a 1366x768 screen.
void TestSettingsDialog::mnemonicsAreUniqueOnEveryPage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QTemporaryDir compiled;
    if (!language.isEmpty()) {
        const QStringList files = QString::fromUtf8(CORDON_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        const auto ts = std::find_if(files.begin(), files.end(), [&language](const QString& path) {
            return path.endsWith(QStringLiteral("_%1.ts").arg(language));
        });
        QVERIFY(ts != files.end());
        QVERIFY(compiled.isValid());
        const QString qm = compiled.filePath(QStringLiteral("cordon_%1.qm").arg(language));
        QProcess lrelease;
        lrelease.setProcessChannelMode(QProcess::MergedChannels);
        lrelease.start(QStringLiteral(CORDON_LRELEASE), {QStringLiteral("-silent"), *ts, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(60000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
        QVERIFY(translator.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY2(dialog->width() <= 1366 && dialog->height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(dialog->width()).arg(dialog->height())));
    QVERIFY(dialog->minimumSizeHint().width() <= 1366 && dialog->minimumSizeHint().height() <= 700);

    auto* tabs = child<QTabWidget>(dialog.get(), "settingsTabWidget");
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), language == QLatin1String("de")   ? QStringLiteral("&Allgemein")
                               : language == QLatin1String("fr") ? QStringLiteral("&Général")
                                                                 : QStringLiteral("&General"));
    for (int index = 0; index < tabs->count(); ++index) {
        clickTab(dialog.get(), index);
        QMap<QString, QStringList> owners;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            owners[QKeySequence::mnemonic(tabs->tabText(tab)).toString()] << tabs->tabText(tab);
        }
        for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && !QKeySequence::mnemonic(button->text()).isEmpty()) {
                owners[QKeySequence::mnemonic(button->text()).toString()] << button->text();
            }
        }
        for (const QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->isVisible() && label->buddy() && !QKeySequence::mnemonic(label->text()).isEmpty()) {
                owners[QKeySequence::mnemonic(label->text()).toString()] << label->text();
            }
        }
        QStringList clashes;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() > 1) {
                clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" | ")));
            }
        }
        QVERIFY2(owners.size() > tabs->count(), qPrintable(tabs->tabText(index)));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("on %1: %2").arg(tabs->tabText(index), clashes.join(QStringLiteral("; ")))));
    }
}

#endif

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
