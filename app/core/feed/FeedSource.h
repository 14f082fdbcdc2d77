#pragma once

#include "feed/FeedTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace cordon::core
{

// A feed that delivers incidents as it reads or polls: a local file or folder, an HTTPS feed. Its
// status (state, last success, last failure) is kept here once, so every kind of source reports it
// the same way. Incidents once delivered are never taken back.
class FeedSource : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped, // not started, or stopped
        Loading, // reading or polling
        Ok,      // the last read or poll succeeded
        Failing, // the last attempt failed, or the source was refused; retried on the next change or poll
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Stopped;
        QString message; // what the source is doing now, in words
        QDateTime lastSuccess;
        QString lastError; // the last failure in words; kept after a later success
        QDateTime lastErrorAt;
    };

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    // Reads or polls now, unless a read or poll is running.
    virtual void pollNow() = 0;

    const Status& status() const { return m_status; }
    State state() const { return m_status.state; }
    QString statusMessage() const { return m_status.message; }
    QDateTime lastSuccess() const { return m_status.lastSuccess; }

signals:
    void incidentsLoaded(const QList<cordon::core::Incident>& incidents);
    // Records the source could not read; the rest of its feed still loaded.
    void errorsReported(const QList<cordon::core::FeedError>& errors);
    void statusChanged();

protected:
    void setStopped();
    void setLoading(const QString& message);
    // Stamps the last success when the source comes to Ok.
    void setOk(const QString& message);
    // The message is also the last error, stamped now.
    void setFailing(const QString& message);

private:
    bool setState(State state, const QString& message);

    Status m_status;
};

} // namespace cordon::core
