#include "Cli.h"
#include "containment/RolePermissions.h"
#include "okta/OktaClient.h"

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

void runCheck(Cli& cli)
{
    cli.withClient([&cli](core::OktaClient* client) {
        client->getCurrentUser(&cli, [&cli, client](const core::OktaReply& reply, const core::OktaUser& me) {
            if (!reply.ok()) {
                const bool credentials = reply.httpStatus == 401;
                cli.fail(credentials ? ExitConfiguration : ExitFailed,
                         tr("the connection check failed: %1").arg(Cli::field(reply.error.message())));
                return;
            }
            client->userRoles(
                me.id, &cli, [&cli, client, me](const core::OktaReply& rolesReply, const QList<core::OktaRole>& roles) {
                    if (!rolesReply.ok()) {
                        cli.fail(ExitFailed, tr("connected as %1, but its admin roles could not be read: %2")
                                                 .arg(Cli::field(me.login), Cli::field(rolesReply.error.message())));
                        return;
                    }
                    const auto permissions = core::RolePermissions::fromRoles(roles);
                    if (cli.json()) {
                        QJsonArray rolesJson;
                        for (const core::OktaRole& role : roles) {
                            rolesJson.append(QJsonObject{{QStringLiteral("type"), role.type},
                                                         {QStringLiteral("label"), role.label},
                                                         {QStringLiteral("assignmentType"), role.assignmentType}});
                        }
                        cli.printJson(QJsonObject{
                            {QStringLiteral("org"), client->orgUrl().toString()},
                            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), me.id},
                                                                 {QStringLiteral("login"), me.login},
                                                                 {QStringLiteral("status"), me.status}}},
                            {QStringLiteral("roles"), rolesJson},
                            {QStringLiteral("allows"), permissions.toJson()},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(permissions.warnings)}});
                    } else {
                        QStringList roleNames;
                        for (const core::OktaRole& role : roles) {
                            roleNames << Cli::field(role.label.isEmpty() ? role.type
                                                                         : role.label + QStringLiteral(" (") +
                                                                               role.type + QLatin1Char(')'));
                        }
                        auto yesNo = [](bool allowed) { return allowed ? tr("yes") : tr("no"); };
                        cli.out(tr("Org:            %1").arg(client->orgUrl().toString()));
                        cli.out(tr("Token acts as:  %1 (%2, %3)")
                                    .arg(Cli::field(me.login), Cli::field(me.id), Cli::field(me.status)));
                        cli.out(tr("Admin roles:    %1")
                                    .arg(roleNames.isEmpty() ? tr("none") : roleNames.join(QStringLiteral(", "))));
                        cli.out(tr("Clear sessions: %1").arg(yesNo(permissions.clearSessions)));
                        cli.out(tr("Suspend:        %1").arg(yesNo(permissions.suspend)));
                        cli.out(tr("Unsuspend:      %1").arg(yesNo(permissions.suspend)));
                        cli.out(tr("Group changes:  %1").arg(yesNo(permissions.groupMembership)));
                        for (const QString& warning : permissions.warnings) {
                            cli.err(tr("warning: %1").arg(Cli::field(warning)));
                        }
                    }
                    cli.finish(ExitDone);
                });
        });
    });
}

} // namespace cordon::cli
