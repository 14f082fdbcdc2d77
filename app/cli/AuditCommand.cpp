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
        if (cli.json()) {
            cli.printJson(QJsonObject{{QStringLiteral("ok"), result.ok},
                                      {QStringLiteral("checked"), result.checked},
                                      {QStringLiteral("firstBrokenSeq"), result.firstBrokenSeq},
                                      {QStringLiteral("reason"), result.reason}});
        } else if (result.ok) {
            cli.out(QCoreApplication::translate("cordonctl", "The audit log is intact: %n entries checked.", nullptr,
                                                int(result.checked)));
        } else {
            cli.out(tr("The audit log is BROKEN at entry %1: %2")
                        .arg(result.firstBrokenSeq)
                        .arg(Cli::field(result.reason)));
        }
        cli.finish(result.ok ? ExitDone : ExitFailed);
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
