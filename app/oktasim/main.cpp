#include "CordonVersion.h"
#include "oktasim/OktaSimServer.h"
#include "oktasim/RateLimiter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace
{

int fail(const QString& message)
{
    QTextStream(stderr) << "cordon-okta-sim: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cordon-okta-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDON_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("An Okta-compatible server on loopback, for Cordon's tests, benchmarks and demo.\n"
                       "Without --directory it serves the built-in demo org. Its own endpoints, without a token:\n"
                       "GET /__sim/requests, GET /__sim/users/{id}, POST /__sim/users/{id}/sessions,\n"
                       "POST /__sim/users/{id}/factors, GET|POST /__sim/itp, GET|POST /__sim/faults,\n"
                       "GET|POST /__sim/limits, POST /__sim/reset (docs/simulator.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Loopback address and port to listen on (port 0: any free)."),
                                          QStringLiteral("address:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption directoryOption(QStringLiteral("directory"),
                                             QStringLiteral("Directory file to serve instead of the demo org."),
                                             QStringLiteral("file"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by N ms."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per window for a bucket, by Okta's name (%1) or users, groups, default "
                       "(repeatable).")
            .arg(cordon::sim::RateLimiter::defaultLimits().keys().join(QStringLiteral(", "))),
        QStringLiteral("bucket=N"));
    const QCommandLineOption windowOption(
        QStringLiteral("rate-window-s"),
        QStringLiteral("Length of every rate-limit window in seconds (default: Okta's, 60, and 10 for "
                       "/api/v1/users/me)."),
        QStringLiteral("S"));
    const QCommandLineOption engineOption(
        QStringLiteral("engine"),
        QStringLiteral("The org's engine, oie or classic: what clearing sessions does to remembered devices when "
                       "the call does not say."),
        QStringLiteral("engine"), QStringLiteral("oie"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests allowed in flight at once."),
                                               QStringLiteral("N"), QStringLiteral("75"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral("Fault rule METHOD PATH=FAULT[xN]; FAULT is a status, timeout, reset, slow:MS, html or "
                       "badjson; * matches one path segment (repeatable)."),
        QStringLiteral("rule"));
    const QCommandLineOption searchLagOption(
        QStringLiteral("search-lag-ms"),
        QStringLiteral("How long a change takes to show in search results, as Okta's eventually consistent index."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption itpOption(
        QStringLiteral("itp"),
        QStringLiteral("Identity Threat Protection, on or off, whatever the directory says (the demo org has it): "
                       "user risk and global token revocation answer 403 without it."),
        QStringLiteral("on|off"));
    parser.addOptions({listenOption, directoryOption, latencyOption, rateOption, windowOption, concurrencyOption,
                       faultOption, searchLagOption, engineOption, itpOption});
    parser.process(app);

    cordon::sim::OktaSimServer::Options options;
    bool ok = true;
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0) {
        return fail(QStringLiteral("--latency-ms needs a number of milliseconds"));
    }
    options.searchLagMs = parser.value(searchLagOption).toInt(&ok);
    if (!ok || options.searchLagMs < 0) {
        return fail(QStringLiteral("--search-lag-ms needs a number of milliseconds"));
    }
    if (parser.isSet(windowOption)) {
        options.rateWindowS = parser.value(windowOption).toInt(&ok);
        if (!ok || options.rateWindowS < 1) {
            return fail(QStringLiteral("--rate-window-s needs a number of seconds"));
        }
    }
    const QString engine = parser.value(engineOption);
    if (engine != QLatin1String("oie") && engine != QLatin1String("classic")) {
        return fail(QStringLiteral("--engine takes oie or classic, not %1").arg(engine));
    }
    options.classicEngine = engine == QLatin1String("classic");
    options.concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || options.concurrency < 1) {
        return fail(QStringLiteral("--concurrency needs a positive number"));
    }
    for (const QString& limit : parser.values(rateOption)) {
        const qsizetype equals = limit.lastIndexOf(QLatin1Char('='));
        const QString bucket = cordon::sim::RateLimiter::bucketNamed(limit.left(equals));
        const int value = limit.mid(equals + 1).toInt(&ok);
        if (equals < 0 || !ok || value < 0 || bucket.isEmpty()) {
            return fail(QStringLiteral("--rate-limit takes BUCKET=N with one of the buckets %1 (or users, groups, "
                                       "default), not %2")
                            .arg(cordon::sim::RateLimiter::defaultLimits().keys().join(QStringLiteral(", ")), limit));
        }
        options.rateLimits.insert(bucket, value);
    }
    options.faults = parser.values(faultOption);

    const QString itp = parser.value(itpOption);
    if (parser.isSet(itpOption) && itp != QLatin1String("on") && itp != QLatin1String("off")) {
        return fail(QStringLiteral("--itp takes on or off, not %1").arg(itp));
    }

    cordon::sim::OktaSimServer server;
    QString error;
    QJsonObject directory = cordon::sim::OktaSimServer::demoDirectory();
    if (parser.isSet(directoryOption)) {
        QFile file(parser.value(directoryOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            return fail(QStringLiteral("%1 is not a JSON object: %2").arg(file.fileName(), parseError.errorString()));
        }
        directory = document.object();
    }
    if (parser.isSet(itpOption)) {
        directory.insert(QStringLiteral("itp"), itp == QLatin1String("on"));
    }
    if ((parser.isSet(directoryOption) || parser.isSet(itpOption)) && !server.loadDirectory(directory, &error)) {
        return fail(parser.isSet(directoryOption) ? QStringLiteral("%1: %2").arg(parser.value(directoryOption), error)
                                                  : error);
    }
    if (!server.setOptions(options, &error)) {
        return fail(error);
    }

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        host = host.mid(1, host.size() - 2);
    }
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host);
    if (colon < 0 || !ok || port > 65535 || address.isNull()) {
        return fail(QStringLiteral("--listen takes a loopback address and a port, such as 127.0.0.1:0"));
    }
    if (!server.listen(address, quint16(port), &error)) {
        return fail(error);
    }

    // Scripts and tests wait for this line to learn the port, so it comes first and at once.
    std::fprintf(stdout, "cordon-okta-sim listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
