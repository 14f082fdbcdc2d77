#pragma once

#include "feed/FeedSource.h"
#include "feed/FeedTypes.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QString>
#include <QTimer>

namespace cordon::core
{

// A feed in a local file, or in every *.json / *.ndjson / *.jsonl file of a folder, followed as it
// changes. NDJSON that grows is read from where the last read stopped, and a partial last line waits
// for its newline; a file that is replaced or truncated, or a JSON document that changes, is read
// again whole (incidents keep their ids, so the store merges them). Parsing runs on a worker thread;
// results arrive in this object's thread, and are dropped if it is gone by then. Ok means everything
// was read and it waits for changes; Failing, that the path cannot be read (retried on the next change).
class FileSource : public FeedSource
{
    Q_OBJECT

public:
    explicit FileSource(QString path,
                        FeedFormat format = FeedFormat::Auto,
                        FeedContext context = {},
                        QObject* parent = nullptr);
    ~FileSource() override;

    QString path() const { return m_path; }
    // How often files are checked besides the change notifications (some file systems send none).
    void setPollInterval(int milliseconds);

    void start() override;
    void stop() override;
    // Checks every file now, as a change notification would.
    void pollNow() override;

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
    void watch(const QString& file);

    QString m_path;
    FeedFormat m_format;
    FeedContext m_context;
    bool m_folder = false;
    bool m_running = false;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QHash<QString, Tracked> m_files;
};

} // namespace cordon::core
