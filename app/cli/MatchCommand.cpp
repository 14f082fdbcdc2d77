#include "Cli.h"
#include "identity/IdentityMatcher.h"
#include "identity/IdentityParser.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

void printText(Cli& cli, const core::MatchResult& result)
{
    const core::EndpointIdentity& identity = result.identity;
    cli.out(tr("%1: %2, %3, %4")
                .arg(Cli::field(identity.raw), core::EndpointIdentity::formName(identity.form),
                     core::EndpointIdentity::principalClassName(identity.principalClass),
                     core::EndpointIdentity::matchPolicyName(identity.matchPolicy)));
    if (!result.note.isEmpty()) {
        cli.out(QStringLiteral("  ") + Cli::field(result.note));
    }
    if (result.candidates.isEmpty() && identity.matchable()) {
        cli.out(tr("  no Okta user found"));
    }
    for (const core::Candidate& candidate : result.candidates) {
        cli.out(QStringLiteral("  %1  %2  %3  %4  %5")
                    .arg(candidate.score, 4, 'f', 2)
                    .arg(core::Candidate::confidenceName(candidate.confidence), -6)
                    .arg(Cli::field(candidate.user.login), -32)
                    .arg(Cli::field(candidate.user.status), -13)
                    .arg(Cli::field(candidate.user.id)));
        for (const QString& reason : candidate.reasons) {
            cli.out(QStringLiteral("        - ") + Cli::field(reason));
        }
    }
    if (!result.autoApprove.isEmpty()) {
        cli.out(tr("  auto-approve: %1").arg(Cli::field(result.autoApprove)));
    }
    cli.err(QCoreApplication::translate("cordonctl", "%n Okta call(s)", nullptr, result.apiCalls));
}

} // namespace

void runMatch(Cli& cli)
{
    if (cli.arguments().command.size() != 2) {
        cli.fail(ExitUsage, tr("usage: cordonctl match IDENTITY [--limit N]"));
        return;
    }
    const QString query = cli.arguments().command.at(1);
    core::AppSettings& settings = *cli.settings();
    core::IdentityContext context;
    context.serviceAccountPatterns = settings.serviceAccountPatterns();
    const core::EndpointIdentity identity = core::IdentityParser::parse(query, context);

    cli.withClient([&cli, identity, query](core::OktaClient* client) {
        auto* matcher = new core::IdentityMatcher(client, &cli);
        matcher->setOptions(cli.workspace()->matchOptions());
        matcher->match(identity, &cli, [&cli, query](const core::MatchResult& result) {
            core::MatchResult shown = result;
            if (shown.candidates.size() > cli.arguments().limit) {
                shown.candidates.resize(cli.arguments().limit);
            }
            if (cli.json()) {
                cli.printJson(shown.toJson(query));
            } else {
                printText(cli, shown);
            }
            if (result.error.isError()) {
                cli.fail(ExitFailed, tr("the Okta search failed: %1").arg(Cli::field(result.error.message())));
                return;
            }
            cli.finish(ExitDone);
        });
    });
}

} // namespace cordon::cli
