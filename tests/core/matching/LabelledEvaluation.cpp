#include "LabelledEvaluation.h"

#include "identity/IdentityMatcher.h"
#include "identity/IdentityParser.h"
#include "okta/OktaClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>

namespace cordon::test
{

namespace
{

template <typename Number> Number median(QList<Number> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int LabelledScore::medianCalls() const
{
    return median(calls);
}

qint64 LabelledScore::medianElapsedMs() const
{
    return median(elapsedMs);
}

LabelledScore evaluateLabelled(const QUrl& org, const QString& token, const QList<LabelledIdentity>& identities)
{
    QNetworkAccessManager network;
    core::OktaClient client(&network);
    client.setOrgUrl(org);
    client.setToken(token.toUtf8());
    core::IdentityMatcher matcher(&client);
    core::MatchOptions options;
    options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
    matcher.setOptions(options);

    LabelledScore score;
    for (const LabelledIdentity& labelled : identities) {
        const core::EndpointIdentity identity = core::IdentityParser::parse(labelled.raw);
        core::MatchResult result;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        matcher.match(identity, &loop, [&](const core::MatchResult& matched) {
            result = matched;
            loop.quit();
        });
        loop.exec();
        score.elapsedMs << timer.elapsed();
        score.calls << result.apiCalls;

        QString approvedLogin;
        QStringList ranked;
        for (const core::Candidate& candidate : std::as_const(result.candidates)) {
            ranked << candidate.user.login;
            if (candidate.user.id == result.autoApprove) {
                approvedLogin = candidate.user.login;
            }
        }
        score.approved += !result.autoApprove.isEmpty();
        if (!result.autoApprove.isEmpty() && approvedLogin != labelled.expectedLogin) {
            ++score.wrongAutoApprovals;
            score.misses << QStringLiteral("%1 → auto-approved %2, expected %3")
                                .arg(labelled.raw, approvedLogin, labelled.expectedLogin);
        }
        if (labelled.expectedLogin.isEmpty()) {
            ++score.nonPeople;
            if (!identity.matchable() && !result.candidates.isEmpty()) {
                ++score.nonPeopleWithCandidates;
            }
            continue;
        }
        ++score.total;
        const qsizetype rank = ranked.indexOf(labelled.expectedLogin);
        score.top1 += rank == 0;
        score.top3 += rank >= 0 && rank < 3;
        if (labelled.provable) {
            ++score.provable;
            score.provableAutoApproved += approvedLogin == labelled.expectedLogin;
        }
        if (rank != 0) {
            score.misses << QStringLiteral("%1 → expected %2 at rank %3; first: %4")
                                .arg(labelled.raw, labelled.expectedLogin)
                                .arg(rank)
                                .arg(ranked.value(0));
        }
    }
    return score;
}

} // namespace cordon::test
