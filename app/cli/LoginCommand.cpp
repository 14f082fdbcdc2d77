#include "Cli.h"
#include "TerminalInput.h"
#include "oauth/SigningKey.h"
#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"
#include "okta/ServiceAppAuth.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"
#include "workspace/ServiceAppSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

} // namespace

namespace
{

// login --oauth: a key pair of Cordon's own for the service app. The private key goes to the keychain and
// nowhere else; the public key and the scopes to grant are printed for the Okta admin.
void loginServiceApp(Cli& cli, const QUrl& org)
{
    core::ServiceAppConfig config;
    config.clientId = cli.arguments().oauthClientId.trimmed();
    config.scopes = core::OktaScopes::all();
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        cli.fail(ExitConfiguration, problem);
        return;
    }
    core::SigningKey key = core::ServiceAppSetup::makeKey();
    if (key.isNull()) {
        cli.fail(ExitFailed, tr("no key pair could be made"));
        return;
    }
    config.keyId = core::ServiceAppSetup::keyId(key);
    const QJsonObject jwk = key.registrationJwk(config.keyId);
    core::ServiceAppSetup::storeKey(
        cli.secrets(), org, key, &cli, [&cli, org, config, jwk](const core::SecretResult& result) {
            if (result.status != core::SecretResult::Status::Ok) {
                cli.fail(ExitConfiguration,
                         tr("the private key could not be stored in the keychain: %1").arg(result.message));
                return;
            }
            core::AppSettings& settings = *cli.settings();
            const bool saved =
                settings.setOrgUrl(org.toString()) && core::ServiceAppSetup::writeSettings(settings, config);
            if (!saved) {
                cli.fail(ExitConfiguration, tr("the settings could not be written"));
                return;
            }
            if (cli.json()) {
                cli.printJson(QJsonObject{{QStringLiteral("org"), org.toString()},
                                          {QStringLiteral("clientId"), config.clientId},
                                          {QStringLiteral("stored"), cli.secrets()->backendName()},
                                          {QStringLiteral("publicKey"), jwk},
                                          {QStringLiteral("scopes"), QJsonArray::fromStringList(config.scopes)}});
            } else {
                cli.out(tr("A key pair was made for the service app %1; its private key is in %2.")
                            .arg(Cli::field(config.clientId), cli.secrets()->backendName()));
                cli.out(tr("In Okta, on the app's General tab, set client authentication to \"Public key / Private "
                           "key\" and add this public key:"));
                cli.out(QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Indented)).trimmed());
                cli.out(tr("On its Okta API Scopes tab, grant: %1").arg(config.scopes.join(QLatin1Char(' '))));
                cli.out(tr("Then give the app an admin role that may manage users and groups, and run `cordonctl "
                           "check`."));
            }
            cli.finish(ExitDone);
        });
}

} // namespace

void runLogin(Cli& cli)
{
    QUrl org;
    if (!cli.resolveOrg(&org)) {
        return;
    }
    if (!cli.arguments().oauthClientId.isEmpty()) {
        loginServiceApp(cli, org);
        return;
    }
    // Shared so that every path below can scrub it, whichever callback ends the command.
    auto token = std::make_shared<QByteArray>(
        readSecretLine(tr("Okta API token for %1 (input hidden): ").arg(org.host())).trimmed());
    if (token->isEmpty()) {
        cli.fail(ExitConfiguration, tr("no API token was given on standard input"));
        return;
    }
    if (token->contains(' ') || token->contains('\t')) {
        token->fill('\0');
        cli.fail(ExitConfiguration, tr("the API token contains spaces: paste the token alone, on one line"));
        return;
    }
    core::OktaClient* client = cli.makeClient(org, *token);
    client->getCurrentUser(&cli, [&cli, org, token](const core::OktaReply& reply, const core::OktaUser& user) {
        if (!reply.ok()) {
            token->fill('\0');
            const bool rejected = reply.httpStatus == 401 || reply.httpStatus == 403;
            cli.fail(rejected ? ExitConfiguration : ExitFailed,
                     tr("the token was not stored: %1").arg(Cli::field(reply.error.message())));
            return;
        }
        const QString account = org.host();
        cli.secrets()->write(
            account, *token, &cli, [&cli, org, user, account, token](const core::SecretResult& result) {
                token->fill('\0');
                if (result.status != core::SecretResult::Status::Ok) {
                    cli.fail(ExitConfiguration,
                             tr("the token is valid but could not be stored in the keychain: %1").arg(result.message));
                    return;
                }
                core::AppSettings& settings = *cli.settings();
                settings.setOrgUrl(org.toString());
                settings.setOktaAuthorizationMode(QStringLiteral("SSWS"));
                if (cli.arguments().customDomain && !settings.customDomains().contains(account)) {
                    settings.setCustomDomains(settings.customDomains() << account);
                }
                if (cli.json()) {
                    cli.printJson(QJsonObject{{QStringLiteral("org"), org.toString()},
                                              {QStringLiteral("stored"), cli.secrets()->backendName()},
                                              {QStringLiteral("actsAs"), user.login}});
                } else {
                    cli.out(tr("Token for %1 stored in %2; it acts as %3.")
                                .arg(account, cli.secrets()->backendName(), Cli::field(user.login)));
                }
                cli.finish(ExitDone);
            });
    });
}

void runLogout(Cli& cli)
{
    QUrl org;
    if (!cli.resolveOrg(&org)) {
        return;
    }
    const QString account = org.host();
    cli.secrets()->remove(account, &cli, [&cli, account](const core::SecretResult& result) {
        if (result.status == core::SecretResult::Status::NotFound) {
            cli.err(tr("No token was stored for %1.").arg(account));
            cli.finish(ExitDone);
            return;
        }
        if (result.status != core::SecretResult::Status::Ok) {
            cli.fail(ExitConfiguration, tr("could not remove the token for %1: %2").arg(account, result.message));
            return;
        }
        cli.err(tr("Token for %1 removed from %2.").arg(account, cli.secrets()->backendName()));
        cli.finish(ExitDone);
    });
}

} // namespace cordon::cli
