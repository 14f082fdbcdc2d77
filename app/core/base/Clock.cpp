#include "Clock.h"

#include <QElapsedTimer>

namespace cordon::core
{

namespace
{

class SystemClock : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace cordon::core
