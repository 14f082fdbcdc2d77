#include "Cli.h"
#include "CordonVersion.h"
#include "base/Redirects.h"
#include "base/ReplyLimits.h"
#include "feed/FeedParser.h"
#include "store/AppSettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <limits>
#include <memory>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

void write(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// Prints incidents as they are parsed, so that a large feed never sits in memory whole.
class IncidentPrinter
{
public:
    explicit IncidentPrinter(Cli& cli) : m_cli(cli) {}

    void batch(QList<core::Incident>& incidents, QList<core::FeedError>& errors)
    {
        for (const core::Incident& incident : incidents) {
            if (m_cli.json()) {
                write(m_count == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n"));
                write(QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact));
            } else {
                write(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                          .arg(core::Incident::severityName(incident.severity), -13)
                          .arg(core::Incident::stateName(incident.state), -11)
                          .arg(incident.hostname.isEmpty() ? QStringLiteral("-") : Cli::field(incident.hostname), -16)
                          .arg(incident.user.raw.isEmpty() ? QStringLiteral("-") : Cli::field(incident.user.raw), -28)
                          .arg(Cli::field(incident.id), Cli::field(incident.title))
                          .toUtf8());
            }
            ++m_count;
        }
        for (const core::FeedError& error : errors) {
            m_cli.err(tr("skipped %1").arg(Cli::field(error.toString())));
            ++m_errors;
        }
        incidents.clear();
        errors.clear();
    }

    void end(core::FeedFormat detected)
    {
        if (m_cli.json()) {
            write(m_count == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
        }
        std::fflush(stdout);
        m_cli.err(tr("%1 incidents (%2), %3 malformed records skipped")
                      .arg(m_count)
                      .arg(core::feedFormatName(detected))
                      .arg(m_errors));
    }

    qint64 count() const { return m_count; }
    qint64 errors() const { return m_errors; }

private:
    Cli& m_cli;
    qint64 m_count = 0;
    qint64 m_errors = 0;
};

void parseAndPrint(Cli& cli, QIODevice& device, core::FeedFormat format, const core::FeedContext& context)
{
    IncidentPrinter printer(cli);
    const core::FeedFormat detected = core::FeedParser::parseDevice(
        device, format, context, [&printer](QList<core::Incident>& incidents, QList<core::FeedError>& errors) {
            printer.batch(incidents, errors);
        });
    printer.end(detected);
    if (detected == core::FeedFormat::Auto && printer.count() == 0 && device.size() > 0) {
        // A feed whose every record was skipped (one record past feeds/maxRecordBytes) says so above.
        cli.fail(ExitFailed, printer.errors() > 0
                                 ? tr("no record of the feed could be read: each one was skipped, as listed above")
                                 : tr("the feed's format was not recognised (OCSF, Red Canary or "
                                      "console.incident/v1)"));
        return;
    }
    cli.finish(ExitDone);
}

} // namespace

void runIncidents(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    if (words.size() != 2) {
        cli.fail(ExitUsage, tr("usage: cordonctl incidents SOURCE [--format auto|ocsf|redcanary|ndjson]"));
        return;
    }
    const QString formatName = cli.arguments().format.isEmpty() ? QStringLiteral("auto") : cli.arguments().format;
    const auto format = core::feedFormatFromName(formatName);
    if (!format) {
        cli.fail(ExitUsage, tr("unknown feed format '%1' (auto, ocsf, redcanary or ndjson)").arg(formatName));
        return;
    }
    core::FeedContext context;
    const core::AppSettings settings(cli.settings());
    context.limits = core::FeedLimits::fromSettings(settings);
    // Printed as they are parsed, never held: any number of incidents.
    context.limits.maxIncidents = std::numeric_limits<qint64>::max();
    if (cli.arguments().maxBytes > 0) {
        context.limits.maxFileBytes = cli.arguments().maxBytes;
    }
    const QString source = words.at(1);
    const QUrl url(source);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            cli.fail(ExitConfiguration, tr("cannot read %1: %2").arg(source, file.errorString()));
            return;
        }
        if (const QString tooLarge = file.isSequential() ? QString() : context.limits.checkFileSize(file.size());
            !tooLarge.isEmpty()) {
            cli.fail(ExitFailed, tr("%1: %2 (--max-bytes raises it)").arg(source, tooLarge));
            return;
        }
        parseAndPrint(cli, file, *format, context);
        return;
    }
    const core::TransportRule rule{cli.arguments().allowHttpLoopback, false};
    if (const QString why = rule.check(url); !why.isEmpty()) {
        const QString shown =
            url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
        const bool loopbackWouldDo = !rule.allowHttpLoopback && url.scheme() == QLatin1String("http") &&
                                     core::TransportRule{true, false}.check(url).isEmpty();
        cli.fail(ExitConfiguration,
                 loopbackWouldDo
                     ? tr("refusing the feed %1: %2 (plain http to a loopback address needs --allow-http-loopback)")
                           .arg(shown, why)
                     : tr("refusing the feed %1: %2").arg(shown, why));
        return;
    }
    auto* network = new QNetworkAccessManager(&cli);
    QNetworkRequest request(url);
    request.setTransferTimeout(60'000);
    request.setRawHeader("Accept", "application/json, application/x-ndjson");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("cordon/" CORDON_VERSION_STRING));
    core::keepToHttp1(request);
    core::verifyRedirects(request);
    QNetworkReply* reply = network->get(request);
    // A redirect is held to the rule the feed's own address was.
    core::guardRedirects(reply, rule);
    // The answer is held in memory to parse: larger ones are refused, not truncated.
    core::limitResponseSize(reply, context.limits.maxFileBytes);
    const qint64 maxTransferMs = settings.limit(core::AppSettings::Limit::FeedTransferMs);
    core::limitTransferTime(reply, maxTransferMs);
    QObject::connect(reply, &QNetworkReply::finished, &cli, [&cli, reply, format, source, context, maxTransferMs] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (const QString refused = core::refusedRedirect(reply); !refused.isEmpty()) {
            cli.fail(ExitFailed, tr("%1: %2").arg(source, refused));
            return;
        }
        if (core::isTooLarge(reply)) {
            cli.fail(ExitFailed, tr("%1 sent more than %2; refused (--max-bytes raises it)")
                                     .arg(source, core::FeedLimits::sizeText(context.limits.maxFileBytes)));
            return;
        }
        if (core::isTooSlow(reply)) {
            cli.fail(ExitFailed, tr("%1 was still sending after %2 s; cut off (setting feeds/maxTransferMs)")
                                     .arg(source)
                                     .arg(maxTransferMs / 1000.0));
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            cli.fail(ExitFailed, tr("could not fetch %1: %2").arg(source, reply->errorString()));
            return;
        }
        if (status < 200 || status >= 300) {
            cli.fail(ExitFailed, tr("%1 answered HTTP %2").arg(source).arg(status));
            return;
        }
        QByteArray body = core::takeBody(reply);
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        parseAndPrint(cli, buffer, *format, context);
    });
}

} // namespace cordon::cli
