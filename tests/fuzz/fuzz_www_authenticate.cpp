// The WWW-Authenticate header of an Okta answer that refuses a DPoP call. Input: the header's value.
// Properties: every challenge read has a scheme, parameter names are in lower case and not empty, and no more
// challenges are read than the header has characters.

#include "FuzzSupport.h"
#include "oauth/WwwAuthenticate.h"

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cordon::fuzz::bytes(data, size);
    const QList<AuthChallenge> challenges = WwwAuthenticate::parse(input);
    cordon::fuzz::check(challenges.size() <= input.size(), "no more challenges than characters");
    for (const AuthChallenge& challenge : challenges) {
        cordon::fuzz::check(!challenge.scheme.isEmpty(), "a challenge has a scheme");
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
            cordon::fuzz::check(!it.key().isEmpty() && it.key() == it.key().toLower(),
                                "a parameter name is lower case and not empty", it.key());
        }
        cordon::fuzz::check(challenge.token68.isEmpty() || challenge.params.isEmpty(),
                            "a challenge has a token68 or parameters, not both");
    }
    return 0;
}
