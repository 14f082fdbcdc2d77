#include "Cli.h"

#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace cordon::cli
{

Cli::Cli(CliArguments arguments, QObject* parent) : QObject(parent), m_arguments(std::move(arguments)) {}

Cli::~Cli() = default;

void Cli::run()
{
    if (m_arguments.version) {
        out(QStringLiteral("cordonctl %1").arg(QCoreApplication::applicationVersion()));
        finish(ExitDone);
        return;
    }
    if (m_arguments.help || m_arguments.command.isEmpty()) {
        if (m_arguments.help) {
            out(CliArguments::usage());
            finish(ExitDone);
        } else {
            err(CliArguments::usage());
            finish(ExitUsage);
        }
        return;
    }
    dispatch();
}

void Cli::dispatch()
{
    const QString command = m_arguments.command.first();
    if (command == QLatin1String("login")) {
        runLogin(*this);
    } else if (command == QLatin1String("logout")) {
        runLogout(*this);
    } else if (command == QLatin1String("check")) {
        runCheck(*this);
    } else if (command == QLatin1String("user")) {
        runUser(*this);
    } else if (command == QLatin1String("contain")) {
        runContain(*this, false);
    } else if (command == QLatin1String("release")) {
        runContain(*this, true);
    } else if (command == QLatin1String("journal")) {
        runJournal(*this);
    } else if (command == QLatin1String("incidents")) {
        runIncidents(*this);
    } else if (command == QLatin1String("audit")) {
        runAudit(*this);
    } else if (command == QLatin1String("match")) {
        runMatch(*this);
    } else {
        fail(ExitUsage, tr("unknown command '%1' (see cordonctl --help)").arg(command));
    }
}

void Cli::finish(int code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    std::fflush(stdout);
    std::fflush(stderr);
    // Leave the event loop after the current callback has returned.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void Cli::printJson(const QJsonDocument& document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Cli::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Cli::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void Cli::fail(int code, const QString& message)
{
    err(QStringLiteral("cordonctl: ") + message);
    finish(code);
}

QSettings* Cli::settings()
{
    if (!m_settings) {
        m_settings = core::AppSettings::open();
    }
    return m_settings.get();
}

core::SecretStoreInterface* Cli::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<core::KeychainSecretStore>();
    }
    return m_secrets.get();
}

core::Database* Cli::database()
{
    if (!m_database) {
        auto database = std::make_unique<core::Database>();
        QString error;
        QString warning;
        if (!database->openDefault(&error, &warning)) {
            err(tr("cordonctl: cannot open the local database: %1").arg(error));
            return nullptr;
        }
        if (!warning.isEmpty()) {
            err(tr("cordonctl: %1").arg(warning));
        }
        m_database = std::move(database);
    }
    return m_database.get();
}

core::Journal* Cli::journal()
{
    if (!m_journal && database()) {
        m_journal = std::make_unique<core::Journal>(*m_database);
    }
    return m_journal.get();
}

core::AuditLog* Cli::audit()
{
    if (!m_audit && database()) {
        m_audit = std::make_unique<core::AuditLog>(*m_database);
    }
    return m_audit.get();
}

bool Cli::resolveOrg(QUrl* org)
{
    QString raw = qEnvironmentVariable("OKTA_CLIENT_ORGURL");
    if (raw.isEmpty()) {
        raw = m_arguments.org;
    }
    core::AppSettings appSettings(settings());
    if (raw.isEmpty()) {
        raw = appSettings.orgUrl();
    }
    if (raw.trimmed().isEmpty()) {
        fail(ExitConfiguration, tr("no Okta org is configured: pass --org URL (for example --org acme.okta.com) "
                                   "or set OKTA_CLIENT_ORGURL"));
        return false;
    }
    core::OrgUrlOptions options;
    options.allowHttpLoopback = m_arguments.allowHttpLoopback;
    options.customDomains = appSettings.customDomains();
    if (m_arguments.customDomain) {
        const QUrl given = QUrl::fromUserInput(raw.trimmed());
        options.customDomains << given.host().toLower();
    }
    const core::OrgUrlResult result = core::OrgUrl::normalize(raw, options);
    if (!result.ok) {
        fail(ExitConfiguration, result.error);
        return false;
    }
    if (!result.note.isEmpty()) {
        err(QStringLiteral("cordonctl: ") + result.note);
    }
    *org = result.url;
    return true;
}

core::OktaClient* Cli::makeClient(const QUrl& org, const QByteArray& token)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    auto* client = new core::OktaClient(m_network, nullptr, nullptr, this);
    // As many calls in flight as Qt opens connections to one host: a containment's look-ups go out together.
    client->governor()->setMaxInFlight(6);
    client->setMaxResponseBytes(core::AppSettings(settings()).limit(core::AppSettings::Limit::OktaResponseBytes));
    // Scripts that must give up sooner on an Okta that does not answer shorten each wait, and the retries'.
    bool set = false;
    if (const int timeoutMs = qEnvironmentVariableIntValue("CORDON_OKTA_TIMEOUT_MS", &set); set && timeoutMs > 0) {
        client->setTransferTimeoutMs(timeoutMs);
    }
    if (const int delayMs = qEnvironmentVariableIntValue("CORDON_OKTA_RETRY_DELAY_MS", &set); set && delayMs >= 0) {
        client->setRetryBaseDelayMs(delayMs);
    }
    client->setOrgUrl(org);
    client->setToken(token);
    return client;
}

void Cli::withClient(std::function<void(core::OktaClient* client)> then)
{
    QUrl org;
    if (!resolveOrg(&org)) {
        return;
    }
    QByteArray token = qgetenv("OKTA_CLIENT_TOKEN").trimmed();
    if (!token.isEmpty()) {
        core::OktaClient* client = makeClient(org, token);
        token.fill('\0');
        then(client);
        return;
    }
    const QString account = org.host();
    secrets()->read(account, this, [this, org, account, then](const core::SecretResult& result) {
        if (result.status != core::SecretResult::Status::Ok) {
            if (result.status == core::SecretResult::Status::NotFound) {
                fail(ExitConfiguration,
                     tr("no API token is stored for %1: run `cordonctl --org %2 login`").arg(account, org.toString()));
            } else {
                fail(ExitConfiguration,
                     tr("cannot read the API token for %1 from the keychain: %2").arg(account, result.message));
            }
            return;
        }
        then(makeClient(org, result.secret));
    });
}

} // namespace cordon::cli
