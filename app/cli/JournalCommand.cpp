#include "Cli.h"
#include "base/JsonTime.h"
#include "containment/ContainmentContext.h"
#include "containment/JournalResume.h"
#include "store/AppSettings.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

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

QJsonObject entryJson(const core::JournalEntry& entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("run"), entry.runId},
            {QStringLiteral("incident"), entry.incidentId},
            {QStringLiteral("userId"), entry.oktaUserId},
            {QStringLiteral("user"), entry.oktaLogin},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("state"), entry.state},
            {QStringLiteral("since"), core::jsonTime(entry.createdAt)}};
}

} // namespace

void runJournal(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    const bool resume = words.size() == 2 && words.at(1) == QLatin1String("resume");
    if (words.size() > 2 || (words.size() == 2 && !resume)) {
        cli.fail(ExitUsage, tr("usage: cordonctl journal | cordonctl journal resume"));
        return;
    }
    core::Journal* journal = cli.journal();
    if (!journal || !cli.audit()) {
        cli.finish(ExitConfiguration);
        return;
    }
    const QList<core::JournalEntry> unfinished = journal->unfinished();
    if (!resume) {
        if (cli.json()) {
            QJsonArray entries;
            for (const auto& entry : unfinished) {
                entries.append(entryJson(entry));
            }
            cli.printJson(QJsonObject{{QStringLiteral("unfinished"), entries}});
        } else if (unfinished.isEmpty()) {
            cli.out(tr("No unfinished actions."));
        } else {
            for (const auto& entry : unfinished) {
                cli.out(QStringLiteral("%1  %2  %3  %4  %5")
                            .arg(entry.id)
                            .arg(entry.createdAt.toString(Qt::ISODate), Cli::field(entry.state),
                                 Cli::field(entry.action),
                                 Cli::field(entry.oktaLogin.isEmpty() ? entry.oktaUserId : entry.oktaLogin)));
            }
            cli.err(tr("Run `cordonctl journal resume` to settle them from Okta's state."));
        }
        cli.finish(ExitDone);
        return;
    }
    if (unfinished.isEmpty()) {
        if (cli.json()) {
            cli.printJson(QJsonObject{{QStringLiteral("settled"), QJsonArray()}});
        } else {
            cli.out(tr("No unfinished actions."));
        }
        cli.finish(ExitDone);
        return;
    }
    cli.withClient([&cli](core::OktaClient*) {
        auto* settling = new core::JournalResume(cli.workspace()->containment(), &cli);
        settling->setAdminConfirmed(cli.arguments().allowAdmin);
        QObject::connect(settling, &core::JournalResume::finished, &cli, [&cli, settling] {
            if (cli.json()) {
                QJsonArray settled;
                for (const auto& each : settling->settled()) {
                    settled.append(each.toJson());
                }
                cli.printJson(QJsonObject{{QStringLiteral("settled"), settled}});
            } else {
                for (const auto& each : settling->settled()) {
                    cli.out(QStringLiteral("%1  %2  %3: %4 (%5)")
                                .arg(each.entry.id)
                                .arg(Cli::field(each.entry.action),
                                     Cli::field(each.entry.oktaLogin.isEmpty() ? each.entry.oktaUserId
                                                                               : each.entry.oktaLogin),
                                     Cli::field(each.resolution), Cli::field(each.detail)));
                }
            }
            const QList<core::SettledEntry> undecided = settling->undecided();
            const auto heldForAdmin =
                std::count_if(undecided.begin(), undecided.end(),
                              [](const core::SettledEntry& each) { return !each.guardrail.isEmpty(); });
            if (heldForAdmin > 0) {
                cli.err(tr("cordonctl: an unfinished action is for a user who holds admin roles; it was not sent. To "
                           "send it anyway, run `cordonctl journal resume --allow-admin`."));
            }
            if (undecided.size() > heldForAdmin) {
                cli.err(tr("cordonctl: Cordon cannot tell whether an unfinished action is still wanted, or whether it "
                           "took effect, so it was not sent; it stays in the journal. A new contain or release of "
                           "the user acts on today's state and closes it."));
            }
            if (settling->anyWithResolution(QStringLiteral("refused"))) {
                cli.err(tr("cordonctl: today's guardrails refuse an unfinished action; it was closed unsent."));
            }
            if (!settling->allSettled()) {
                cli.finish(ExitFailed);
            } else if (!undecided.isEmpty() || settling->anyWithResolution(QStringLiteral("refused"))) {
                cli.finish(ExitRefused);
            } else {
                cli.finish(ExitDone);
            }
        });
        settling->start();
    });
}

} // namespace cordon::cli
