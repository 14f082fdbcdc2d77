#include "Cli.h"

#include "base/SafeText.h"
#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"
#include "okta/OrgUrl.h"
#include "okta/ServiceAppAuth.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace cordon::cli
{

namespace
{

// How long an ending command waits for the keychain to take the audit log's new head.
constexpr int AnchorDeadlineMs = 30000;

} // namespace

Cli::Cli(CliArguments arguments, QObject* parent) : QObject(parent), m_arguments(std::move(arguments)) {}

Cli::~Cli()
{
    // What the commands made (runners, matchers, feed sources) uses the workspace: it goes first.
    const QObjectList made = children();
    qDeleteAll(made);
}

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
    const QStringList& words = m_arguments.command;
    const QString command = words.first();
    const bool writesAudit =
        ((command == QLatin1String("contain") || command == QLatin1String("release")) && !m_arguments.dryRun) ||
        (command == QLatin1String("journal") && words.value(1) == QLatin1String("resume"));
    const bool verifiesAudit = command == QLatin1String("audit") &&
                               (words.value(1) == QLatin1String("verify") || words.value(1) == QLatin1String("key"));
    if ((writesAudit || verifiesAudit) && audit()) {
        sealAudit(writesAudit, [this] { route(); });
        return;
    }
    route();
}

void Cli::sealAudit(bool create, std::function<void()> then)
{
    core::AuditSeal* seal = m_workspace->seal();
    seal->load(create, this, [this, seal, create, then = std::move(then)] {
        if (create && !seal->hasKey()) {
            if (audit()->hasSealedEntries()) {
                fail(ExitConfiguration,
                     tr("the audit log is sealed with a key kept in the %1, and that key cannot be read: %2 Nothing "
                        "was sent: Cordon adds no unsealed entries to a sealed log.")
                         .arg(secrets()->backendName(), seal->keyProblem()));
                return;
            }
            err(tr("cordonctl: the audit entries of this run are not sealed, only hash-chained: %1")
                    .arg(seal->keyProblem()));
        }
        // The head is anchored before anything is written, so that no keyed entry is ever without an anchor.
        if (seal->isIdle()) {
            then();
        } else {
            connect(seal, &core::AuditSeal::idle, this, then, Qt::SingleShotConnection);
        }
    });
}

