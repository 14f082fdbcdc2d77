#include "CandidateScorer.h"

#include "identity/IdentitySearch.h"
#include "identity/NameFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("CandidateScorer", text);
}

bool equalsIgnoringCase(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// "boerge.hoess" and "borge.hoss": the same parts in the same places, umlauts written out or dropped.
bool looselyEqualLocalParts(const QString& a, const QString& b)
{
    if (NameFolding::looseFold(a).isEmpty()) {
        return false;
    }
    static const QRegularExpression separator(QStringLiteral("[._-]"));
    const QStringList left = a.split(separator);
    const QStringList right = b.split(separator);
    if (left.size() != right.size()) {
        return false;
    }
    for (qsizetype i = 0; i < left.size(); ++i) {
        if (NameFolding::looseFold(left.at(i)) != NameFolding::looseFold(right.at(i))) {
            return false;
        }
    }
    return true;
}

bool isDeprovisioned(const OktaUser& user)
{
    return user.status == QLatin1String("DEPROVISIONED");
}

} // namespace

Candidate CandidateScorer::score(const EndpointIdentity& identity,
                                 const OktaUser& user,
                                 const MatchOptions& options,
                                 const RememberedDecisions& decisions)
{
    Candidate candidate;
    candidate.user = user;
    bool exact = false;
    double score = 0.0;
    auto consider = [&](double value, const QString& reason) {
        score = std::max(score, value);
        candidate.reasons << reason;
    };

    if (!decisions.confirmedUserId.isEmpty() && decisions.confirmedUserId == user.id) {
        exact = true;
        candidate.remembered = true;
        candidate.reasons << tr("confirmed by %1 on %2").arg(decisions.confirmedBy, decisions.confirmedAt);
    }
    if (!identity.sid.isEmpty() && options.sidAvailable &&
        equalsIgnoringCase(user.profile.value(options.sidAttribute).toString(), identity.sid)) {
        exact = true;
        candidate.reasons << tr("%1 equals '%2'").arg(options.sidAttribute, identity.sid);
    }
    const QString part = IdentitySearch::userPart(identity);
    if (!part.isEmpty() && options.adUsernameAvailable &&
        equalsIgnoringCase(user.profile.value(options.adUsernameAttribute).toString(), part)) {
        exact = true;
        candidate.reasons << tr("%1 equals '%2'").arg(options.adUsernameAttribute, part);
    }
    const QString email = IdentitySearch::impliedEmail(identity, options);
    if (!email.isEmpty()) {
        if (equalsIgnoringCase(user.login, email)) {
            exact = true;
            candidate.reasons << tr("login equals '%1'").arg(email);
        } else if (equalsIgnoringCase(user.email, email)) {
            exact = true;
            candidate.reasons << tr("email equals '%1'").arg(email);
        }
    }

    const QString lowerPart = part.toLower();
    if (!lowerPart.isEmpty()) {
        double best = 0.0;
        QString reason;
        for (const QString& address : {user.login.toLower(), user.email.toLower()}) {
            const QString local = address.section(QLatin1Char('@'), 0, 0);
            if (local.isEmpty() || equalsIgnoringCase(address, email)) {
                continue;
            }
            if (local == lowerPart) {
                best = 0.8;
                reason = tr("'%1' is the name part of %2").arg(part, address);
                break;
            }
            if (best < 0.65 && looselyEqualLocalParts(local, lowerPart)) {
                // "boerge.hoess" for the login borge.hoss. Weak alone, as "jo" is also "joe" this way; with
                // the name matching too it is strong.
                best = 0.65;
                reason = tr("'%1' is the name part of %2, its umlauts written another way").arg(part, address);
            } else if (best < 0.6 && (local.startsWith(lowerPart + QLatin1Char('.')) ||
                                      local.startsWith(lowerPart + QLatin1Char('_')))) {
                best = 0.6;
                reason = tr("%1 starts with '%2.'").arg(address, part);
            } else if (best < 0.45 && local.startsWith(lowerPart)) {
                best = 0.45;
                reason = tr("%1 starts with '%2'").arg(address, part);
            }
        }
        if (best > 0) {
            consider(best, reason);
        }
    }

    const QStringList words = IdentitySearch::nameWords(identity);
    const QString first = NameFolding::fold(user.firstName);
    const QString last = NameFolding::fold(user.lastName);
    if (words.size() >= 2 && !first.isEmpty() && !last.isEmpty()) {
        // The best of the ways the words divide into a first and a last name: written alike, alike with
        // diacritics folded ("Noël" is "Noel", "Mueller" is "Müller"), or alike with umlauts also taken for
        // their bare vowel ("Muller").
        enum class Alike
        {
            No,
            Loosely,
            Folded,
            AsWritten,
        } alike = Alike::No;
        const QString looseFirst = NameFolding::looseFold(user.firstName);
        const QString looseLast = NameFolding::looseFold(user.lastName);
        for (const IdentitySearch::NameSplit& split : IdentitySearch::nameSplits(words)) {
            const QString splitFirst = split.firstWords.join(QString());
            const QString splitLast = split.lastWords.join(QString());
            if (NameFolding::equalAsWritten(splitFirst, user.firstName) &&
                NameFolding::equalAsWritten(splitLast, user.lastName)) {
                alike = Alike::AsWritten;
                break;
            }
            if (NameFolding::fold(splitFirst) == first && NameFolding::fold(splitLast) == last) {
                alike = Alike::Folded;
            } else if (alike == Alike::No && NameFolding::looseFold(splitFirst) == looseFirst &&
                       NameFolding::looseFold(splitLast) == looseLast) {
                alike = Alike::Loosely;
            }
        }
        const QString conventional = IdentitySearch::conventionalLocalPart(words);
        const QString localPart = user.login.section(QLatin1Char('@'), 0, 0);
        if (alike == Alike::AsWritten || alike == Alike::Folded) {
            consider(0.75, tr("first and last name match '%1'").arg(identity.raw));
            if (alike == Alike::AsWritten) {
                // Of "Jürgen Müller" and "Jurgen Muller", the one spelt as the endpoint spells it is likelier.
                score += 0.02;
                candidate.reasons << tr("the name is spelt as in '%1'").arg(identity.raw);
            }
            // Of several people with that name, the one whose login is plainly first.last is likelier.
            if (localPart.compare(conventional, Qt::CaseInsensitive) == 0) {
                score += 0.03;
                candidate.reasons << tr("login is '%1'").arg(conventional);
            }
        } else if (alike == Alike::Loosely) {
            consider(0.7,
                     tr("first and last name match '%1' if umlauts are taken for their bare vowels").arg(identity.raw));
            if (looselyEqualLocalParts(localPart.toLower(), conventional)) {
                score += 0.01;
                candidate.reasons
                    << tr("login '%1' is the name as first.last, its umlauts written another way").arg(localPart);
            }
        } else if (NameFolding::fold(words.last()) == last &&
                   NameFolding::fold(words.first()).left(1) == first.left(1)) {
            consider(0.5, tr("last name and first initial match '%1'").arg(identity.raw));
        }
    } else if (words.size() == 1 && !first.isEmpty()) {
        const QString word = NameFolding::fold(words.first());
        if (!last.isEmpty() && word == first.left(1) + last) {
            consider(0.6, tr("'%1' is %2's first initial and last name")
                              .arg(part, user.firstName + QLatin1Char(' ') + user.lastName));
        } else if (word == first) {
            consider(0.45, tr("first name is '%1'").arg(user.firstName));
        } else if (!last.isEmpty() && word == first + last) {
            consider(
                0.7,
                tr("'%1' is %2's first and last name").arg(part, user.firstName + QLatin1Char(' ') + user.lastName));
        }
    }
    const QString mappedDomain = options.emailDomains.value(identity.domain.toUpper());
    if (!exact && score > 0 && !mappedDomain.isEmpty() &&
        user.email.endsWith(QLatin1Char('@') + mappedDomain, Qt::CaseInsensitive)) {
        score += 0.05;
        candidate.reasons << tr("email domain is %1, the domain of %2").arg(mappedDomain, identity.domain);
    }

    if (exact) {
        score = 1.0;
    }
    if (isDeprovisioned(user)) {
        score *= 0.5;
        candidate.reasons << tr("DEPROVISIONED: this account is closed");
    }
    if (decisions.rejectedUserIds.contains(user.id)) {
        exact = false;
        score *= 0.3;
        candidate.rejected = true;
        candidate.reasons << tr("an analyst said this is not the person");
    }
    candidate.score = std::min(score, 1.0);
    candidate.confidence = exact                    ? Candidate::Confidence::Exact
                           : candidate.score >= 0.7 ? Candidate::Confidence::Strong
                                                    : Candidate::Confidence::Weak;
    return candidate;
}

