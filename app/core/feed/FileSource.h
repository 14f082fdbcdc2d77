#pragma once

#include "feed/FeedTypes.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cordon::core
{

// A feed in a local file, or in every *.json / *.ndjson / *.jsonl file of a folder, followed as it
// changes. NDJSON that grows is read from where the last read stopped, and a partial last line waits
// for its newline; a file that is replaced or truncated, or a JSON document that changes, is read
// again whole (incidents keep their ids, so the store merges them). Parsing runs on a worker thread;
// results arrive in this object's thread, and are dropped if it is gone by then.
class FileSource : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Idle,     // not started
        Loading,  // a read is running
        Watching, // everything read; waiting for changes
        Error,    // the path cannot be read; retried on the next change or poll
    };
    Q_ENUM(Status)

    explicit FileSource(QString path,
                        FeedFormat format = FeedFormat::Auto,
                        FeedContext context = {},
                        QObject* parent = nullptr);
    ~FileSource() override;

    QString path() const { return m_path; }
    Status status() const { return m_status; }
    QString statusMessage() const { return m_message; }
    // How often files are checked besides the change notifications (some file systems send none).
    void setPollInterval(int milliseconds);

    void start();
    void stop();
    // Checks every file now, as a change notification would.
    void refresh();

signals:
    void incidentsLoaded(const QList<cordon::core::Incident>& incidents);
    void errorsReported(const QList<cordon::core::FeedError>& errors);
    void stateChanged(cordon::core::FileSource::Status status, const QString& message);

private:
    // What is known of one file between reads.
    struct Tracked
    {
        qint64 offset = 0; // bytes read and parsed
        qint64 lines = 0;  // newlines before offset, for error positions
        bool appendable = false;
        QByteArray head; // the first bytes, to notice a replaced file
        qint64 size = -1;
        QDateTime modified;
        bool busy = false;
        bool again = false; // changed while a read was running
    };

    void check(const QString& file);
    void read(const QString& file);
    void rescanFolder();
    void updateStatus();
    void setStatus(Status status, const QString& message);
    void watch(const QString& file);

    QString m_path;
    FeedFormat m_format;
    FeedContext m_context;
    bool m_folder = false;
    bool m_running = false;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QHash<QString, Tracked> m_files;
    Status m_status = Status::Idle;
    QString m_message;
};

} // namespace cordon::core
