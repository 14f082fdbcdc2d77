#pragma once

#include <QDateTime>

#include <functional>

namespace cordon::core
{

// The seam on time: code that waits, stamps or expires asks a Clock, and tests hand in a fake one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Milliseconds on a monotonic scale, for measuring and waiting.
    virtual qint64 monotonicMs() const = 0;

    static Clock* system();
};

// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now.addMSecs(m_elapsedMs); }
    qint64 monotonicMs() const override { return m_elapsedMs; }
    void advance(qint64 ms) { m_elapsedMs += ms; }

private:
    QDateTime m_now;
    qint64 m_elapsedMs = 0;
};

} // namespace cordon::core
