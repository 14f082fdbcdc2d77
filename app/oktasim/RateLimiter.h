#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cordon::sim
{

// Okta's per-bucket rate limits, counted in fixed windows. A bucket's window opens with its first
// request and closes on the last whole second within its length of it: Okta announces the reset in
// epoch seconds (docs/okta.md §Rate limits), and the announced second is when the window really ends, so a
// client that waits until then finds a fresh window and loses no time to rounding.
//
// Buckets carry Okta's own names and follow its map of method and path (docs/okta.md §Rate limits).
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
    struct Limit
    {
        int requests = 0;
        int windowSeconds = 60;
    };

    // Okta's last published figures for a Workforce org (docs/okta.md §Rate limits); /api/v1/users/me as the
    // documentation's example gives it, 40 in 10 seconds.
    static QMap<QString, Limit> defaultLimits();
    // The bucket Okta counts a request against.
    static QString bucketFor(const QString& method, const QString& path);
    // A bucket's name as Okta gives it, from that name or the short names users, groups and default;
    // empty for no bucket.
    static QString bucketNamed(const QString& name);

    // Requests per window by bucket (names as bucketNamed takes them); the others keep Okta's figures.
    // False, and nothing changed, for a name that is no bucket.
    bool setLimits(const QMap<QString, int>& limits, QString* error = nullptr);
    // One window length for every bucket; 0 gives each its own.
    void setWindowSeconds(int seconds);
    QMap<QString, Limit> limits() const { return m_limits; }

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
    Limit limitOf(const QString& bucket) const;

    QMap<QString, Limit> m_limits = defaultLimits();
    int m_windowSeconds = 0;
    QMap<QString, Window> m_windows;
};

} // namespace cordon::sim
