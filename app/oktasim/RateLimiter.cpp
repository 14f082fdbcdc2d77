#include "oktasim/RateLimiter.h"

namespace cordon::sim
{

namespace
{

const QString kUsers = QStringLiteral("/api/v1/users");
const QString kUserRead = QStringLiteral("/api/v1/users/{id:.+}");
const QString kUserWrite = QStringLiteral("/api/v1/users/{id}");
const QString kMe = QStringLiteral("/api/v1/users/me");
const QString kGroups = QStringLiteral("/api/v1/groups");
const QString kGroup = QStringLiteral("/api/v1/groups/{id}");
const QString kRest = QStringLiteral("/api/v1");

} // namespace

QMap<QString, RateLimiter::Limit> RateLimiter::defaultLimits()
{
    return {
        {kUsers, {600, 60}},  {kUserRead, {2000, 60}}, {kUserWrite, {600, 60}}, {kMe, {40, 10}},
        {kGroups, {500, 60}}, {kGroup, {1000, 60}},    {kRest, {1200, 60}},
    };
}

QString RateLimiter::bucketFor(const QString& method, const QString& path)
{
    if (!path.startsWith(QLatin1String("/api/v1/"))) {
        return kRest;
    }
    const QStringList parts = path.mid(8).split(QLatin1Char('/'));
    const QString& family = parts.first();
    if (family == QLatin1String("users")) {
        // A user's lifecycle, sessions, groups and roles count with the list of users.
        if (parts.size() != 2) {
            return kUsers;
        }
        const bool me = parts.at(1) == QLatin1String("me");
        if (method == QLatin1String("GET") || method == QLatin1String("HEAD")) {
            return me ? kMe : kUserRead;
        }
        return me ? kUsers : kUserWrite;
    }
    if (family == QLatin1String("groups")) {
        // Memberships and a group's members count with the list of groups.
        return parts.size() == 2 && parts.at(1) != QLatin1String("rules") ? kGroup : kGroups;
    }
    return kRest;
}

QString RateLimiter::bucketNamed(const QString& name)
{
    if (name == QLatin1String("users")) {
        return kUsers;
    }
    if (name == QLatin1String("groups")) {
        return kGroups;
    }
    if (name == QLatin1String("default")) {
        return kRest;
    }
    return defaultLimits().contains(name) ? name : QString();
}

bool RateLimiter::setLimits(const QMap<QString, int>& limits, QString* error)
{
    QMap<QString, Limit> merged = defaultLimits();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QString bucket = bucketNamed(it.key());
        if (bucket.isEmpty() || it.value() < 0) {
            if (error) {
                *error = QStringLiteral("no rate-limit bucket %1=%2; the buckets are %3 (or users, groups, default)")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(defaultLimits().keys().join(QStringLiteral(", ")));
            }
            return false;
        }
        merged[bucket].requests = it.value();
    }
    m_limits = merged;
    return true;
}

void RateLimiter::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(0, seconds);
}

RateLimiter::Limit RateLimiter::limitOf(const QString& bucket) const
{
    Limit limit = m_limits.value(bucket, m_limits.value(kRest));
    if (m_windowSeconds > 0) {
        limit.windowSeconds = m_windowSeconds;
    }
    return limit;
}

RateLimiter::Window& RateLimiter::windowFor(const QString& bucket, qint64 nowEpochMs)
{
    Window& window = m_windows[bucket];
    if (window.endMs == 0 || nowEpochMs >= window.endMs) {
        window.endMs = (nowEpochMs + qint64(limitOf(bucket).windowSeconds) * 1000) / 1000 * 1000;
        window.count = 0;
    }
    return window;
}

RateLimiter::Decision RateLimiter::decision(const QString& bucket, const Window& window) const
{
    Decision d;
    d.limit = limitOf(bucket).requests;
    d.remaining = qMax(0, d.limit - window.count);
    d.resetEpochS = window.endMs / 1000;
    return d;
}

RateLimiter::Decision RateLimiter::take(const QString& bucket, qint64 nowEpochMs)
{
    Window& window = windowFor(bucket, nowEpochMs);
    Decision d = decision(bucket, window);
    if (window.count >= d.limit) {
        d.allowed = false;
        return d;
    }
    ++window.count;
    d.remaining = qMax(0, d.limit - window.count);
    return d;
}

RateLimiter::Decision RateLimiter::peek(const QString& bucket, qint64 nowEpochMs)
{
    return decision(bucket, windowFor(bucket, nowEpochMs));
}

} // namespace cordon::sim
