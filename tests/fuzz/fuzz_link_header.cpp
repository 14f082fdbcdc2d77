// The Link header of Okta's paged lists. Input: header lines ("Link: <url>; rel=next" or a bare
// value). Properties: every link has a valid URL and relations of one word (lower case in ASCII), and `next` is one of
// them.

#include "FuzzSupport.h"
#include "okta/LinkHeader.h"

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cordon::fuzz::bytes(data, size);
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray& line : input.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (line.toLower().startsWith("link:") || colon < 0) {
            headers.append({QByteArrayLiteral("Link"), colon < 0 ? line : line.mid(colon + 1)});
        } else {
            headers.append({line.left(colon), line.mid(colon + 1)});
        }
    }
    const QList<LinkHeader::Link> links = LinkHeader::parse(headers);
    for (const LinkHeader::Link& link : links) {
        cordon::fuzz::check(link.url.isValid() && !link.url.isEmpty(), "a link has a valid URL", link.url.toString());
        for (const QString& relation : link.relations) {
            cordon::fuzz::check(!relation.isEmpty() && relation == QString::fromLatin1(relation.toLatin1().toLower()) &&
                                    !relation.contains(QLatin1Char(' ')),
                                "a relation is one word, lower case in ASCII", relation);
        }
    }
    const QUrl next = LinkHeader::next(headers);
    if (!next.isEmpty()) {
        bool listed = false;
        for (const LinkHeader::Link& link : links) {
            listed = listed || (link.url == next && link.relations.contains(QLatin1String("next")));
        }
        cordon::fuzz::check(listed, "next is a link with rel=next", next.toString());
    }
    LinkHeader::parse(input);
    return 0;
}
