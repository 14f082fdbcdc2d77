#include "RateLimitGovernor.h"

#include "base/Clock.h"
#include "base/Logging.h"

#include <QRandomGenerator>

#include <algorithm>
#include <optional>

namespace cordon::core
{

namespace
{

// A reset further away than this is not believed; the wait is capped instead of hanging for hours.
constexpr qint64 MaxResetWaitMs = 10 * 60 * 1000;
constexpr qint64 FallbackBackoffMs = 1000;
// How far a local clock may be off Okta's whole-second Date and still count as the same clock.
constexpr qint64 SameClockSlackMs = 250;
constexpr qint64 MaxFallbackBackoffMs = 30 * 1000;
// Okta's estimate of when a concurrency slot frees is seconds away; a larger one is not believed.
constexpr qint64 MaxConcurrencyHoldMs = 10 * 1000;

QString clockTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("HH:mm:ss 'UTC'"));
}

} // namespace

RateLimitGovernor::RateLimitGovernor(Clock* clock, QObject* parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateLimitGovernor::wake);
    m_scheduler = [this](qint64 delayMs) { m_timer.start(std::chrono::milliseconds(delayMs)); };
}

RateLimitGovernor::~RateLimitGovernor() = default;

void RateLimitGovernor::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    wake();
}

void RateLimitGovernor::setReserve(int count)
{
    m_reserve = std::max(0, count);
}

void RateLimitGovernor::setResetMarginMs(qint64 ms)
{
    m_resetMarginMs = std::max<qint64>(0, ms);
}

void RateLimitGovernor::setScheduler(Scheduler scheduler)
{
    m_timer.stop();
    m_scheduler = std::move(scheduler);
}

QString RateLimitGovernor::bucketFor(const QByteArray& method, const QString& path)
{
    // Okta's own bucket names. Its map keys each method and path; these are the paths Cordon calls.
    const QString everythingElse = QStringLiteral("/api/v1");
    if (!path.startsWith(QLatin1String("/api/v1/"))) {
        return everythingElse;
    }
    const QStringList parts = path.mid(int(qstrlen("/api/v1/"))).split(QLatin1Char('/'));
    const QString& family = parts.first();
    if (family == QLatin1String("users")) {
        if (parts.size() != 2) {
            return QStringLiteral("/api/v1/users");
        }
        if (method != "GET") {
            return parts.at(1) == QLatin1String("me") ? QStringLiteral("/api/v1/users")
                                                      : QStringLiteral("/api/v1/users/{id}");
        }
        return parts.at(1) == QLatin1String("me") ? QStringLiteral("/api/v1/users/me")
                                                  : QStringLiteral("/api/v1/users/{id:.+}");
    }
    if (family == QLatin1String("groups")) {
        if (parts.size() == 2 && parts.at(1) != QLatin1String("rules")) {
            return QStringLiteral("/api/v1/groups/{id}");
        }
        return QStringLiteral("/api/v1/groups");
    }
    return everythingElse;
}

std::deque<RateLimitGovernor::Entry>& RateLimitGovernor::queue(Priority priority)
{
    return priority == Priority::Containment ? m_containment : m_lookups;
}

quint64 RateLimitGovernor::enqueue(Priority priority, const QString& bucket, std::function<void(quint64 ticket)> start)
{
    const quint64 ticket = m_nextTicket++;
    queue(priority).push_back(Entry{ticket, bucket, std::move(start)});
    wake();
    return ticket;
}

quint64 RateLimitGovernor::enqueue(Priority priority, const QString& bucket, std::function<void()> start)
{
    return enqueue(priority, bucket, [start = std::move(start)](quint64) { start(); });
}

bool RateLimitGovernor::cancel(quint64 ticket)
{
    for (auto* entries : {&m_containment, &m_lookups}) {
        const auto it = std::find_if(entries->begin(), entries->end(),
                                     [ticket](const Entry& entry) { return entry.ticket == ticket; });
        if (it != entries->end()) {
            entries->erase(it);
            return true;
        }
    }
    return false;
}

int RateLimitGovernor::queued() const
{
    return static_cast<int>(m_containment.size() + m_lookups.size());
}

bool RateLimitGovernor::mayStart(Priority priority, const QString& bucket) const
{
    const auto it = m_buckets.constFind(bucket);
    if (it == m_buckets.constEnd()) {
        return true;
    }
    // The last few calls of a window are kept for containment, so a lookup storm cannot block a suspend.
    const int floor = priority == Priority::Containment ? 0 : m_reserve;
    if (it->resetAtMs <= m_clock->monotonicMs()) {
        // A fresh window: its budget is not known until an answer says so, but its size is; no more
        // calls go out at once than it holds.
        return it->info.limit <= 0 || it->inFlight < it->info.limit - floor;
    }
    if (it->rateLimited) {
        return false;
    }
    if (it->remaining < 0) {
        return true;
    }
    return it->remaining > floor;
}

