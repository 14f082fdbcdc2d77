#include "Cli.h"
#include "base/SafeText.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

} // namespace

void runAudit(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    if (words.size() > 2 || (words.size() == 2 && words.at(1) != QLatin1String("verify"))) {
        cli.fail(ExitUsage, tr("usage: cordonctl audit [--format text|csv|json] | cordonctl audit verify"));
        return;
    }
    core::AuditLog* log = cli.audit();
    if (!log) {
        cli.finish(ExitConfiguration);
        return;
    }
    if (words.size() == 2) {
        const auto result = log->verify();
        // Only a sealed log is vouched for; an empty one has nothing to vouch for.
        const bool vouched = result.ok && (result.sealed || result.checked == 0);
        if (cli.json()) {
            cli.printJson(QJsonObject{{QStringLiteral("ok"), result.ok},
                                      {QStringLiteral("sealed"), result.sealed},
                                      {QStringLiteral("checked"), result.checked},
                                      {QStringLiteral("unkeyed"), result.unkeyed},
                                      {QStringLiteral("sealedFrom"), result.sealedFrom},
                                      {QStringLiteral("anchoredSeq"), result.anchoredSeq},
                                      {QStringLiteral("firstBrokenSeq"), result.firstBrokenSeq},
                                      {QStringLiteral("reason"), result.reason},
                                      {QStringLiteral("note"), result.note}});
        } else if (!result.ok) {
            cli.out(result.firstBrokenSeq > 0 ? tr("The audit log is BROKEN at entry %1: %2")
                                                    .arg(result.firstBrokenSeq)
                                                    .arg(Cli::field(result.reason))
                                              : tr("The audit log is BROKEN: %1").arg(Cli::field(result.reason)));
        } else if (result.sealed) {
            cli.out(QCoreApplication::translate("cordonctl",
                                                "The audit log is intact: %n entries checked against the key and "
                                                "the anchor kept in the keychain.",
                                                nullptr, int(result.checked)));
            if (result.unkeyed > 0) {
                cli.out(tr("Entries 1 to %1 are unkeyed (before sealing): only their hash chain was checked.")
                            .arg(result.unkeyed));
            }
            if (!result.note.isEmpty()) {
                cli.out(tr("Note: %1.").arg(result.note));
            }
        } else if (result.checked == 0) {
            cli.out(tr("The audit log is empty."));
        } else {
            cli.out(QCoreApplication::translate("cordonctl",
                                                "The audit log is UNSEALED: %n entries hash-chained, which anyone "
                                                "who can write the data folder can recompute.",
                                                nullptr, int(result.checked)) +
                    QLatin1Char(' ') + tr("(%1)").arg(result.note));
        }
        cli.finish(vouched ? ExitDone : ExitFailed);
        return;
    }
    QString format = cli.arguments().format;
    if (format.isEmpty()) {
        format = cli.json() ? QStringLiteral("json") : QStringLiteral("text");
    }
    QByteArray bytes;
    if (format == QLatin1String("text")) {
        // One line per entry; what a server or a feed put into an entry may not drive the terminal.
        bytes = core::safetext::forTerminalLines(QString::fromUtf8(log->exportText())).toUtf8();
    } else if (format == QLatin1String("csv")) {
        bytes = log->exportCsv();
    } else if (format == QLatin1String("json")) {
        bytes = log->exportJson();
    } else {
        cli.fail(ExitUsage, tr("unknown audit format '%1' (text, csv or json)").arg(format));
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    cli.finish(ExitDone);
}

} // namespace cordon::cli
