#include "Cli.h"
#include "containment/CredentialCapabilities.h"
#include "containment/RolePermissions.h"
#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"
#include "okta/ServiceAppAuth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

// What the credentials allow, printed or as JSON. identity says who acts: the token's user or the service app.
void report(Cli& cli,
            core::OktaClient* client,
            const QJsonObject& identity,
            const QString& actsAs,
            const QList<core::OktaRole>& roles,
            const core::CredentialCapabilities& credentials)
{
    auto permissions = core::RolePermissions::fromRoles(roles);
    core::ServiceAppAuth* app = client->serviceApp();
    if (!app) {
        permissions.warnings << tr("an API token acts with every admin role of the admin who made it and lives 30 "
                                   "days from its last use; Okta recommends an OAuth 2.0 service app instead: "
                                   "`cordonctl login --oauth CLIENT_ID`");
    }
    // Under OAuth each step also needs its scopes: granted against needed, per step.
    QJsonObject steps;
    QStringList missingLines;
    if (app) {
        for (const core::OktaScopes::Step step : core::OktaScopes::steps()) {
            const QStringList missing = core::OktaScopes::missing(step, app->grantedScopes());
            const bool optional = core::OktaScopes::isCredentialStep(step);
            steps.insert(
                core::OktaScopes::stepName(step),
                QJsonObject{{QStringLiteral("needs"), QJsonArray::fromStringList(core::OktaScopes::forStep(step))},
                            {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                            {QStringLiteral("optional"), optional}});
            // A credential action's scopes are asked for only when wanted; without them that action is unavailable.
            if (!missing.isEmpty() && !optional) {
                missingLines
                    << tr("%1: not granted %2").arg(core::OktaScopes::stepName(step), missing.join(QLatin1Char(' ')));
            }
        }
    }
    if (cli.json()) {
        QJsonArray rolesJson;
        for (const core::OktaRole& role : roles) {
            rolesJson.append(QJsonObject{{QStringLiteral("type"), role.type},
                                         {QStringLiteral("label"), role.label},
                                         {QStringLiteral("assignmentType"), role.assignmentType}});
        }
        QJsonObject json{{QStringLiteral("org"), client->orgUrl().toString()},
                         {QStringLiteral("authorization"), app ? QStringLiteral("PrivateKey") : QStringLiteral("SSWS")},
                         {QStringLiteral("roles"), rolesJson},
                         {QStringLiteral("allows"), permissions.toJson()},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(permissions.warnings)}};
        for (auto it = identity.begin(); it != identity.end(); ++it) {
            json.insert(it.key(), it.value());
        }
        json.insert(QStringLiteral("credentialActions"), credentials.toJson());
        if (app) {
            json.insert(QStringLiteral("scopes"),
                        QJsonObject{{QStringLiteral("granted"), QJsonArray::fromStringList(app->grantedScopes())},
                                    {QStringLiteral("steps"), steps}});
        }
        cli.printJson(json);
    } else {
        QStringList roleNames;
        for (const core::OktaRole& role : roles) {
            roleNames << Cli::field(
                role.label.isEmpty() ? role.type : role.label + QStringLiteral(" (") + role.type + QLatin1Char(')'));
        }
        auto yesNo = [](bool allowed) { return allowed ? tr("yes") : tr("no"); };
        cli.out(tr("Org:            %1").arg(client->orgUrl().toString()));
        cli.out(actsAs);
        cli.out(tr("Admin roles:    %1").arg(roleNames.isEmpty() ? tr("none") : roleNames.join(QStringLiteral(", "))));
        if (app) {
            cli.out(tr("Scopes:         %1").arg(Cli::field(app->grantedScopes().join(QLatin1Char(' ')))));
        }
        cli.out(tr("Clear sessions: %1").arg(yesNo(permissions.clearSessions)));
        cli.out(tr("Suspend:        %1").arg(yesNo(permissions.suspend)));
        cli.out(tr("Unsuspend:      %1").arg(yesNo(permissions.suspend)));
        cli.out(tr("Group changes:  %1").arg(yesNo(permissions.groupMembership)));
        for (const auto kind : core::CredentialCapabilities::kinds()) {
            const QString name = core::CredentialCapabilities::kindName(kind) + QLatin1Char(':');
            cli.out(QStringLiteral("%1 %2").arg(name, -15).arg(
                credentials.allows(kind) ? tr("yes") : tr("no: %1").arg(Cli::field(credentials.reason(kind)))));
        }
        for (const QString& line : std::as_const(missingLines)) {
            cli.err(tr("warning: %1").arg(Cli::field(line)));
        }
        for (const QString& warning : std::as_const(permissions.warnings)) {
            cli.err(tr("warning: %1").arg(Cli::field(warning)));
        }
    }
    cli.finish(ExitDone);
}