void Cli::route()
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
    } else if (command == QLatin1String("protect")) {
        runProtect(*this);
    } else if (command == QLatin1String("db")) {
        runDb(*this);
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
    // The head of the audit log is anchored in the keychain before the program ends, within a deadline.
    core::AuditSeal* seal = m_workspace ? m_workspace->seal() : nullptr;
    if (seal && !seal->isIdle()) {
        connect(seal, &core::AuditSeal::idle, this, [this, seal, code] {
            if (!seal->frozenReason().isEmpty()) {
                err(tr("cordonctl: the audit log's anchor was kept where it was, as evidence: %1. Run `cordonctl "
                       "audit verify`.")
                        .arg(seal->frozenReason()));
            }
            QCoreApplication::exit(code);
        });
        QTimer::singleShot(AnchorDeadlineMs, this, [this, code] {
            err(tr("cordonctl: the audit log's head could not be anchored in the %1 within %2 s; the next run "
                   "anchors it")
                    .arg(secrets()->backendName())
                    .arg(AnchorDeadlineMs / 1000));
            QCoreApplication::exit(code);
        });
        return;
    }
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
    const QByteArray bytes =
        core::safetext::forTerminalLines(text).toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Cli::err(const QString& text)
{
    const QByteArray bytes =
        core::safetext::forTerminalLines(text).toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString Cli::field(const QString& text)
{
    return core::safetext::forTerminal(text);
}

void Cli::fail(int code, const QString& message)
{
    err(QStringLiteral("cordonctl: ") + message);
    finish(code);
}

core::Workspace* Cli::workspace()
{
    if (!m_workspace) {
        m_workspace = std::make_unique<core::Workspace>();
    }
    return m_workspace.get();
}

core::AppSettings* Cli::settings()
{
    return workspace()->settings();
}

core::SecretStoreInterface* Cli::secrets()
{
    return workspace()->secrets();
}

core::Database* Cli::database()
{
    if (!workspace()->database() && !m_databaseFailed) {
        QString error;
        QString warning;
        if (!m_workspace->openDatabase(&error, &warning)) {
            err(tr("cordonctl: cannot open the database: %1").arg(error));
            m_databaseFailed = true;
            return nullptr;
        }
        if (!warning.isEmpty()) {
            err(tr("cordonctl: %1").arg(warning));
        }
    }
    return m_workspace->database();
}

core::Journal* Cli::journal()
{
    return database() ? m_workspace->journal() : nullptr;
}

core::AuditLog* Cli::audit()
{
    return database() ? m_workspace->audit() : nullptr;
}

bool Cli::resolveOrg(QUrl* org)
{
    // What the command line says wins over the environment, which wins over the settings.
    QString raw = m_arguments.org;
    if (raw.trimmed().isEmpty()) {
        raw = qEnvironmentVariable("OKTA_CLIENT_ORGURL");
    }
    const core::AppSettings& appSettings = *settings();
    if (raw.trimmed().isEmpty()) {
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
        // It vouches for the host it was given with, never for one that came from elsewhere.
        if (m_arguments.org.trimmed().isEmpty()) {
            fail(ExitUsage, tr("--custom-domain names --org's host as the org's custom domain: pass --org too"));
            return false;
        }
        options.customDomains << QUrl::fromUserInput(m_arguments.org.trimmed()).host().toLower();
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
    core::OktaClient* client = workspace()->okta();
    // As many calls in flight as Qt opens connections to one host: a containment's look-ups go out together.
    client->governor()->setMaxInFlight(6);
    // Scripts that must give up sooner on an Okta that does not answer shorten each wait, and the retries'.
    bool set = false;
    if (const int timeoutMs = qEnvironmentVariableIntValue("CORDON_OKTA_TIMEOUT_MS", &set); set && timeoutMs > 0) {
        client->setTransferTimeoutMs(timeoutMs);
    }
    if (const int delayMs = qEnvironmentVariableIntValue("CORDON_OKTA_RETRY_DELAY_MS", &set); set && delayMs >= 0) {
        client->setRetryBaseDelayMs(delayMs);
    }
    m_workspace->useOrg(org, token);
    return client;
}

void Cli::withClient(std::function<void(core::OktaClient* client)> then)
{
    QUrl org;
    if (!resolveOrg(&org)) {
        return;
    }
    // An OAuth service app, configured as Okta's SDKs read it from the environment (docs/okta.md §4).
    const QString mode = qEnvironmentVariable("OKTA_CLIENT_AUTHORIZATIONMODE").trimmed();
    if (mode.compare(QLatin1String("PrivateKey"), Qt::CaseInsensitive) == 0) {
        core::ServiceAppConfig config;
        config.clientId = qEnvironmentVariable("OKTA_CLIENT_CLIENTID").trimmed();
        config.keyId = qEnvironmentVariable("OKTA_CLIENT_PRIVATEKEYID").trimmed();
        config.scopes = qEnvironmentVariableIsSet("OKTA_CLIENT_SCOPES")
                            ? qEnvironmentVariable("OKTA_CLIENT_SCOPES").split(QLatin1Char(' '), Qt::SkipEmptyParts)
                            : core::OktaScopes::all();
        QByteArray pem = qgetenv("OKTA_CLIENT_PRIVATEKEY");
        if (pem.trimmed().isEmpty()) {
            fail(ExitConfiguration, tr("OKTA_CLIENT_AUTHORIZATIONMODE is PrivateKey but OKTA_CLIENT_PRIVATEKEY holds "
                                       "no private key"));
            return;
        }
        makeClient(org, {});
        QString error;
        const bool configured = m_workspace->useServiceApp(org, config, pem, &error);
        core::SigningKey::scrub(pem);
        if (!configured) {
            fail(ExitConfiguration, error);
            return;
        }
        then(workspace()->okta());
        return;
    }
    if (!mode.isEmpty() && mode.compare(QLatin1String("SSWS"), Qt::CaseInsensitive) != 0) {
        fail(ExitUsage, tr("OKTA_CLIENT_AUTHORIZATIONMODE must be SSWS or PrivateKey, not \"%1\"")
                            .arg(core::safetext::forTerminal(mode.left(40))));
        return;
    }
    QByteArray token = qgetenv("OKTA_CLIENT_TOKEN").trimmed();
    if (token.isEmpty() && mode.isEmpty() && settings()->oktaAuthorizationMode() == QLatin1String("PrivateKey")) {
        // Set up by `login --oauth`: the app's private key is in the keychain.
        core::ServiceAppConfig config{settings()->oauthClientId(), settings()->oauthScopes(), settings()->oauthKeyId()};
        secrets()->read(
            core::SecretAccounts::oktaServiceAppKey(org), this, [this, org, config, then](core::SecretResult result) {
                if (result.status != core::SecretResult::Status::Ok) {
                    fail(ExitConfiguration, tr("cannot read the service app's private key for %1 from the keychain: %2")
                                                .arg(org.host(), result.message));
                    return;
                }
                makeClient(org, {});
                QString error;
                const bool configured = m_workspace->useServiceApp(org, config, result.secret, &error);
                core::SigningKey::scrub(result.secret);
                if (!configured) {
                    fail(ExitConfiguration, error);
                    return;
                }
                then(workspace()->okta());
            });
        return;
    }
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
