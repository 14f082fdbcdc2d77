#include "Cli.h"
#include "feed/FeedParser.h"
#include "okta/OrgUrl.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <memory>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

// A feed fetched over HTTPS is held in memory to parse; larger answers are refused, not truncated.
constexpr qint64 MaxDownloadBytes = 512LL * 1024 * 1024;

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
                          .arg(incident.hostname.isEmpty() ? QStringLiteral("-") : incident.hostname, -16)
                          .arg(incident.user.raw.isEmpty() ? QStringLiteral("-") : incident.user.raw, -28)
                          .arg(incident.id, incident.title)
                          .toUtf8());
            }
            ++m_count;
        }
        for (const core::FeedError& error : errors) {
            m_cli.err(tr("skipped %1").arg(error.toString()));
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

private:
    Cli& m_cli;
    qint64 m_count = 0;
    qint64 m_errors = 0;
};

void parseAndPrint(Cli& cli, QIODevice& device, core::FeedFormat format)
{
    IncidentPrinter printer(cli);
    const core::FeedFormat detected = core::FeedParser::parseDevice(
        device, format, {}, [&printer](QList<core::Incident>& incidents, QList<core::FeedError>& errors) {
            printer.batch(incidents, errors);
        });
    printer.end(detected);
    if (detected == core::FeedFormat::Auto && printer.count() == 0 && device.size() > 0) {
        cli.fail(ExitFailed, tr("the feed's format was not recognised (OCSF, Red Canary or console.incident/v1)"));
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
    const QString source = words.at(1);
    const QUrl url(source);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            cli.fail(ExitConfiguration, tr("cannot read %1: %2").arg(source, file.errorString()));
            return;
        }
        parseAndPrint(cli, file, *format);
        return;
    }
    if (scheme == QLatin1String("http") &&
        !(cli.arguments().allowHttpLoopback && core::OrgUrl::isLoopbackHost(url.host()))) {
        cli.fail(ExitConfiguration, tr("refusing http:// for a feed: use https:// (plain http is allowed only to a "
                                       "loopback address with --allow-http-loopback)"));
        return;
    }
    auto* network = new QNetworkAccessManager(&cli);
    QNetworkRequest request(url);
    request.setTransferTimeout(60'000);
    request.setRawHeader("Accept", "application/json, application/x-ndjson");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("cordon/" CORDON_VERSION_STRING));
    QNetworkReply* reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDownloadBytes) {
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &cli, [&cli, reply, format, source] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            cli.fail(ExitFailed, tr("%1 sent more than %2 MB; refused").arg(source).arg(MaxDownloadBytes >> 20));
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
        QByteArray body = reply->readAll();
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        parseAndPrint(cli, buffer, *format);
    });
}

} // namespace cordon::cli