QList<Candidate> CandidateScorer::rank(const EndpointIdentity& identity,
                                       const QList<OktaUser>& users,
                                       const MatchOptions& options,
                                       const RememberedDecisions& decisions)
{
    QList<Candidate> candidates;
    QSet<QString> seen;
    for (const OktaUser& user : users) {
        if (seen.contains(user.id)) {
            continue;
        }
        seen.insert(user.id);
        Candidate candidate = score(identity, user, options, decisions);
        if (!candidate.reasons.isEmpty()) {
            candidates << candidate;
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (isDeprovisioned(a.user) != isDeprovisioned(b.user)) {
            return !isDeprovisioned(a.user);
        }
        if (a.remembered != b.remembered) {
            return a.remembered;
        }
        if (a.confidence != b.confidence) {
            return a.confidence > b.confidence;
        }
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.user.login < b.user.login;
    });
    return candidates;
}

QString CandidateScorer::autoApprove(const EndpointIdentity& identity, const QList<Candidate>& candidates)
{
    if (identity.principalClass != EndpointIdentity::PrincipalClass::HumanCandidate || !identity.matchable()) {
        return {};
    }
    QString approved;
    int exactCount = 0;
    for (const Candidate& candidate : candidates) {
        if (candidate.confidence != Candidate::Confidence::Exact) {
            continue;
        }
        ++exactCount;
        if (!isDeprovisioned(candidate.user) && !candidate.rejected) {
            approved = candidate.user.id;
        }
    }
    return exactCount == 1 ? approved : QString();
}

} // namespace cordon::core
