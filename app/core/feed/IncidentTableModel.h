#pragma once

#include "feed/Incident.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QList>
#include <QString>
#include <QThreadPool>

#include <array>
#include <memory>
#include <vector>

namespace cordon::core
{

// The incident list: a flat table over a contiguous vector, so that hundreds of thousands of rows stay
// cheap. Rows arrive in batches (one insert notification per batch), an incident seen again is updated
// in place by id, and display strings are built only when a view asks for them.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        DetectedColumn,
        HostColumn,
        UserColumn,
        TitleColumn,
        StateColumn,
        ContainmentColumn,
        ColumnCount,
    };

    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        // A value that sorts as an analyst expects (severity rank, time, lower-case text).
        SortRole,
        // The severity's colour as "#rrggbb": the core has no QColor, the view turns it into one.
        SeverityColorRole,
        SeverityRole,
        StateRole,
        // True while the incident is not resolved or suppressed.
        OpenRole,
        DetectedAtRole,
        // One number that orders by urgency: open before closed, then severity, then the newest.
        PriorityRole,
        // Every column's text in lower case, for a filter that matches any column in one look.
        SearchTextRole,
    };

    explicit IncidentTableModel(QObject* parent = nullptr);
    ~IncidentTableModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // New ids are appended as one batch; known ids are replaced in place, and a record equal to the one held
    // changes nothing. A batch that is large against the list (a feed loaded whole) resets the model
    // instead, so that a sorting proxy sorts once rather than placing row after row. Returns the number
    // of new rows.
    int addIncidents(const QList<Incident>& incidents);
    // Replaces the incident with the same id; false when the id is unknown.
    bool updateIncident(const Incident& incident);
    void clear();

    // A short word on what was done to the incident's user ("Contained", "Suspend failed"), shown as is.
    bool setContainmentStatus(const QString& incidentId, const QString& status);
    QString containmentStatus(const QString& incidentId) const;

    int rowOf(const QString& incidentId) const;
    // Straight from the row, for a proxy that sorts or filters a hundred thousand rows: what PriorityRole
    // and SearchTextRole give, without a QVariant per look.
    qint64 priorityAt(int row) const { return m_priorities[static_cast<size_t>(row)]; }
    // In UTF-8, lower case: half the memory of UTF-16 for the mostly ASCII text, and searched bytewise.
    const QByteArray& searchTextAt(int row) const
    {
        if (m_searchPending) {
            settleSearchTexts();
        }
        return m_rows[static_cast<size_t>(row)].searchText;
    }
    // A large batch is listed first and its search texts are built right behind it, on the cores the window
    // does not use; anything that reads or changes them waits for them here first.
    void settleSearchTexts() const;
    static qint64 priorityOf(const Incident& incident);
    const Incident* incidentAt(int row) const;
    const Incident* incidentById(const QString& incidentId) const;

    int countInState(Incident::State state) const;
    // Incidents not resolved or suppressed.
    int openCount() const;
    int openCountAtSeverity(Incident::Severity severity) const;

    static bool isOpen(Incident::State state);
    static QString severityText(Incident::Severity severity);
    static QString stateText(Incident::State state);
    static QString severityColorName(Incident::Severity severity);

signals:
    // The counts by state or severity changed (rows added, updated or cleared).
    void countsChanged();

private:
    // A row holds no copy of its incident: it points into a batch the model keeps (shared with whoever
    // sent it, so a hundred thousand incidents exist once), or into an incident of its own after an update.
    struct Row
    {
        const Incident* incident = nullptr;
        std::unique_ptr<Incident> own;
        int batch = -1; // index into m_batches, or -1 when the row owns its incident
        QString containment;
        QByteArray searchText;                                          // built when the row is added or changed
        mutable std::unique_ptr<std::array<QString, ColumnCount>> text; // built when a view first shows the row
    };
    // A batch as it arrived; never changed, so that pointers into it hold. Let go once no row points into it.
    struct Batch
    {
        QList<Incident> incidents;
        int live = 0;
    };

    void buildText(const Row& row) const;
    static QString detectedText(const Incident& incident);
    // The severity and state words a search text holds, in lower case: translated once per batch, not per row.
    struct SearchLabels
    {
        std::array<QByteArray, 6> severity;
        std::array<QByteArray, 5> state;
        static SearchLabels current();
    };
    static QByteArray searchText(const Incident& incident, const QString& containment, const SearchLabels& labels);
    void count(const Incident& incident, int delta);
    // Points a known row at another incident (in a kept batch, or owned); false when it was equal already.
    bool replaceRow(int row, const Incident& incident, int batch);
    void release(Row& row);

    std::vector<Row> m_rows;
    // Each row's priorityOf, apart from the rows so that a sort over them stays in the cache.
    std::vector<qint64> m_priorities;
    std::vector<Batch> m_batches;

    // Rows by incident id, in open addressing: each slot holds a row or -1, and each row's id hash is kept
    // beside the rows, so that a large batch is indexed without copying an id or allocating per row.
    // The hashes are seeded per process, so that a feed cannot choose ids that all collide.
    static size_t idHash(const QString& id);
    // The row holding the id; idOf gives the id of any row found in the slots, listed or about to be.
    template <class IdOf> int findRow(const QString& id, size_t hash, const IdOf& idOf) const;
    // Room in the slots for that many more rows, keeping them at most half full.
    void reserveIds(size_t rows);
    void insertId(int row, size_t hash);
    std::vector<size_t> m_idHashes;
    std::vector<int> m_idSlots;

    QThreadPool m_searchPool;
    mutable QFuture<void> m_searchJob;
    mutable bool m_searchPending = false;
    std::array<int, 5> m_stateCounts{};
    std::array<int, 6> m_openSeverityCounts{};
};

} // namespace cordon::core
