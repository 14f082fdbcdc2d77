#include "gui/settings/DatabasePage.h"

#include "gui/desktop/Dialogs.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace cordon::gui
{

using core::DatabaseUrl;

// What a test of the connection found, made on the thread that opened the database.
struct DatabasePage::Check
{
    bool ok = false;
    bool passwordAsked = false;
    QString error;
    QString server;
    QString analyst;
    int schema = 0;
    QString tls;
};

namespace
{

QString passwordAccount(const QString& url)
{
    return core::SecretAccounts::databasePassword(DatabaseUrl::parse(url).display());
}

} // namespace

DatabasePage::DatabasePage(core::AppSettings* settings, core::SecretStoreInterface* secrets, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets)
{
    setObjectName(QStringLiteral("databasePage"));
    auto* layout = new QVBoxLayout(this);

    m_overrideLabel = new QLabel(this);
    m_overrideLabel->setObjectName(QStringLiteral("databaseOverrideLabel"));
    m_overrideLabel->setWordWrap(true);
    m_overrideLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_overrideLabel);

    m_fileRadio = new QRadioButton(tr("SQ&Lite file in the data folder (one analyst)"), this);
    m_fileRadio->setObjectName(QStringLiteral("databaseFileRadio"));
    layout->addWidget(m_fileRadio);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_fileLabel);

    m_teamRadio = new QRadioButton(tr("&Team database on PostgreSQL, shared by the analysts"), this);
    m_teamRadio->setObjectName(QStringLiteral("databaseTeamRadio"));
    layout->addWidget(m_teamRadio);
    auto* group = new QButtonGroup(this);
    group->addButton(m_fileRadio);
    group->addButton(m_teamRadio);

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("postgresql://jdoe@db.soc.example:5432/cordon?sslmode=verify-full"));
    auto* urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, m_urlEdit);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Kept in the keychain; leave empty to keep the stored one"));
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    m_passwordStatusLabel = new QLabel(this);
    m_passwordStatusLabel->setObjectName(QStringLiteral("databasePasswordStatusLabel"));
    form->addRow(QString(), m_passwordStatusLabel);
    layout->addLayout(form);

    auto* note = new QLabel(tr("Each analyst connects as their own database role: the server's name for it is "
                               "recorded with every change. TLS that checks the server's certificate is the "
                               "default for any host but this computer. A change applies at the next start."),
                            this);
    note->setObjectName(QStringLiteral("databaseNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test co&nnection"), this);
    m_testButton->setObjectName(QStringLiteral("databaseTestButton"));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("databaseResultLabel"));
    m_resultLabel->setAccessibleName(tr("Database connection test"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);

    connect(m_fileRadio, &QRadioButton::toggled, this, &DatabasePage::showMode);
    connect(m_testButton, &QPushButton::clicked, this, &DatabasePage::testConnection);
    connect(m_urlEdit, &QLineEdit::editingFinished, this, &DatabasePage::refreshPasswordStatus);
}

void DatabasePage::load()
{
    const QString url = m_settings->databaseUrl();
    m_urlEdit->setText(url);
    (url.isEmpty() ? m_fileRadio : m_teamRadio)->setChecked(true);
    m_fileLabel->setText(core::Database::defaultPath());
    const QString environment = qEnvironmentVariable("CORDON_DATABASE_URL").trimmed();
    m_overrideLabel->setText(
        tr("CORDON_DATABASE_URL is set, and overrides this setting: Cordon opens %1.")
            .arg(DatabaseUrl::isPostgresUrl(environment) ? DatabaseUrl::parse(environment).display() : environment));
    m_overrideLabel->setVisible(!environment.isEmpty());
    showMode();
    refreshPasswordStatus();
}

void DatabasePage::showMode()
{
    const bool team = m_teamRadio->isChecked();
    m_urlEdit->setEnabled(team);
    m_passwordEdit->setEnabled(team);
    m_fileLabel->setEnabled(!team);
}

QString DatabasePage::typedUrl() const
{
    return m_teamRadio->isChecked() ? m_urlEdit->text().trimmed() : QString();
}

QString DatabasePage::problem() const
{
    if (!m_teamRadio->isChecked()) {
        return {};
    }
    const QString url = typedUrl();
    if (url.isEmpty()) {
        return tr("Enter the team database's URL, or choose the file in the data folder.");
    }
    if (!DatabaseUrl::isPostgresUrl(url)) {
        return tr("The database URL must start with postgresql:// (for example "
                  "postgresql://jdoe@db.soc.example:5432/cordon).");
    }
    QString error;
    if (!DatabaseUrl::parse(url, &error).isValid()) {
        return error;
    }
    return {};
}

bool DatabasePage::writeSettings()
{
    if (!problem().isEmpty()) {
        return false;
    }
    const QString url = typedUrl();
    return m_settings->setDatabaseUrl(url.isEmpty() ? QString() : DatabaseUrl::parse(url).display());
}

