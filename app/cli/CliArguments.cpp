#include "CliArguments.h"

#include <QCoreApplication>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

} // namespace

std::optional<CliArguments> CliArguments::parse(const QStringList& arguments, QString* error)
{
    CliArguments parsed;
    for (int index = 0; index < arguments.size(); ++index) {
        QString word = arguments.at(index);
        QString inlineValue;
        bool hasInlineValue = false;
        if (word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('='))) {
            inlineValue = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        auto value = [&](QString* out) {
            if (hasInlineValue) {
                *out = inlineValue;
                return true;
            }
            if (index + 1 >= arguments.size()) {
                *error = tr("%1 needs a value").arg(word);
                return false;
            }
            *out = arguments.at(++index);
            return true;
        };
        if (word == QLatin1String("--org")) {
            if (!value(&parsed.org)) {
                return std::nullopt;
            }
        } else if (word == QLatin1String("--json")) {
            parsed.json = true;
        } else if (word == QLatin1String("--allow-http-loopback")) {
            parsed.allowHttpLoopback = true;
        } else if (word == QLatin1String("--custom-domain")) {
            parsed.customDomain = true;
        } else if (word == QLatin1String("--oauth")) {
            if (!value(&parsed.oauthClientId)) {
                return std::nullopt;
            }
        } else if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            parsed.help = true;
        } else if (word == QLatin1String("--version") || word == QLatin1String("-v")) {
            parsed.version = true;
        } else if (word == QLatin1String("--action")) {
            QString action;
            if (!value(&action)) {
                return std::nullopt;
            }
            parsed.actions << action;
        } else if (word == QLatin1String("--configured")) {
            parsed.configured = true;
        } else if (word == QLatin1String("--dry-run")) {
            parsed.dryRun = true;
        } else if (word == QLatin1String("--yes") || word == QLatin1String("-y")) {
            parsed.yes = true;
        } else if (word == QLatin1String("--allow-admin")) {
            parsed.allowAdmin = true;
        } else if (word == QLatin1String("--forget-devices")) {
            parsed.forgetDevices = true;
        } else if (word == QLatin1String("--keep-devices")) {
            parsed.forgetDevices = false;
        } else if (word == QLatin1String("--incident")) {
            if (!value(&parsed.incident)) {
                return std::nullopt;
            }
        } else if (word == QLatin1String("--reason")) {
            if (!value(&parsed.reason)) {
                return std::nullopt;
            }
        } else if (word == QLatin1String("--format")) {
            if (!value(&parsed.format)) {
                return std::nullopt;
            }
        } else if (word == QLatin1String("--limit")) {
            QString text;
            if (!value(&text)) {
                return std::nullopt;
            }
            bool ok = false;
            parsed.limit = text.toInt(&ok);
            if (!ok || parsed.limit < 1 || parsed.limit > 200) {
                *error = tr("--limit takes a number from 1 to 200");
                return std::nullopt;
            }
        } else if (word == QLatin1String("--max-bytes")) {
            QString text;
            if (!value(&text)) {
                return std::nullopt;
            }
            // A number of bytes, or of kilo-, mega- or gigabytes with K, M or G (powers of 1024).
            const QString digits = text.trimmed().toUpper();
            const int shift = digits.endsWith(u'K') ? 10 : digits.endsWith(u'M') ? 20 : digits.endsWith(u'G') ? 30 : 0;
            bool ok = false;
            const qint64 number = (shift > 0 ? digits.chopped(1) : digits).toLongLong(&ok);
            if (!ok || number < 1 || number > (qint64(1) << (62 - shift))) {
                *error = tr("--max-bytes takes a size such as 1048576, 512M or 2G");
                return std::nullopt;
            }
            parsed.maxBytes = number << shift;
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            *error = tr("unknown option %1").arg(word);
            return std::nullopt;
        } else {
            parsed.command << word;
        }
    }
    return parsed;
}

