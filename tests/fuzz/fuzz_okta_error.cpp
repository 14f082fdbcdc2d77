// Okta's error answers: any status, content type and body (an error object, a proxy's HTML page,
// garbage). Input: the status, the content type, then the body. Properties: it is always an error,
// the message says so, and what comes from the body is kept short.

#include "FuzzSupport.h"
#include "okta/OktaError.h"

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = cordon::fuzz::fields(cordon::fuzz::bytes(data, size), 3);
    const int status = parts.at(0).left(6).toInt();
    const OktaError error = OktaError::fromReply(status, parts.at(1), parts.at(2), QStringLiteral("req-fuzz"));
    cordon::fuzz::check(error.isError(), "an error answer is an error");
    cordon::fuzz::check(error.httpStatus == status, "the status is kept");
    const QString message = error.message();
    cordon::fuzz::check(message.contains(QLatin1String("req-fuzz")), "the message names the request id", message);
    cordon::fuzz::check(error.errorSummary.size() <= 121, "the summary is an excerpt", error.errorSummary);
    for (const QString& cause : error.causes) {
        cordon::fuzz::check(cause.size() <= 121, "each cause is an excerpt", cause);
    }
    error.isWrongState();
    return 0;
}
