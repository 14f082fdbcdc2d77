// The endpoint-identity parser. Input: the endpoint's host name, a SID, then the user string.
// Properties: the raw string is kept as given, and what cannot be matched is never matched on its own.

#include "FuzzSupport.h"
#include "identity/IdentityParser.h"

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = cordon::fuzz::fields(cordon::fuzz::bytes(data, size), 3);
    IdentityContext context;
    context.hostname = QString::fromUtf8(parts.at(0));
    context.sid = QString::fromUtf8(parts.at(1));
    context.rawField = QStringLiteral("username");
    context.serviceAccountPatterns = {QStringLiteral("^svc[-_]"), QStringLiteral("(")};
    const QString raw = QString::fromUtf8(parts.at(2));
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    cordon::fuzz::check(identity.raw == raw, "the raw user string is kept", identity.raw);
    if (identity.form == EndpointIdentity::Form::Unknown) {
        cordon::fuzz::check(identity.matchPolicy != EndpointIdentity::MatchPolicy::Auto,
                            "an unknown form is never matched automatically", raw);
    }
    if (identity.principalClass == EndpointIdentity::PrincipalClass::System ||
        identity.principalClass == EndpointIdentity::PrincipalClass::Machine) {
        cordon::fuzz::check(!identity.matchable(), "system and machine accounts are never matched", raw);
    }
    // The JSON form and the class names must hold for any input.
    identity.toJson();
    IdentityParser::shortHostname(context.hostname);
    return 0;
}
