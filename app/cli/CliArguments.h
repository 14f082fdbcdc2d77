#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::cli
{

// The command line of cordonctl: global options, a command, its words and its options.
// Options may stand before or after the command.
struct CliArguments
{
    QString org;
    bool json = false;
    bool allowHttpLoopback = false;
    bool customDomain = false;
    // login --oauth CLIENT_ID: sign in as that OAuth service app, with a key pair Cordon makes.
    QString oauthClientId;
    bool help = false;
    bool version = false;

    QStringList command; // e.g. {"journal", "resume"}, {"contain", "00u…", "00u…"}
    QStringList actions;
    bool dryRun = false;
    bool yes = false;
    bool allowAdmin = false;
    // --forget-devices or --keep-devices; unset: the setting containment/forgetDevices.
    std::optional<bool> forgetDevices;
    QString incident;
    // --reason: the risk reason a risk action gives Okta.
    QString reason;
    QString format;
    bool configured = false; // incidents --configured: the feed sources of the settings
    int limit = 10;
    qint64 maxBytes = -1; // --max-bytes; -1 for the setting feeds/maxFileBytes

    // Parses argv without the program name; a usage error is returned in `error`.
    static std::optional<CliArguments> parse(const QStringList& arguments, QString* error);
    static QString usage();
};

} // namespace cordon::cli
