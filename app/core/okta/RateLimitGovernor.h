#pragma once

#include "okta/RateLimitInfo.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace cordon::core
{

class Clock;

// Paces Okta calls by what Okta says about its budget (docs/okta.md §Rate limits): every answer's X-Rate-Limit-*
// headers update a per-bucket budget; a bucket down to its reserve holds its lookups until the
// reset, a 429 holds the whole bucket until the reset, at most maxInFlight calls run at once, and
// containment calls start before waiting lookups. A 429 from Okta's org-wide concurrency limit
// (limit and remaining both 0) is about how many calls are out, not about a bucket: no call starts
// until its estimated reset, and fewer run at once for a while.
class RateLimitGovernor : public QObject
{
    Q_OBJECT

public:
    enum class Priority
    {
        Containment,
        Lookup
    };

    // Asks to be called back in delayMs on the event loop; tests replace it and call wake() themselves.
    using Scheduler = std::function<void(qint64 delayMs)>;

    explicit RateLimitGovernor(Clock* clock = nullptr, QObject* parent = nullptr);
    ~RateLimitGovernor() override;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    // Calls of a bucket kept back for containment once Okta reports this few remaining.
    void setReserve(int count);
    int reserve() const { return m_reserve; }
    // Added to each wait for a reset: the reset is whole seconds and clocks drift.
    void setResetMarginMs(qint64 ms);
    void setScheduler(Scheduler scheduler);

    // Queues a call; `start` runs when the call may go out, with the call's ticket, and the caller reports its
    // end through finished().
    quint64 enqueue(Priority priority, const QString& bucket, std::function<void(quint64 ticket)> start);
    quint64 enqueue(Priority priority, const QString& bucket, std::function<void()> start);
    // Drops a queued call that has not started; false when it already started or is unknown.
    bool cancel(quint64 ticket);
    // Every started call ends here exactly once, answered or not (an aborted call passes no info). With the
    // call's ticket, an answer's budget is read against the calls that started after it; without, every
    // call still out counts as spent.
    void finished(const QString& bucket, const RateLimitInfo& info, int httpStatus, quint64 ticket = 0);

    // Starts whatever may start now; the scheduler calls it when a held bucket resets.
    void wake();

    int inFlight() const { return m_inFlight; }
    int queued() const;
    // How many calls may be out at once now: maxInFlight, or fewer after a concurrency 429.
    int concurrencyCap() const;
    // How long the bucket is held from now, 0 when it is open.
    qint64 heldForMs(const QString& bucket) const;
    RateLimitInfo budget(const QString& bucket) const;
    // Why a call on this bucket would wait now, for people; empty when it would start.
    QString waitReason(const QString& bucket, Priority priority) const;

    // Okta's rate-limit bucket for a call, by method and path (docs/okta.md §Rate limits): GET /api/v1/users/{id} and
    // its changes each have their own, as do GET /api/v1/users/me and /api/v1/groups/{id}; a user's
    // lifecycle, sessions, groups and roles count under /api/v1/users, memberships under
    // /api/v1/groups, and the rest of the API under /api/v1.
    static QString bucketFor(const QByteArray& method, const QString& path);

signals:
    void budgetChanged(const RateLimitInfo& info);

private:
    struct Entry
    {
        quint64 ticket = 0;
        QString bucket;
        std::function<void(quint64 ticket)> start;
    };
    struct Bucket
    {
        RateLimitInfo info;
        // Calls allowed before the reset, counting the ones started since the last answer.
        int remaining = -1;
        // Monotonic ms until which the bucket is closed (after a 429) or at its reserve; 0 when open.
        qint64 resetAtMs = 0;
        bool rateLimited = false;
        // 429s in a row without a reset time, for the fallback backoff.
        int strikes = 0;
        // Calls of this bucket sent and not yet answered.
        int inFlight = 0;
        // Calls of this bucket started so far; a started call's number is this count when it started.
        quint64 started = 0;
    };

    bool mayStart(Priority priority, const QString& bucket) const;
    bool concurrencyHeld() const;
    void concurrencyRefused(const RateLimitInfo& info);
    void scheduleWake();
    qint64 resetDelayMs(const RateLimitInfo& info) const;
    std::deque<Entry>& queue(Priority priority);

    Clock* m_clock;
    Scheduler m_scheduler;
    QTimer m_timer;
    std::deque<Entry> m_containment;
    std::deque<Entry> m_lookups;
    QHash<QString, Bucket> m_buckets;
    // The number of each started call that has not finished, by ticket.
    QHash<quint64, quint64> m_startNumbers;
    quint64 m_nextTicket = 1;
    int m_maxInFlight = 4;
    int m_reserve = 2;
    qint64 m_resetMarginMs = 250;
    int m_inFlight = 0;
    // After a concurrency 429: calls allowed out at once, raised by one per that many answers, and the
    // monotonic ms before which nothing starts.
    int m_concurrencyCap = 0;
    int m_concurrencyCredit = 0;
    qint64 m_concurrencyHoldUntilMs = 0;
    bool m_waking = false;
};

} // namespace cordon::core
