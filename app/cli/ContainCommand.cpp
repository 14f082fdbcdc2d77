#include "Cli.h"
#include "TerminalInput.h"
#include "containment/ContainmentContext.h"
#include "containment/ContainmentRunner.h"
#include "feed/IncidentStore.h"
#include "okta/OktaClient.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <memory>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

// The worst ending of a bulk run decides its exit code: credentials first, then a failure, a refusal, not found.
int bulkExitCode(const QList<core::ContainmentReport>& reports)
{
    QList<int> codes;
    for (const auto& report : reports) {
        codes << report.exitCode();
    }
    for (int code : {int(ExitConfiguration), int(ExitFailed), int(ExitRefused), int(ExitNotFound)}) {
        if (codes.contains(code)) {
            return code;
        }
    }
    return ExitDone;
}

void printText(Cli& cli, const core::ContainmentReport& report)
{
    const QString who =
        Cli::field(report.user.login.isEmpty() ? report.requestedUser
                                               : QStringLiteral("%1 (%2)").arg(report.user.login, report.user.id));
    if (report.status != core::ContainmentReport::Status::Completed) {
        cli.err(tr("%1: %2").arg(who, Cli::field(report.message)));
        if (report.refusal && report.refusal->reason == core::Refusal::Reason::AdminNeedsConfirmation) {
            cli.err(tr("  To act on this administrator anyway, run again with --allow-admin."));
        }
    } else {
        cli.out(tr("%1: now %2").arg(who, Cli::field(report.user.status)));
    }
    for (const core::ActionResult& result : report.results) {
        if (report.status != core::ContainmentReport::Status::Completed) {
            continue;
        }
        QString line = QStringLiteral("  %1  %2")
                           .arg(result.action.name(), -24)
                           .arg(core::ActionResult::outcomeName(result.outcome));
        if (result.httpStatus) {
            line += QStringLiteral("  HTTP %1").arg(result.httpStatus);
        }
        if (!result.requestId.isEmpty()) {
            line += tr("  request %1").arg(Cli::field(result.requestId));
        }
        if (!result.call.isEmpty() && result.outcome == core::ActionResult::Outcome::Planned) {
            line += QStringLiteral("  ") + Cli::field(result.call);
        }
        if (!result.detail.isEmpty() && result.outcome != core::ActionResult::Outcome::Done) {
            line += QStringLiteral("  (") + Cli::field(result.detail) + QLatin1Char(')');
        }
        cli.out(line);
    }
}

} // namespace

