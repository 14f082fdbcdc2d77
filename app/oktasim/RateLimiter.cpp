#include "oktasim/RateLimiter.h"

namespace cordon::sim
{

QMap<QString, int> RateLimiter::defaultLimits()
{
    return {{QStringLiteral("users"), 600}, {QStringLiteral("groups"), 500}, {QStringLiteral("default"), 1200}};
}

QString RateLimiter::bucketFor(const QString& path)
{
    if (path == QLatin1String("/api/v1/users") || path.startsWith(QLatin1String("/api/v1/users/"))) {
        return QStringLiteral("users");
    }
    if (path == QLatin1String("/api/v1/groups") || path.startsWith(QLatin1String("/api/v1/groups/"))) {
        return QStringLiteral("groups");
    }
    return QStringLiteral("default");
}

void RateLimiter::setLimits(const QMap<QString, int>& limits)
{
    m_limits = defaultLimits();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        m_limits.insert(it.key(), it.value());
    }
}

RateLimiter::Window& RateLimiter::windowFor(const QString& bucket, qint64 nowEpochMs)
{
    Window& window = m_windows[bucket];
    if (window.endMs == 0 || nowEpochMs >= window.endMs) {
        window.endMs = (nowEpochMs + m_windowMs) / 1000 * 1000;
        window.count = 0;
    }
    return window;
}

RateLimiter::Decision RateLimiter::decision(const QString& bucket, const Window& window) const
{
    Decision d;
    d.limit = m_limits.value(bucket, m_limits.value(QStringLiteral("default")));
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