void DatabasePage::storePassword(const std::function<void()>& stored)
{
    const QString url = typedUrl();
    const QString password = m_passwordEdit->text();
    if (url.isEmpty() || password.isEmpty() || !problem().isEmpty()) {
        stored();
        return;
    }
    QPointer<DatabasePage> self(this);
    m_secrets->write(passwordAccount(url), password.toUtf8(), this, [self, stored](const core::SecretResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            Dialogs::warning(self, tr("Database password"),
                             tr("The keychain did not store the database password: %1").arg(result.message));
            return;
        }
        self->m_passwordEdit->clear();
        self->refreshPasswordStatus();
        stored();
    });
}

void DatabasePage::refreshPasswordStatus()
{
    const QString url = typedUrl();
    if (url.isEmpty() || !problem().isEmpty()) {
        m_passwordStatusLabel->clear();
        return;
    }
    QPointer<DatabasePage> self(this);
    m_secrets->read(passwordAccount(url), this, [self, url](const core::SecretResult& result) {
        if (!self || self->typedUrl() != url) {
            return;
        }
        self->m_passwordStatusLabel->setText(result.ok() ? tr("A password is stored in the keychain for this URL.")
                                                         : tr("No password stored for this URL (PGPASSWORD or "
                                                              "~/.pgpass serve when the server asks)."));
    });
}

void DatabasePage::testConnection()
{
    if (m_testing) {
        return;
    }
    if (const QString why = problem(); !why.isEmpty()) {
        m_resultLabel->setText(why);
        emit connectionTested(false);
        return;
    }
    const QString url = typedUrl();
    if (url.isEmpty()) {
        const QString path = core::Database::defaultPath();
        // Opening would make an empty file; the console makes the database itself.
        if (!QFileInfo::exists(path)) {
            m_resultLabel->setText(tr("%1 does not exist yet: Cordon creates it at its next start.").arg(path));
            emit connectionTested(true);
            return;
        }
        runCheck(path, {}, false);
        return;
    }
    runCheck(url, m_passwordEdit->text(), false);
}

void DatabasePage::runCheck(const QString& url, const QString& password, bool storedPassword)
{
    m_testing = true;
    m_testButton->setEnabled(false);
    m_resultLabel->setText(tr("Connecting…"));
    auto check = std::make_shared<Check>();
    // The connection belongs to the thread that opens it, and libpq blocks until the server answers or the URL's
    // connect_timeout passes: the window stays live meanwhile.
    QThread* thread = QThread::create([check, url, password] {
        core::Database database;
        database.setPassword(password);
        QString error;
        // A test changes nothing: a schema that is not this version's is reported, not updated.
        check->ok = database.open(url, &error, false);
        check->error = error;
        check->passwordAsked = error.contains(QLatin1String("no password supplied"));
        if (!check->ok) {
            return;
        }
        check->server = database.serverVersion();
        check->analyst = database.analyst();
        check->schema = database.schemaVersion();
        if (database.isShared()) {
            QSqlQuery query(database.connection());
            if (query.exec(QStringLiteral("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl")) &&
                query.next()) {
                check->tls = query.value(0).toString();
            }
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, check, url, password, storedPassword] {
        // The server wants a password and none was typed: the keychain's, as the console would use it.
        if (check->passwordAsked && password.isEmpty() && !storedPassword && DatabaseUrl::isPostgresUrl(url)) {
            m_secrets->read(passwordAccount(url), this, [this, check, url](const core::SecretResult& result) {
                if (result.ok()) {
                    runCheck(url, QString::fromUtf8(result.secret), true);
                } else {
                    showCheck(*check, url, false);
                }
            });
            return;
        }
        showCheck(*check, url, storedPassword);
    });
    thread->start();
}

void DatabasePage::showCheck(const Check& check, const QString& url, bool storedPassword)
{
    m_testing = false;
    m_testButton->setEnabled(true);
    const bool team = DatabaseUrl::isPostgresUrl(url);
    if (!check.ok) {
        QString text = tr("Cannot open %1: %2").arg(team ? DatabaseUrl::parse(url).display() : url, check.error);
        if (check.passwordAsked) {
            text += QLatin1Char('\n') + tr("The server asks for a password: type it above, or set PGPASSWORD.");
        }
        m_resultLabel->setText(text);
        emit connectionTested(false);
        return;
    }
    QStringList lines;
    lines << tr("Connected to %1.").arg(check.server);
    lines << (team ? tr("The server knows you as %1; your changes are recorded under that name.").arg(check.analyst)
                   : tr("Analyst: %1.").arg(check.analyst));
    lines << tr("Schema %1, this version's.").arg(check.schema);
    if (team) {
        lines << (check.tls.isEmpty() ? tr("TLS: none (the connection is not encrypted).")
                                      : tr("TLS: %1.").arg(check.tls));
        if (storedPassword) {
            lines << tr("Signed in with the password stored in the keychain.");
        }
    }
    lines << tr("A change of database applies at the next start.");
    m_resultLabel->setText(lines.join(QLatin1Char('\n')));
    emit connectionTested(true);
}

} // namespace cordon::gui