void runContain(Cli& cli, bool release)
{
    const CliArguments& args = cli.arguments();
    const QString verb = release ? QStringLiteral("release") : QStringLiteral("contain");
    const QStringList users = args.command.mid(1);
    if (users.isEmpty() || args.actions.isEmpty()) {
        cli.fail(ExitUsage, tr("usage: cordonctl %1 USER... --action A [--action A ...]").arg(verb));
        return;
    }
    QList<core::ContainmentAction> actions;
    for (const QString& text : args.actions) {
        QString error;
        const auto action = core::ContainmentAction::parse(text, &error);
        if (!action) {
            cli.fail(ExitUsage, error);
            return;
        }
        // Expiring the password fits either: at release it is sent after unsuspend.
        const bool either = action->kind == core::ContainmentAction::Kind::ExpirePassword;
        const bool releaseAction = action->isRelease();
        if (!either && release != releaseAction) {
            cli.fail(ExitUsage, release ? tr("'%1' contains; release takes unsuspend, remove-group:…, risk:LOW and "
                                             "expire-password")
                                              .arg(text)
                                        : tr("'%1' releases; contain takes clear-sessions, suspend, add-group:…, "
                                             "risk:HIGH, risk:MEDIUM, universal-logout, revoke-factors-since, "
                                             "reset-factors and expire-password")
                                              .arg(text));
            return;
        }
        if (!actions.contains(*action)) {
            actions << *action;
        }
    }
    const bool risk = std::any_of(actions.begin(), actions.end(), [](const core::ContainmentAction& action) {
        return action.kind == core::ContainmentAction::Kind::SetRisk;
    });
    if (!args.reason.isEmpty()) {
        if (!risk) {
            cli.fail(ExitUsage, tr("--reason is the reason a risk action gives Okta; no risk action was asked for"));
            return;
        }
        if (const QString problem = core::riskReasonProblem(args.reason); !problem.isEmpty()) {
            cli.fail(ExitUsage, tr("--reason: %1; nothing was sent").arg(problem));
            return;
        }
    }
    // revoke-factors-since without a time takes the incident's detection time.
    QDateTime detectedAt;
    if (!args.incident.isEmpty() && cli.database()) {
        if (const auto incident = core::IncidentStore(*cli.database()).find(args.incident)) {
            detectedAt = incident->detectedAt;
        }
    }
    const bool needsDetection = std::any_of(actions.begin(), actions.end(), [](const core::ContainmentAction& action) {
        return action.kind == core::ContainmentAction::Kind::RevokeFactorsSince && !action.since.isValid();
    });
    if (needsDetection && !detectedAt.isValid()) {
        cli.fail(ExitUsage, args.incident.isEmpty()
                                ? tr("revoke-factors-since needs a time (revoke-factors-since:2026-12-01T09:30:00Z) or "
                                     "--incident ID, whose detection time it then takes")
                                : tr("incident %1 is not stored or has no detection time: give revoke-factors-since "
                                     "its time")
                                      .arg(Cli::field(args.incident)));
        return;
    }
    if (!args.yes && !args.dryRun) {
        if (!stdinIsTerminal()) {
            cli.fail(ExitUsage, tr("refusing to %1 without confirmation: standard input is not a terminal; pass "
                                   "--yes (or --dry-run to see the plan)")
                                    .arg(verb));
            return;
        }
        const bool forget = args.forgetDevices.value_or((*cli.settings()).forgetDevices());
        QStringList names;
        for (const auto& action : std::as_const(actions)) {
            // What clearing sessions takes with it is part of what the analyst agrees to.
            names << (action.kind == core::ContainmentAction::Kind::ClearSessions
                          ? tr("%1 (with OAuth tokens, %2 remembered devices)")
                                .arg(action.name(), forget ? tr("forgetting") : tr("keeping"))
                          : action.name());
        }
        // A credential action cannot be taken back: what it reaches is said before the analyst agrees.
        for (const auto& action : std::as_const(actions)) {
            if (const QString radius = action.blastRadius(); !radius.isEmpty()) {
                cli.err(tr("%1: %2").arg(action.name(), radius));
            }
        }
        if (!askYesNo(tr("%1 %2: %3?").arg(verb, users.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))))) {
            cli.fail(ExitUsage, tr("nothing was done"));
            return;
        }
    }
    if (!cli.journal() || !cli.audit()) {
        cli.fail(ExitConfiguration, tr("without the local database there is no journal, so nothing is sent"));
        return;
    }
    cli.withClient([&cli, users, actions, detectedAt](core::OktaClient*) {
        const CliArguments& arguments = cli.arguments();
        core::ContainmentContext* context = cli.workspace()->containment();
        if (arguments.forgetDevices) {
            context->setForgetDevices(*arguments.forgetDevices);
        }

        const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto reports = std::make_shared<QList<core::ContainmentReport>>();
        auto remaining = std::make_shared<int>(int(users.size()));
        reports->resize(users.size());
        for (int index = 0; index < users.size(); ++index) {
            core::ContainmentRequest request;
            request.user = users.at(index);
            request.actions = actions;
            request.incidentId = arguments.incident;
            request.runId = runId;
            request.dryRun = arguments.dryRun;
            request.adminConfirmed = arguments.allowAdmin;
            request.riskReason = arguments.reason;
            request.detectedAt = detectedAt;
            auto* runner = new core::ContainmentRunner(context, request, context);
            QObject::connect(
                runner, &core::ContainmentRunner::finished, &cli,
                [&cli, reports, remaining, index, single = users.size() == 1](const core::ContainmentReport& report) {
                    (*reports)[index] = report;
                    if (!cli.json()) {
                        printText(cli, report);
                    }
                    if (--*remaining > 0) {
                        return;
                    }
                    if (cli.json()) {
                        if (single) {
                            cli.printJson(reports->first().toJson());
                        } else {
                            QJsonArray runs;
                            for (const auto& each : std::as_const(*reports)) {
                                runs.append(each.toJson());
                            }
                            cli.printJson(QJsonObject{{QStringLiteral("runs"), runs}});
                        }
                    }
                    cli.finish(bulkExitCode(*reports));
                });
            runner->start();
        }
    });
}

} // namespace cordon::cli
