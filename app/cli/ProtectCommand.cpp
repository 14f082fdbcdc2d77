#include "Cli.h"
#include "containment/ProtectedAccountResolver.h"
#include "store/AppSettings.h"

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

QString usage()
{
    return tr("usage: cordonctl protect [list] | protect add ENTRY... | protect remove ENTRY... | protect resolve");
}

QJsonObject accountJson(const core::ProtectedAccount& account)
{
    QJsonObject json = account.toJson();
    json.insert(QStringLiteral("resolved"), account.isResolved());
    for (const char* key : {"id", "login", "name", "email"}) {
        if (json.value(QLatin1String(key)).toString().isEmpty()) {
            json.insert(QLatin1String(key), QJsonValue());
        }
    }
    return json;
}

void printList(Cli& cli, const core::AppSettings& settings)
{
    const QList<core::ProtectedAccount> accounts = settings.protectedAccountEntries();
    if (cli.json()) {
        QJsonArray list;
        for (const core::ProtectedAccount& account : accounts) {
            list.append(accountJson(account));
        }
        cli.printJson(QJsonObject{{QStringLiteral("accounts"), list},
                                  {QStringLiteral("groups"), QJsonArray::fromStringList(settings.protectedGroups())}});
        return;
    }
    cli.out(accounts.isEmpty() ? tr("Protected accounts: none") : tr("Protected accounts:"));
    for (const core::ProtectedAccount& account : accounts) {
        cli.out(QStringLiteral("  ") + Cli::field(account.describe()));
    }
    const QStringList groups = settings.protectedGroups();
    cli.out(groups.isEmpty() ? tr("Protected groups: none")
                             : tr("Protected groups: %1").arg(groups.join(QStringLiteral(", "))));
}

// Whether the analyst's word names this saved entry: as written, by Okta id, or by the login or email it
// resolved to.
bool names(const QString& word, const core::ProtectedAccount& account)
{
    const auto same = [&](const QString& value) {
        return !value.isEmpty() && value.compare(word.trimmed(), Qt::CaseInsensitive) == 0;
    };
    return same(account.entry) || account.userId == word.trimmed() || same(account.login) || same(account.email);
}

// Puts resolved entries in place of the saved entry written the same way, or of the one naming the same user.
void merge(QList<core::ProtectedAccount>* accounts, const core::ProtectedAccount& account)
{
    for (core::ProtectedAccount& saved : *accounts) {
        if ((account.isResolved() && saved.userId == account.userId) ||
            saved.entry.compare(account.entry, Qt::CaseInsensitive) == 0) {
            if (account.isResolved() || !saved.isResolved()) {
                saved = account;
            }
            return;
        }
    }
    accounts->append(account);
}

void remove(Cli& cli, const QStringList& words)
{
    core::AppSettings& settings = *cli.settings();
    QList<core::ProtectedAccount> accounts = settings.protectedAccountEntries();
    for (const QString& word : words) {
        if (std::none_of(accounts.begin(), accounts.end(),
                         [&](const core::ProtectedAccount& account) { return names(word, account); })) {
            cli.fail(ExitNotFound, tr("no protected account '%1'; nothing was removed").arg(word));
            return;
        }
    }
    for (const QString& word : words) {
        accounts.removeIf([&](const core::ProtectedAccount& account) { return names(word, account); });
    }
    if (!settings.setProtectedAccountEntries(accounts)) {
        cli.fail(ExitConfiguration, tr("the settings could not be written"));
        return;
    }
    printList(cli, settings);
    cli.finish(ExitDone);
}

QString unresolvedNote(const QString& entry, const QString& why)
{
    return tr("cordonctl: %1 is kept as written, unresolved (%2); it is compared by login, email, short login and "
              "AD username until `cordonctl protect resolve` resolves it")
        .arg(entry, why);
}