// Which credential actions the org and the credentials allow, read on userId (never changed), then the report.
void probeThenReport(Cli& cli,
                     core::OktaClient* client,
                     const QString& userId,
                     const QJsonObject& identity,
                     const QString& actsAs,
                     const QList<core::OktaRole>& roles)
{
    QStringList roleTypes;
    for (const core::OktaRole& role : roles) {
        roleTypes << role.type;
    }
    const QStringList granted = client->serviceApp() ? client->serviceApp()->grantedScopes() : QStringList();
    auto* probe = new core::CredentialProbe(client, granted, roleTypes, &cli);
    QObject::connect(probe, &core::CredentialProbe::finished, &cli,
                     [&cli, client, identity, actsAs, roles](const core::CredentialCapabilities& found) {
                         report(cli, client, identity, actsAs, roles, found);
                     });
    probe->start(userId);
}

void failCheck(Cli& cli, const core::OktaReply& reply)
{
    const bool credentials = reply.httpStatus == 401 || reply.error.httpStatus == 401;
    cli.fail(credentials ? ExitConfiguration : ExitFailed,
             tr("the connection check failed: %1").arg(Cli::field(reply.error.message())));
}

void checkServiceApp(Cli& cli, core::OktaClient* client)
{
    // A service app has no user: its roles are the app's own (docs/okta.md §4).
    core::ServiceAppAuth* app = client->serviceApp();
    const QString clientId = app->config().clientId;
    client->clientRoles(
        clientId, &cli, [&cli, client, clientId](const core::OktaReply& reply, const QList<core::OktaRole>& roles) {
            if (!reply.ok()) {
                failCheck(cli, reply);
                return;
            }
            // The app has no user of its own: the probe reads one user of the org.
            core::UserQuery any;
            any.limit = 1;
            any.maxPages = 1;
            client->searchUsers(
                any, &cli, [&cli, client, clientId, roles](const core::OktaReply&, const QList<core::OktaUser>& users) {
                    probeThenReport(cli, client, users.isEmpty() ? QString() : users.constFirst().id,
                                    QJsonObject{{QStringLiteral("serviceApp"),
                                                 QJsonObject{{QStringLiteral("clientId"), clientId}}}},
                                    tr("Signed in as:   service app %1").arg(Cli::field(clientId)), roles);
                });
        });
}

} // namespace

void runCheck(Cli& cli)
{
    cli.withClient([&cli](core::OktaClient* client) {
        if (client->serviceApp()) {
            checkServiceApp(cli, client);
            return;
        }
        client->getCurrentUser(&cli, [&cli, client](const core::OktaReply& reply, const core::OktaUser& me) {
            if (!reply.ok()) {
                failCheck(cli, reply);
                return;
            }
            client->userRoles(
                me.id, &cli, [&cli, client, me](const core::OktaReply& rolesReply, const QList<core::OktaRole>& roles) {
                    if (!rolesReply.ok()) {
                        cli.fail(ExitFailed, tr("connected as %1, but its admin roles could not be read: %2")
                                                 .arg(Cli::field(me.login), Cli::field(rolesReply.error.message())));
                        return;
                    }
                    probeThenReport(
                        cli, client, me.id,
                        QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), me.id},
                                                                         {QStringLiteral("login"), me.login},
                                                                         {QStringLiteral("status"), me.status}}}},
                        tr("Token acts as:  %1 (%2, %3)")
                            .arg(Cli::field(me.login), Cli::field(me.id), Cli::field(me.status)),
                        roles);
                });
        });
    });
}

} // namespace cordon::cli