int RateLimitGovernor::concurrencyCap() const
{
    return m_concurrencyCap > 0 ? std::min(m_concurrencyCap, m_maxInFlight) : m_maxInFlight;
}

bool RateLimitGovernor::concurrencyHeld() const
{
    return m_concurrencyHoldUntilMs > m_clock->monotonicMs();
}

qint64 RateLimitGovernor::heldForMs(const QString& bucket) const
{
    if (mayStart(Priority::Lookup, bucket)) {
        return 0;
    }
    return std::max<qint64>(0, m_buckets.value(bucket).resetAtMs - m_clock->monotonicMs());
}

RateLimitInfo RateLimitGovernor::budget(const QString& bucket) const
{
    return m_buckets.value(bucket).info;
}

QString RateLimitGovernor::waitReason(const QString& bucket, Priority priority) const
{
    const qint64 now = m_clock->monotonicMs();
    const QDateTime wallNow = m_clock->now();
    if (!mayStart(priority, bucket)) {
        const Bucket state = m_buckets.value(bucket);
        const QString until = clockTime(wallNow.addMSecs(std::max<qint64>(0, state.resetAtMs - now)));
        if (state.rateLimited) {
            return QStringLiteral("the reset of Okta's rate limit for %1, which was reached, at %2").arg(bucket, until);
        }
        if (state.resetAtMs > now) {
            return QStringLiteral("the reset of Okta's rate limit for %1 at %2 (%3 calls left, kept for containment)")
                .arg(bucket, until)
                .arg(std::max(0, state.remaining));
        }
        return QStringLiteral("room in a new window of Okta's rate limit for %1 (%2 of its %3 calls are out)")
            .arg(bucket)
            .arg(state.inFlight)
            .arg(state.info.limit);
    }
    if (concurrencyHeld()) {
        return QStringLiteral("the end of the pause Okta's concurrency limit asked for (it refused a call for too "
                              "many at once), at %1")
            .arg(clockTime(wallNow.addMSecs(m_concurrencyHoldUntilMs - now)));
    }
    if (m_inFlight >= concurrencyCap()) {
        return QStringLiteral("a free slot: %1 calls are out, at most %2 at once%3")
            .arg(m_inFlight)
            .arg(concurrencyCap())
            .arg(concurrencyCap() < m_maxInFlight ? QStringLiteral(" while Okta's concurrency limit is near")
                                                  : QString());
    }
    return {};
}

qint64 RateLimitGovernor::resetDelayMs(const RateLimitInfo& info) const
{
    // Measured on Okta's clock when the answer says what time it is there, so a skewed local clock neither
    // waits too long nor retries too early. Okta's Date has whole seconds: a local clock that agrees with it
    // to within that second (and the answer's trip) is the finer measure, and spares up to a second a window.
    const QDateTime local = m_clock->now();
    QDateTime reference = local;
    if (info.serverDate.isValid()) {
        const qint64 ahead = info.serverDate.msecsTo(local);
        if (ahead < -SameClockSlackMs || ahead > 1000 + SameClockSlackMs) {
            reference = info.serverDate;
        }
    }
    const qint64 delay = reference.msecsTo(info.reset);
    return std::clamp<qint64>(delay, 0, MaxResetWaitMs) + m_resetMarginMs;
}

void RateLimitGovernor::concurrencyRefused(const RateLimitInfo& info)
{
    // Too many calls at once, org-wide: halve how many may be out (counting those still out), and send
    // nothing until Okta's estimate of a free slot.
    const int cap = std::max(1, std::min(concurrencyCap(), m_inFlight + 1) / 2);
    m_concurrencyCap = cap;
    m_concurrencyCredit = 0;
    const qint64 wait = std::min(info.reset.isValid() ? resetDelayMs(info) : FallbackBackoffMs, MaxConcurrencyHoldMs);
    m_concurrencyHoldUntilMs = std::max(m_concurrencyHoldUntilMs, m_clock->monotonicMs() + wait);
    qCInfo(lcOkta) << "Okta's concurrency limit refused a call; at most" << cap << "at once, none for" << wait << "ms";
}

