#pragma once

#include "CliArguments.h"

#include <QJsonDocument>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace cordon::core
{
class AppSettings;
class AuditLog;
class Database;
class Journal;
class OktaClient;
class SecretStoreInterface;
class Workspace;
} // namespace cordon::core

namespace cordon::cli
{

// cordonctl's exit codes, as the README lists them (Containing and releasing).
enum ExitCode
{
    ExitDone = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitConfiguration = 3,
    ExitNotFound = 4,
    ExitRefused = 5,
};

// What every command shares: the parsed arguments, output, the org and token, and the local state.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(CliArguments arguments, QObject* parent = nullptr);
    ~Cli() override;

    // Runs the command; the application exits with its code when it ends.
    void run();
    void finish(int code);

    const CliArguments& arguments() const { return m_arguments; }
    bool json() const { return m_arguments.json; }

    void printJson(const QJsonDocument& document);
    void printJson(const QJsonObject& object) { printJson(QJsonDocument(object)); }
    // Text for the terminal: every control character but the line feeds between lines is escaped.
    void out(const QString& text);
    void err(const QString& text);
    // One field of a line (a feed's title, a login, a server's message), with line feeds escaped too, so that
    // it cannot start a line of its own.
    static QString field(const QString& text);
    // A message, then the exit.
    void fail(int code, const QString& message);

    // The org from --org, else OKTA_CLIENT_ORGURL, else the settings, normalized; fails the command if there is none.
    bool resolveOrg(QUrl* org);
    // Resolves the org and the token (OKTA_CLIENT_TOKEN, else the keychain) and hands over the workspace's
    // client, ready.
    void withClient(std::function<void(core::OktaClient* client)> then);
    // The workspace's client, for the org with the given token, not yet stored anywhere (login verifies it so).
    core::OktaClient* makeClient(const QUrl& org, const QByteArray& token);

    // What the commands work with, built as the console builds it; made on first use, so that --help and
    // --version touch neither the settings nor the keychain.
    core::Workspace* workspace();
    core::AppSettings* settings();
    core::SecretStoreInterface* secrets();
    // The database (the file in the data folder, or a team's PostgreSQL); nullptr (after a message) when it
    // cannot be opened.
    core::Database* database();
    core::Journal* journal();
    core::AuditLog* audit();

private:
    void dispatch();
    void route();
    // Reads the audit log's key and anchor before a command that writes or verifies the log; with create,
    // makes the key on first use, and refuses to go on when a sealed log's key cannot be read.
    void sealAudit(bool create, std::function<void()> then);

    CliArguments m_arguments;
    bool m_finished = false;
    std::unique_ptr<core::Workspace> m_workspace;
    bool m_databaseFailed = false;
};

// The commands, one file each.
void runLogin(Cli& cli);
void runLogout(Cli& cli);
void runCheck(Cli& cli);
void runUser(Cli& cli);
void runContain(Cli& cli, bool release);
void runJournal(Cli& cli);
void runIncidents(Cli& cli);
void runAudit(Cli& cli);
void runMatch(Cli& cli);
void runProtect(Cli& cli);
void runDb(Cli& cli);

} // namespace cordon::cli
