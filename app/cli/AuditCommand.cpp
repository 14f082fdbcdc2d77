#include "Cli.h"
#include "base/SafeText.h"
#include "secrets/SecretResult.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/DataFolder.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
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

// A team's workstations share one log and so one key: export writes it to a new file only its owner can read,
// import takes it into this workstation's keychain.
void runAuditKey(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    const QString sub = words.value(2);
    if (words.size() != 4 || (sub != QLatin1String("export") && sub != QLatin1String("import"))) {
        cli.fail(ExitUsage, tr("usage: cordonctl audit key export FILE | cordonctl audit key import FILE"));
        return;
    }
    core::AuditSeal* seal = cli.workspace()->seal();
    if (!cli.audit() || !seal) {
        cli.finish(ExitConfiguration);
        return;
    }
    const QString path = words.at(3);
    if (sub == QLatin1String("export")) {
        QByteArray transfer = seal->keyTransfer();
        if (transfer.isEmpty()) {
            cli.fail(ExitConfiguration,
                     tr("this workstation holds no key for the audit log: %1").arg(Cli::field(seal->keyProblem())));
            return;
        }
        QString error;
        const bool written = core::DataFolder::writeNewPrivateFile(path, transfer, &error);
        core::scrubSecret(transfer);
        if (!written) {
            cli.fail(ExitFailed, Cli::field(error));
            return;
        }
        cli.out(tr("The audit log's key is in %1, readable by you alone. Carry it to the other workstation, run "
                   "`cordonctl audit key import %1` there, then delete the file: whoever holds it can seal entries.")
                    .arg(Cli::field(path)));
        cli.finish(ExitDone);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli.fail(ExitFailed, tr("cannot read %1: %2").arg(Cli::field(path), file.errorString()));
        return;
    }
    QByteArray transfer = file.read(4096);
    seal->importKey(transfer, &cli, [&cli](const QString& problem) {
        if (!problem.isEmpty()) {
            cli.fail(ExitRefused, tr("the key was not taken: %1").arg(Cli::field(problem)));
            return;
        }
        cli.out(tr("The audit log's key is in this workstation's keychain: its entries are sealed from now on. "
                   "Delete the file you carried it in."));
        cli.finish(ExitDone);
    });
    core::scrubSecret(transfer);
}

void runAudit(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    if (words.value(1) == QLatin1String("key")) {
        runAuditKey(cli);
        return;
    }
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
