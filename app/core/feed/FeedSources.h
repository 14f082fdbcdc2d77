#pragma once

#include "feed/FeedTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;

namespace cordon::core
{

class AppSettings;
class FeedSource;
class SecretStoreInterface;

// The feed sources of the settings, running: local files and folders watched, HTTPS sources polled
// with their keys read from the keychain first. Each source's state, last success and last error are
// kept for the analyst. A source that fails keeps the incidents it already delivered: nothing is taken
// back, and a restart only adds.
class FeedSources : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,  // not started, or refused before it could start
        Starting, // reading its key from the keychain
        Loading,  // reading or polling
        Ok,       // the last read or poll succeeded
        Failing,  // the last attempt failed; retried on the next change, poll or Refresh
    };
    Q_ENUM(State)

    // One configured source as the analyst sees it.
    struct Source
    {
        QString id;
        QString location; // the path, or the address without its query or user info
        QString kind;     // "file" or "https"
        QString api;      // https: "redcanary" or "generic"; empty for files
        bool folder = false;
        State state = State::Stopped;
        QString message; // what the source is doing now, in words
        QDateTime lastSuccess;
        QString lastError; // the last failure in words; empty while there was none
        QDateTime lastErrorAt;
        qint64 incidents = 0; // delivered since it started
        qint64 skippedRecords = 0;
    };

    // None is owned; all must outlive the sources.
    FeedSources(AppSettings* settings,
                SecretStoreInterface* secrets,
                QNetworkAccessManager* network,
                QObject* parent = nullptr);
    ~FeedSources() override;

    // Polls http:// addresses on this computer (the demo, tests); otherwise only https://.
    void setAllowHttpLoopback(bool allow);
    bool allowHttpLoopback() const { return m_allowHttpLoopback; }

    // Builds the sources from the settings and starts them.
    void start();
    // Reads the settings again: new sources start, removed ones stop, changed ones restart, and
    // unchanged ones keep running undisturbed.
    void reload();
    void stop();
    // Reads or polls the source now; one whose key could not be read tries the keychain again.
    void refresh(const QString& id);
    void refreshAll();

    // In the order of the settings.
    QList<Source> sources() const;
    // A Source with an empty id when there is none with this id.
    Source source(const QString& id) const;
    // "3 feeds: 2 ok, 1 failing", for the status bar.
    QString summary() const;

    // "redcanary" for the Red Canary API (a *.my.redcanary.co host or an /openapi/v3 path), else "generic".
    static QString apiForUrl(const QUrl& url);
    // The address as it may be shown and logged: no user info, query or fragment.
    static QString displayUrl(const QUrl& url);

signals:
    // sourceName is the source's location (a path or an address).
    void incidentsLoaded(const QString& sourceName, const QList<cordon::core::Incident>& incidents);
    // Records the source could not read; the rest of its feed still loaded.
    void errorsReported(const QString& sourceName, const QList<cordon::core::FeedError>& errors);
    // A source's state, message or last error changed; an empty id when sources came or went.
    void statusChanged(const QString& sourceId);

private:
    struct Entry
    {
        Source info;
        QJsonObject config;
        QPointer<FeedSource> source;
        bool keyMissing = false; // the key could not be read: Refresh reads it again
    };

    void build(const QString& id);
    void readKeyAndStart(const QString& id);
    void discard(Entry& entry);
    Entry* find(const QString& id);
    const Entry* find(const QString& id) const;
    FeedContext contextFor(const QJsonObject& config) const;
    void setState(const QString& id, State state, const QString& message, const QDateTime& success = {});
    void fail(const QString& id, const QString& error);
    void run(const QString& id, FeedSource* source);
    void delivered(const QString& id, const QList<Incident>& incidents);
    void skipped(const QString& id, const QList<FeedError>& errors);

    AppSettings* m_settings;
    SecretStoreInterface* m_secrets;
    QNetworkAccessManager* m_network;
    bool m_allowHttpLoopback = false;
    bool m_running = false;
    QStringList m_patterns;
    std::vector<Entry> m_entries;
};

} // namespace cordon::core