void RateLimitGovernor::finished(const QString& bucket, const RateLimitInfo& info, int httpStatus, quint64 ticket)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    const std::optional<quint64> number =
        ticket != 0 && m_startNumbers.contains(ticket) ? std::optional(m_startNumbers.take(ticket)) : std::nullopt;
    // Okta's concurrency 429 reports 0 for both the limit and what remains (docs/okta.md §Rate limits):
    // not a bucket's figures.
    const bool concurrency = httpStatus == 429 && info.limit == 0 && info.remaining == 0;
    if (concurrency) {
        concurrencyRefused(info);
    } else if (httpStatus > 0 && m_concurrencyCap > 0 && ++m_concurrencyCredit >= m_concurrencyCap) {
        // One more at once for each round of answers without a concurrency 429.
        m_concurrencyCredit = 0;
        if (++m_concurrencyCap >= m_maxInFlight) {
            m_concurrencyCap = 0;
        }
    }
    if (!bucket.isEmpty()) {
        Bucket& state = m_buckets[bucket];
        state.inFlight = std::max(0, state.inFlight - 1);
        if (concurrency) {
            wake();
            return;
        }
        const qint64 now = m_clock->monotonicMs();
        // Answers can arrive out of order: one from a window already over says nothing about this one, and
        // within a window the budget only goes down, so an earlier answer's larger figure is stale.
        const bool stale = info.reset.isValid() && state.info.reset.isValid() && info.reset < state.info.reset;
        const bool sameWindow = info.reset.isValid() && info.reset == state.info.reset;
        if (info.reset.isValid() && !stale) {
            state.resetAtMs = now + resetDelayMs(info);
            // Calls that started after this one may already be counted by Okta or not; assume they are spent.
            const qint64 after = number ? qint64(state.started - *number) : qint64(state.inFlight);
            int remaining = info.remaining < 0 ? -1 : int(std::max<qint64>(0, info.remaining - after));
            if (sameWindow && remaining >= 0 && state.remaining >= 0) {
                remaining = std::min(remaining, state.remaining);
            }
            state.remaining = remaining;
            state.strikes = 0;
        }
        if (info.isKnown() && !stale) {
            state.info = info;
            state.info.bucket = bucket;
        }
        state.rateLimited = httpStatus == 429;
        if (httpStatus == 429) {
            if (!info.reset.isValid()) {
                // No reset time: back off exponentially with jitter instead.
                const qint64 backoff = std::min(MaxFallbackBackoffMs, FallbackBackoffMs << std::min(state.strikes, 5));
                state.resetAtMs = now + backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1);
                ++state.strikes;
            }
            qCInfo(lcOkta) << "Rate limited on bucket" << bucket << "for" << std::max<qint64>(0, state.resetAtMs - now)
                           << "ms";
        }
        if (info.isKnown()) {
            emit budgetChanged(state.info);
        }
    }
    wake();
}

void RateLimitGovernor::wake()
{
    if (m_waking) {
        return;
    }
    m_waking = true;
    while (m_inFlight < concurrencyCap() && !concurrencyHeld()) {
        Entry next;
        for (const Priority priority : {Priority::Containment, Priority::Lookup}) {
            auto& entries = queue(priority);
            const auto it = std::find_if(entries.begin(), entries.end(),
                                         [&](const Entry& entry) { return mayStart(priority, entry.bucket); });
            if (it != entries.end()) {
                next = std::move(*it);
                entries.erase(it);
                break;
            }
        }
        if (!next.start) {
            break;
        }
        Bucket& bucket = m_buckets[next.bucket];
        if (bucket.remaining > 0 && bucket.resetAtMs > m_clock->monotonicMs()) {
            --bucket.remaining;
        }
        ++bucket.inFlight;
        m_startNumbers.insert(next.ticket, ++bucket.started);
        ++m_inFlight;
        next.start(next.ticket);
    }
    m_waking = false;
    scheduleWake();
}

void RateLimitGovernor::scheduleWake()
{
    if (m_inFlight >= concurrencyCap() || queued() == 0) {
        return;
    }
    const qint64 now = m_clock->monotonicMs();
    if (concurrencyHeld()) {
        if (m_scheduler) {
            m_scheduler(m_concurrencyHoldUntilMs - now);
        }
        return;
    }
    // Everything queued waits for a bucket to reopen: wake at the earliest reset among them.
    qint64 earliest = -1;
    for (const auto* entries : {&m_containment, &m_lookups}) {
        for (const Entry& entry : *entries) {
            const qint64 at = m_buckets.value(entry.bucket).resetAtMs;
            if (at > now && (earliest < 0 || at < earliest)) {
                earliest = at;
            }
        }
    }
    if (earliest >= 0 && m_scheduler) {
        m_scheduler(earliest - now);
    }
}

} // namespace cordon::core
