#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cordon::core
{
class AppSettings;
class SecretStoreInterface;
} // namespace cordon::core

namespace cordon::gui
{

// Where Cordon keeps its state: the SQLite file in the data folder (one analyst, the default) or a team's shared
// PostgreSQL database, by URL. The database's password goes to the keychain, only on Save, and is never shown;
// the URL never holds one. The choice applies at the next start.
class DatabasePage : public QWidget
{
    Q_OBJECT

public:
    DatabasePage(core::AppSettings* settings, core::SecretStoreInterface* secrets, QWidget* parent = nullptr);

    void load();
    // Why the page cannot be saved (a URL that is not one, or that holds a password), or empty.
    QString problem() const;
    bool writeSettings();
    // Stores a typed password in the keychain under the URL and clears the field, then calls stored (at once
    // when none is typed). A password the keychain refuses is said, and stored is not called.
    void storePassword(const std::function<void()>& stored);
    bool isTesting() const { return m_testing; }

public slots:
    // Opens the database with the URL and the password typed (or stored) on a thread of its own, changing
    // nothing, and shows what it found or why it failed.
    void testConnection();

signals:
    void connectionTested(bool ok);

private:
    struct Check;
    void showMode();
    QString typedUrl() const;
    void runCheck(const QString& url, const QString& password, bool storedPassword);
    void showCheck(const Check& check, const QString& url, bool storedPassword);
    void refreshPasswordStatus();

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    bool m_testing = false;

    QRadioButton* m_fileRadio = nullptr;
    QRadioButton* m_teamRadio = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLabel* m_passwordStatusLabel = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace cordon::gui
