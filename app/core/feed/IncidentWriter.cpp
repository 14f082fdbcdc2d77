#include "feed/IncidentWriter.h"

#include "base/Logging.h"
#include "feed/IncidentStore.h"
#include "store/Database.h"

#include <algorithm>
#include <memory>
#include <span>

namespace cordon::core
{

namespace
{

// Incidents per transaction: large enough to write fast (each commit waits for the disk twice, for the log and
// for the checkpoint that follows it), small enough that the signals flow early and the incidents copied for
// them stay few.
constexpr qsizetype SliceSize = 20000;

} // namespace

// Lives in the writer's thread with its own connection and store.
class IncidentWriter::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString path, QString password) : m_path(std::move(path)), m_password(std::move(password)) {}

    // Writes incidents[offset, offset + SliceSize), read in place: the list is shared, never copied.
    void write(const QList<Incident>& incidents, qsizetype offset)
    {
        if (!m_store && !open()) {
            emit failed(m_error);
            emit written();
            return;
        }
        const std::span<const Incident> slice(incidents.constData() + offset,
                                              size_t(std::min(SliceSize, incidents.size() - offset)));
        const IncidentStore::UpsertResult result = m_store->upsertSpan(slice);
        if (!result.ok) {
            qCWarning(lcStore) << "incidents not stored:" << result.error;
            emit failed(result.error);
        }
        emit written();
    }

    void readAll()
    {
        if (!m_store && !open()) {
            emit failed(m_error);
            emit stored({});
            return;
        }
        // Listed first: the columns of rows stored before they existed are filled behind it, once.
        emit stored(m_store->list(false));
        m_store->fillListColumns();
    }

signals:
    void stored(const QList<cordon::core::Incident>& incidents);
    void incidentsAdded(const QList<cordon::core::Incident>& incidents);
    void incidentsUpdated(const QList<cordon::core::Incident>& incidents);
    void incidentStateChanged(const cordon::core::Incident& incident, cordon::core::Incident::State previous);
    void failed(const QString& error);
    void written();

private:
    bool open()
    {
        if (!m_error.isEmpty()) {
            return false;
        }
        auto database = std::make_unique<Database>();
        database->setPassword(m_password);
        if (!database->open(m_path, &m_error)) {
            return false;
        }
        m_database = std::move(database);
        m_store = std::make_unique<IncidentStore>(*m_database);
        connect(m_store.get(), &IncidentStore::incidentsAdded, this, &Worker::incidentsAdded);
        connect(m_store.get(), &IncidentStore::incidentsUpdated, this, &Worker::incidentsUpdated);
        connect(m_store.get(), &IncidentStore::incidentStateChanged, this, &Worker::incidentStateChanged);
        return true;
    }

    QString m_path;
    QString m_password;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentStore> m_store;
};

IncidentWriter::IncidentWriter(const Database& like, QObject* parent)
    : QObject(parent), m_worker(new Worker(like.location(), like.password()))
{
    m_thread.setObjectName(QStringLiteral("incident-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::incidentsAdded, this, &IncidentWriter::incidentsAdded);
    connect(m_worker, &Worker::incidentsUpdated, this, &IncidentWriter::incidentsUpdated);
    connect(m_worker, &Worker::incidentStateChanged, this, &IncidentWriter::incidentStateChanged);
    connect(m_worker, &Worker::failed, this, &IncidentWriter::failed);
    connect(m_worker, &Worker::stored, this, &IncidentWriter::storedRead);
    connect(m_worker, &Worker::written, this, [this] {
        if (--m_pending == 0) {
            emit idle();
        }
    });
    m_thread.start();
}

IncidentWriter::~IncidentWriter()
{
    // Waits for the slices already queued: events posted before this one run first, in order. A quit alone
    // could leave them unwritten.
    if (m_pending > 0) {
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void IncidentWriter::readAll()
{
    QMetaObject::invokeMethod(m_worker, &Worker::readAll, Qt::QueuedConnection);
}

void IncidentWriter::write(const QList<Incident>& incidents)
{
    // The list goes over shared, not copied, and the worker reads each slice in place.
    for (qsizetype offset = 0; offset < incidents.size(); offset += SliceSize) {
        ++m_pending;
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, incidents, offset] { worker->write(incidents, offset); },
            Qt::QueuedConnection);
    }
}

} // namespace cordon::core

#include "IncidentWriter.moc"
