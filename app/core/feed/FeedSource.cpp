#include "feed/FeedSource.h"

#include "base/Clock.h"

namespace cordon::core
{

void FeedSource::setStopped()
{
    if (setState(State::Stopped, QString())) {
        emit statusChanged();
    }
}

void FeedSource::setLoading(const QString& message)
{
    if (setState(State::Loading, message)) {
        emit statusChanged();
    }
}

void FeedSource::setOk(const QString& message)
{
    // A check that finds nothing new repeats the same Ok: it is no new success.
    if (setState(State::Ok, message)) {
        m_status.lastSuccess = Clock::system()->now();
        emit statusChanged();
    }
}

void FeedSource::setFailing(const QString& message)
{
    if (setState(State::Failing, message)) {
        m_status.lastError = message;
        m_status.lastErrorAt = Clock::system()->now();
        emit statusChanged();
    }
}

bool FeedSource::setState(State state, const QString& message)
{
    if (state == m_status.state && message == m_status.message) {
        return false;
    }
    m_status.state = state;
    m_status.message = message;
    return true;
}

} // namespace cordon::core
