// A feed parser on any bytes: no crash, no hang, no leak, and every incident it reads survives the
// normalized model's round trip (what the store and the export write can be read back).
// CORDON_FUZZ_FEED_FORMAT names the FeedFormat: Auto (detection), Ocsf, RedCanary or Ndjson.

#include "FuzzSupport.h"
#include "feed/FeedParser.h"

#include <QJsonDocument>

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FeedContext context;
    context.serviceAccountPatterns = {QStringLiteral("^svc[-_]")};
    context.resolveRelated = [](const QString&, const QString&) { return QJsonObject(); };
    const FeedParseResult result =
        FeedParser::parse(cordon::fuzz::bytes(data, size), FeedFormat::CORDON_FUZZ_FEED_FORMAT, context);
    for (const Incident& incident : result.incidents) {
        cordon::fuzz::check(!incident.id.isEmpty(), "an incident has an id");
        const QJsonObject json = incident.toJson();
        QString error;
        const std::optional<Incident> back = Incident::fromJson(json, &error);
        cordon::fuzz::check(back.has_value(), "an incident's normalized form reads back",
                            error + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(json).toJson()));
        cordon::fuzz::check(back->id == incident.id, "the read-back incident keeps its id",
                            incident.id + QStringLiteral(" became ") + back->id);
    }
    for (const FeedError& error : result.errors) {
        cordon::fuzz::check(!error.reason.isEmpty(), "a feed error says why", error.toString());
    }
    return 0;
}