// Saves the accounts merged into the saved ones, prints the list and ends with the code.
void save(Cli& cli, const QList<core::ProtectedAccount>& changed, int code)
{
    core::AppSettings& settings = *cli.settings();
    QList<core::ProtectedAccount> accounts = settings.protectedAccountEntries();
    for (const core::ProtectedAccount& account : changed) {
        merge(&accounts, account);
    }
    if (!settings.setProtectedAccountEntries(accounts)) {
        cli.fail(ExitConfiguration, tr("the settings could not be written; nothing was saved"));
        return;
    }
    printList(cli, settings);
    cli.finish(code);
}

// Resolves the entries at Okta and saves them. An entry Okta could not be asked about is kept as written, and
// says so. An entry that names nobody or several users is an error and nothing is saved; with `keepUnmatched`
// (resolving saved entries) it stays as written instead, since it protects by its text today.
void resolveAndSave(Cli& cli, const QStringList& entries, bool keepUnmatched)
{
    const CliArguments& arguments = cli.arguments();
    if (qEnvironmentVariable("OKTA_CLIENT_ORGURL").isEmpty() && arguments.org.isEmpty() &&
        (*cli.settings()).orgUrl().isEmpty()) {
        QList<core::ProtectedAccount> kept;
        for (const QString& entry : entries) {
            core::ProtectedAccount account;
            account.entry = entry.trimmed();
            kept << account;
            cli.err(unresolvedNote(account.entry, tr("no Okta org is configured")));
        }
        save(cli, kept, ExitDone);
        return;
    }
    cli.withClient([&cli, entries, keepUnmatched](core::OktaClient* client) {
        const QString adAttribute = (*cli.settings()).adUsernameAttribute();
        auto* resolver = new core::ProtectedAccountResolver(client, adAttribute, &cli);
        resolver->resolve(entries, &cli, [&cli, keepUnmatched](const QList<core::AccountResolution>& resolutions) {
            QList<core::ProtectedAccount> changed;
            bool wrong = false;
            for (const core::AccountResolution& resolution : resolutions) {
                switch (resolution.status) {
                case core::AccountResolution::Status::Resolved:
                    changed << resolution.account;
                    if (!cli.json()) {
                        cli.out(Cli::field(resolution.account.describe()));
                    }
                    break;
                case core::AccountResolution::Status::Failed:
                    changed << resolution.account;
                    cli.err(unresolvedNote(resolution.account.entry,
                                           tr("it could not be checked at Okta: %1").arg(resolution.error.message())));
                    break;
                case core::AccountResolution::Status::NoMatch:
                case core::AccountResolution::Status::Ambiguous:
                    wrong = true;
                    cli.err(QStringLiteral("cordonctl: ") + resolution.message());
                    break;
                }
            }
            if (wrong && !keepUnmatched) {
                cli.fail(ExitNotFound, tr("nothing was saved: each protected account must name exactly one Okta user"));
                return;
            }
            save(cli, changed, wrong ? ExitNotFound : ExitDone);
        });
    });
}

} // namespace

void runProtect(Cli& cli)
{
    const QStringList words = cli.arguments().command.mid(1);
    const QString verb = words.value(0, QStringLiteral("list"));
    if (verb == QLatin1String("list") && words.size() <= 1) {
        printList(cli, (*cli.settings()));
        cli.finish(ExitDone);
    } else if (verb == QLatin1String("add") && words.size() >= 2) {
        resolveAndSave(cli, words.mid(1), false);
    } else if (verb == QLatin1String("remove") && words.size() >= 2) {
        remove(cli, words.mid(1));
    } else if (verb == QLatin1String("resolve") && words.size() == 1) {
        QStringList unresolved;
        for (const core::ProtectedAccount& account : (*cli.settings()).protectedAccountEntries()) {
            if (!account.isResolved()) {
                unresolved << account.entry;
            }
        }
        if (unresolved.isEmpty()) {
            printList(cli, (*cli.settings()));
            cli.finish(ExitDone);
            return;
        }
        resolveAndSave(cli, unresolved, true);
    } else {
        cli.fail(ExitUsage, usage());
    }
}

} // namespace cordon::cli
