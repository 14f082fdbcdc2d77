#include "Cli.h"
#include "CordonVersion.h"
#include "base/Redirects.h"
#include "base/ReplyLimits.h"
#include "feed/FeedParser.h"
#include "feed/FeedSources.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
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
        // A batch is written with one call, its JSON made straight from the incidents.
        QByteArray out;
        for (const core::Incident& incident : incidents) {
            if (m_cli.json()) {
                out.append(m_count == 0 ? "[\n" : ",\n");
                incident.appendJson(out);
            } else {
                out.append(
                    QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(core::Incident::severityName(incident.severity), -13)
                        .arg(core::Incident::stateName(incident.state), -11)
                        .arg(incident.hostname.isEmpty() ? QStringLiteral("-") : Cli::field(incident.hostname), -16)
                        .arg(incident.user.raw.isEmpty() ? QStringLiteral("-") : Cli::field(incident.user.raw), -28)
                        .arg(Cli::field(incident.id), Cli::field(incident.title))
                        .toUtf8());
            }
            ++m_count;
        }
        write(out);
        for (const core::FeedError& error : errors) {
            m_cli.err(tr("skipped %1").arg(Cli::field(error.toString())));
            ++m_errors;
        }
        incidents.clear();
        errors.clear();
    }

    void end(core::FeedFormat detected)
    {
        close();
        m_cli.err(tr("%1 incidents (%2), %3 malformed records skipped")
                      .arg(m_count)
                      .arg(core::feedFormatName(detected))
                      .arg(m_errors));
    }

    // Ends the JSON array, if any.
    void close()
    {
        if (m_cli.json()) {
            write(m_count == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
        }
        std::fflush(stdout);
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

// The feed sources of the settings, run as the console runs them (keys from the keychain) until each has
// read or polled once; their incidents are printed as they arrive.
void runConfigured(Cli& cli)
{
    auto* sources = new core::FeedSources(cli.settings(), cli.secrets(), cli.workspace()->network(), &cli);
    sources->setAllowHttpLoopback(cli.arguments().allowHttpLoopback);
    auto printer = std::make_shared<IncidentPrinter>(cli);
    QObject::connect(sources, &core::FeedSources::incidentsLoaded, &cli,
                     [printer](const QString&, QList<core::Incident> incidents) {
                         QList<core::FeedError> none;
                         printer->batch(incidents, none);
                     });
    QObject::connect(sources, &core::FeedSources::errorsReported, &cli,
                     [printer](const QString&, QList<core::FeedError> errors) {
                         QList<core::Incident> none;
                         printer->batch(none, errors);
                     });
    auto started = std::make_shared<bool>(false);
    const auto settle = [&cli, sources, printer, started] {
        const QList<core::FeedSources::Source> list = sources->sources();
        const bool busy = std::any_of(list.cbegin(), list.cend(), [](const core::FeedSources::Source& source) {
            return source.state == core::FeedSources::State::Starting ||
                   source.state == core::FeedSources::State::Loading;
        });
        if (!*started || busy) {
            return;
        }
        *started = false;
        printer->close();
        qint64 failing = 0;
        for (const core::FeedSources::Source& source : list) {
            if (source.state == core::FeedSources::State::Failing) {
                cli.err(tr("%1: %2").arg(Cli::field(source.location), Cli::field(source.message)));
                ++failing;
            }
        }
        cli.err(tr("%1 incidents from %2 sources, %3 failing, %4 malformed records skipped")
                    .arg(printer->count())
                    .arg(list.size())
                    .arg(failing)
                    .arg(printer->errors()));
        // Stopped after this turn: the source whose status settled it is still reporting.
        QMetaObject::invokeMethod(sources, &core::FeedSources::stop, Qt::QueuedConnection);
        cli.finish(failing > 0 ? ExitFailed : ExitDone);
    };
    QObject::connect(sources, &core::FeedSources::statusChanged, &cli, settle);
    sources->start();
    if (sources->sources().isEmpty()) {
        cli.fail(ExitConfiguration, tr("no feed sources are configured (add them in the console's settings)"));
        return;
    }
    *started = true;
    settle();
}

} // namespace

void runIncidents(Cli& cli)
{
    if (cli.arguments().configured) {
        if (cli.arguments().command.size() != 1) {
            cli.fail(ExitUsage, tr("usage: cordonctl incidents --configured (no SOURCE)"));
            return;
        }
        runConfigured(cli);
        return;
    }
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
    const core::AppSettings& settings = *cli.settings();
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