QString CliArguments::usage()
{
    return tr(
        "Usage: cordonctl [--org URL] [--json] [--allow-http-loopback] COMMAND ...\n"
        "\n"
        "Contain the Okta identity behind a compromised endpoint.\n"
        "\n"
        "Commands:\n"
        "  login                     read an API token from stdin, verify it, store it in the keychain\n"
        "  login --oauth CLIENT_ID   sign in as that OAuth 2.0 service app instead: make a key pair, keep the\n"
        "                            private key in the keychain, print the public JWK and the scopes to\n"
        "                            grant in Okta\n"
        "  logout                    remove the stored token\n"
        "  check                     who the token acts as, its admin roles, which actions it may take\n"
        "  match IDENTITY [--limit N]\n"
        "                            ranked Okta candidates for an endpoint identity\n"
        "  user USER                 one Okta user (Okta id or login) and its groups\n"
        "  contain USER... --action A [--action A ...] [--dry-run] [--incident ID] [--reason TEXT] [--yes]\n"
        "          [--allow-admin]\n"
        "  release USER... --action A [--action A ...] [--dry-run] [--incident ID] [--yes] [--allow-admin]\n"
        "  journal                   actions begun and not known to have ended\n"
        "  journal resume [--allow-admin]\n"
        "                            settle them from the users' state at Okta, under today's guardrails;\n"
        "                            never send twice; one a later run on the user superseded is closed unsent\n"
        "  incidents SOURCE [--format auto|ocsf|redcanary|ndjson] [--max-bytes SIZE]\n"
        "                            parse a feed (file or https URL), print normalized incidents;\n"
        "                            a feed larger than SIZE (else the setting feeds/maxFileBytes,\n"
        "                            512M unless set) is refused\n"
        "  incidents --configured    read or poll each feed source of the settings once (keys from the\n"
        "                            keychain) and print the incidents; fails if a source failed\n"
        "  audit [--format text|csv|json]\n"
        "                            print the audit log\n"
        "  audit verify              check the audit log's hash chain\n"
        "  audit key export FILE     write the audit log's key to a new file readable by you alone, for\n"
        "                            another workstation of a team sharing the database\n"
        "  audit key import FILE     take that key into this workstation's keychain\n"
        "  db check                  which database Cordon uses (CORDON_DATABASE_URL, else the setting\n"
        "                            database/url, else the file in the data folder), who it knows you\n"
        "                            as, and whether its schema is this version's; changes nothing\n"
        "  db migrate                create or update the database's schema (on PostgreSQL, as its owner)\n"
        "  protect [list]            the protected accounts, each with the Okta user it names, and groups\n"
        "  protect add ENTRY...      protect accounts given by Okta id, login, short login, email or AD\n"
        "                            username; each is resolved to its Okta id at Okta, and one that names\n"
        "                            nobody or several users is refused (nothing is saved)\n"
        "  protect remove ENTRY...   stop protecting accounts (as written, by id, login or email)\n"
        "  protect resolve           resolve entries kept as written (saved before, or while Okta was away)\n"
        "\n"
        "Actions: clear-sessions, suspend, unsuspend, add-group:NAME_OR_ID, remove-group:NAME_OR_ID\n"
        "Credential actions (each confirmed, never retried by itself, not undone by release):\n"
        "  risk:HIGH, risk:MEDIUM      set the user's risk (Identity Threat Protection); release takes risk:LOW,\n"
        "                            as Okta cannot set NONE; --reason TEXT (letters, digits, spaces, - , .)\n"
        "                            else \"Cordon incident ID\"\n"
        "  universal-logout          end the user's sessions and tokens in every logout-enabled app, and\n"
        "                            their own Okta API tokens\n"
        "  revoke-factors-since[:TIME]\n"
        "                            remove MFA factors enrolled at or after TIME (ISO 8601 with its zone;\n"
        "                            else the detection time of --incident)\n"
        "  reset-factors             reset every MFA factor\n"
        "  expire-password           the user must choose a new password at next sign-in; in a plan with\n"
        "                            suspend or unsuspend it is sent after it; release takes it too\n"
        "\n"
        "Options:\n"
        "  --org URL                 the Okta org (else the configured one)\n"
        "  --custom-domain           accept --org's host as the org's custom domain\n"
        "  --allow-http-loopback     allow http:// to a loopback address (the simulator)\n"
        "  --json                    one JSON document on stdout; messages on stderr\n"
        "  --allow-admin             the second confirmation to act on a user who holds admin roles\n"
        "  --forget-devices, --keep-devices\n"
        "                            whether clear-sessions also forgets the devices the user's factors\n"
        "                            are remembered on (else the setting containment/forgetDevices, true)\n"
        "  --help, --version\n"
        "\n"
        "The token comes from the OS keychain (service Cordon, account = the org's host), never from the\n"
        "command line. For automation OKTA_CLIENT_TOKEN overrides the keychain, and OKTA_CLIENT_ORGURL\n"
        "names the org when --org is not given.\n"
        "To sign in as an OAuth 2.0 service app instead (private_key_jwt, DPoP-bound tokens), set\n"
        "OKTA_CLIENT_AUTHORIZATIONMODE=PrivateKey, OKTA_CLIENT_CLIENTID, OKTA_CLIENT_PRIVATEKEY (the PEM\n"
        "text), OKTA_CLIENT_PRIVATEKEYID (its kid) and OKTA_CLIENT_SCOPES (space-separated; all that\n"
        "Cordon needs when unset). `check` then shows the scopes granted against those each step needs.\n"
        "The console and cordonctl share one database, in Cordon under the user's data folder\n"
        "(~/.local/share/Cordon on Linux); CORDON_DATA_DIR moves it.\n"
        "\n"
        "Exit codes: 0 done; 1 Okta or the network failed; 2 usage; 3 configuration or credentials;\n"
        "4 user not found or ambiguous; 5 refused by a guardrail.\n");
}

} // namespace cordon::cli
