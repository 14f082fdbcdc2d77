#pragma once

#include <QMap>
#include <QString>

namespace cordon::sim
{

// Okta's per-bucket rate limits, counted in fixed windows. A bucket's window opens with its first
// request and closes on the last whole second within windowSeconds of it: Okta announces the reset in
// epoch seconds (okta/FACTS.md §1c), and the announced second is when the window really ends, so a
// client that waits until then finds a fresh window and loses no time to rounding.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochS = 0;
    };

    // Okta's last published per-minute figures for a Workforce org (okta/FACTS.md §1c).
    static QMap<QString, int> defaultLimits();
    // users (/api/v1/users*), groups (/api/v1/groups*) or default (the rest of /api).
    static QString bucketFor(const QString& path);

    void setLimits(const QMap<QString, int>& limits);
    void setWindowSeconds(int seconds) { m_windowMs = qint64(seconds) * 1000; }

    // Counts one request against the bucket, unless its window is full.
    Decision take(const QString& bucket, qint64 nowEpochMs);
    // The bucket's state without counting, for answers that do not reach Okta's counters.
    Decision peek(const QString& bucket, qint64 nowEpochMs);
    void reset() { m_windows.clear(); }

private:
    struct Window
    {
        qint64 endMs = 0;
        int count = 0;
    };
    Window& windowFor(const QString& bucket, qint64 nowEpochMs);
    Decision decision(const QString& bucket, const Window& window) const;

    QMap<QString, int> m_limits = defaultLimits();
    qint64 m_windowMs = 60'000;
    QMap<QString, Window> m_windows;
};

} // namespace cordon::sim
