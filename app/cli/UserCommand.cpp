#include "Cli.h"
#include "okta/OktaClient.h"

#include <QCoreApplication>
#include <QJsonArray>
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

struct UserView
{
    core::OktaUser user;
    QList<core::OktaGroup> groups;
    QList<core::OktaRole> roles;
    int pending = 2;
    bool failed = false;
};

void print(Cli& cli, const UserView& view)
{
    if (cli.json()) {
        QJsonArray groups;
        for (const core::OktaGroup& group : view.groups) {
            groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                      {QStringLiteral("name"), group.name},
                                      {QStringLiteral("type"), group.type}});
        }
        QJsonArray roles;
        for (const core::OktaRole& role : view.roles) {
            roles.append(QJsonObject{{QStringLiteral("type"), role.type}, {QStringLiteral("label"), role.label}});
        }
        cli.printJson(QJsonObject{{QStringLiteral("user"), view.user.toJson()},
                                  {QStringLiteral("groups"), groups},
                                  {QStringLiteral("adminRoles"), roles}});
        return;
    }
    const core::OktaUser& user = view.user;
    cli.out(tr("%1  %2").arg(Cli::field(user.login), Cli::field(user.id)));
    cli.out(
        tr("  Name:       %1")
            .arg(Cli::field(user.displayName.isEmpty() ? (user.firstName + QLatin1Char(' ') + user.lastName).trimmed()
                                                       : user.displayName)));
    cli.out(tr("  Status:     %1").arg(Cli::field(user.status)));
    cli.out(tr("  Email:      %1").arg(Cli::field(user.email)));
    if (!user.providerType.isEmpty()) {
        cli.out(tr("  Source:     %1 (%2)").arg(Cli::field(user.providerType), Cli::field(user.providerName)));
    }
    if (user.lastLogin.isValid()) {
        cli.out(tr("  Last login: %1").arg(user.lastLogin.toString(Qt::ISODate)));
    }
    QStringList groups;
    for (const core::OktaGroup& group : view.groups) {
        groups << Cli::field(group.name);
    }
    cli.out(tr("  Groups:     %1").arg(groups.join(QStringLiteral(", "))));
    QStringList roles;
    for (const core::OktaRole& role : view.roles) {
        roles << Cli::field(role.label.isEmpty() ? role.type : role.label);
    }
    cli.out(tr("  Admin:      %1").arg(roles.isEmpty() ? tr("no admin roles") : roles.join(QStringLiteral(", "))));
}

} // namespace

void runUser(Cli& cli)
{
    if (cli.arguments().command.size() != 2) {
        cli.fail(ExitUsage, tr("usage: cordonctl user USER (an Okta id or login)"));
        return;
    }
    const QString ref = cli.arguments().command.at(1);
    cli.withClient([&cli, ref](core::OktaClient* client) {
        client->getUser(ref, &cli, [&cli, client, ref](const core::OktaReply& reply, const core::OktaUser& user) {
            if (!reply.ok()) {
                const bool notFound = reply.httpStatus == 404;
                cli.fail(notFound ? ExitNotFound : ExitFailed,
                         notFound
                             ? tr("no Okta user '%1' (%2)").arg(Cli::field(ref), Cli::field(reply.error.message()))
                             : tr("could not read '%1': %2").arg(Cli::field(ref), Cli::field(reply.error.message())));
                return;
            }
            auto view = std::make_shared<UserView>();
            view->user = user;
            auto settle = [&cli, view](const core::OktaReply& part) {
                if (view->failed) {
                    return;
                }
                if (!part.ok()) {
                    view->failed = true;
                    cli.fail(ExitFailed, Cli::field(part.error.message()));
                    return;
                }
                if (--view->pending == 0) {
                    print(cli, *view);
                    cli.finish(ExitDone);
                }
            };
            client->userGroups(user.id, &cli,
                               [view, settle](const core::OktaReply& part, const QList<core::OktaGroup>& groups) {
                                   view->groups = groups;
                                   settle(part);
                               });
            client->userRoles(user.id, &cli,
                              [view, settle](const core::OktaReply& part, const QList<core::OktaRole>& roles) {
                                  view->roles = roles;
                                  settle(part);
                              });
        });
    });
}

} // namespace cordon::cli
