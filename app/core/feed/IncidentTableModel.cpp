#include "feed/IncidentTableModel.h"

#include "base/JsonTime.h"

#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace cordon::core
{

namespace
{

int severityRank(Incident::Severity severity)
{
    return static_cast<int>(severity);
}

int stateIndex(Incident::State state)
{
    return static_cast<int>(state);
}

} // namespace

IncidentTableModel::IncidentTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    // One core is left to the window, which lays out and paints the list while its search texts are built.
    m_searchPool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

IncidentTableModel::~IncidentTableModel()
{
    settleSearchTexts();
}

void IncidentTableModel::settleSearchTexts() const
{
    if (m_searchPending) {
        m_searchJob.waitForFinished();
        m_searchPending = false;
    }
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QModelIndex IncidentTableModel::index(int row, int column, const QModelIndex& parent) const
{
    // Asked twice per comparison while a proxy sorts a hundred thousand rows: no virtual calls to check.
    if (parent.isValid() || row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(m_rows.size())) {
        return {};
    }
    return createIndex(row, column);
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IncidentTableModel::isOpen(Incident::State state)
{
    // An incident whose state a feed did not say is treated as open: better seen than missed.
    return state != Incident::State::Resolved && state != Incident::State::Suppressed;
}

QString IncidentTableModel::severityText(Incident::Severity severity)
{
    switch (severity) {
    case Incident::Severity::Critical:
        return tr("Critical");
    case Incident::Severity::High:
        return tr("High");
    case Incident::Severity::Medium:
        return tr("Medium");
    case Incident::Severity::Low:
        return tr("Low");
    case Incident::Severity::Informational:
        return tr("Info");
    case Incident::Severity::Unknown:
        break;
    }
    return tr("Unknown");
}

QString IncidentTableModel::stateText(Incident::State state)
{
    switch (state) {
    case Incident::State::New:
        return tr("New");
    case Incident::State::InProgress:
        return tr("In progress");
    case Incident::State::Resolved:
        return tr("Resolved");
    case Incident::State::Suppressed:
        return tr("Suppressed");
    case Incident::State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString IncidentTableModel::severityColorName(Incident::Severity severity)
{
    switch (severity) {
    case Incident::Severity::Critical:
        return QStringLiteral("#c62828");
    case Incident::Severity::High:
        return QStringLiteral("#ef6c00");
    case Incident::Severity::Medium:
        return QStringLiteral("#f9a825");
    case Incident::Severity::Low:
        return QStringLiteral("#1e88e5");
    case Incident::Severity::Informational:
        return QStringLiteral("#78909c");
    case Incident::Severity::Unknown:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

qint64 IncidentTableModel::priorityOf(const Incident& incident)
{
    const qint64 time = incident.detectedAt.isValid() ? incident.detectedAt.toMSecsSinceEpoch() : 0;
    return (qint64(isOpen(incident.state)) << 62) | (qint64(severityRank(incident.severity)) << 56) |
           (std::clamp<qint64>(time, 0, (qint64(1) << 56) - 1));
}

namespace
{

// "yyyy-MM-dd HH:mm" of a UTC time in epoch milliseconds, written digit by digit (a hundred thousand rows
// through QDate and a format string take a large share of a load). False for years outside 1 to 9999.
bool formatMinute(qint64 msecs, std::array<char, 16>& out)
{
    const qint64 minutes = floorDiv(msecs, 60000);
    const qint64 days = floorDiv(minutes, 1440);
    const qint64 minuteOfDay = minutes - days * 1440;
    const CivilDate date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999) {
        return false;
    }
    const auto put = [&out](size_t at, qint64 value, int width) { putDigits(out.data() + at, value, width); };
    put(0, date.year, 4);
    out[4] = '-';
    put(5, date.month, 2);
    out[7] = '-';
    put(8, date.day, 2);
    out[10] = ' ';
    put(11, minuteOfDay / 60, 2);
    out[13] = ':';
    put(14, minuteOfDay % 60, 2);
    return true;
}

// Appends text as lower-case UTF-8: ASCII byte by byte, anything else through QString's case mapping.
void appendLower(QByteArray& out, QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.append(text.toString().toLower().toUtf8());
            return;
        }
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* bytes = out.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *bytes++ = static_cast<char>(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
}

} // namespace

// UTC, as the detail pane and the feeds give it: formatting a hundred thousand local times is slow.
QString IncidentTableModel::detectedText(const Incident& incident)
{
    if (!incident.detectedAt.isValid()) {
        return {};
    }
    std::array<char, 16> minute{};
    if (formatMinute(incident.detectedAt.toMSecsSinceEpoch(), minute)) {
        return QString::fromLatin1(minute.data(), qsizetype(minute.size()));
    }
    const QDateTime utc = incident.detectedAt.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return QString::asprintf("%04d-%02d-%02d %02d:%02d", date.year(), date.month(), date.day(), time.hour(),
                             time.minute());
}

IncidentTableModel::SearchLabels IncidentTableModel::SearchLabels::current()
{
    SearchLabels labels;
    for (size_t i = 0; i < labels.severity.size(); ++i) {
        labels.severity[i] = severityText(static_cast<Incident::Severity>(i)).toLower().toUtf8();
    }
    for (size_t i = 0; i < labels.state.size(); ++i) {
        labels.state[i] = stateText(static_cast<Incident::State>(i)).toLower().toUtf8();
    }
    return labels;
}

QByteArray
IncidentTableModel::searchText(const Incident& incident, const QString& containment, const SearchLabels& labels)
{
    // Every column's text and the id, in lower case, a line each.
    QByteArray text;
    text.reserve(labels.severity[0].size() + 16 + incident.hostname.size() + incident.user.raw.size() +
                 incident.title.size() + labels.state[0].size() + incident.resolution.size() + containment.size() +
                 incident.id.size() + 16);
    text.append(labels.severity[static_cast<size_t>(severityRank(incident.severity))]);
    text.append('\n');
    appendLower(text, detectedText(incident));
    for (const QString* part : {&incident.hostname, &incident.user.raw, &incident.title}) {
        text.append('\n');
        appendLower(text, *part);
    }
    text.append('\n');
    text.append(labels.state[static_cast<size_t>(stateIndex(incident.state))]);
    for (const QString* part : {&incident.resolution, &containment, &incident.id}) {
        text.append('\n');
        appendLower(text, *part);
    }
    text.squeeze();
    return text;
}

void IncidentTableModel::buildText(const Row& row) const
{
    const Incident& incident = *row.incident;
    auto text = std::make_unique<std::array<QString, ColumnCount>>();
    (*text)[SeverityColumn] = severityText(incident.severity);
    (*text)[DetectedColumn] = detectedText(incident);
    (*text)[HostColumn] = incident.hostname;
    (*text)[UserColumn] = incident.user.raw.isEmpty() ? tr("(no user)") : incident.user.raw;
    (*text)[TitleColumn] = incident.title;
    (*text)[StateColumn] = incident.resolution.isEmpty()
                               ? stateText(incident.state)
                               : tr("%1 (%2)").arg(stateText(incident.state), incident.resolution);
    (*text)[ContainmentColumn] = row.containment;
    row.text = std::move(text);
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const Incident& incident = *row.incident;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (!row.text) {
            buildText(row);
        }
        if (role == Qt::ToolTipRole && index.column() == TitleColumn && !incident.summary.isEmpty()) {
            return incident.summary;
        }
        return (*row.text)[static_cast<size_t>(index.column())];
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityRank(incident.severity);
        case DetectedColumn:
            return incident.detectedAt.toMSecsSinceEpoch();
        case StateColumn:
            // Open before closed, new before in progress.
            return isOpen(incident.state) ? (incident.state == Incident::State::New ? 3 : 2) : 1;
        default:
            if (!row.text) {
                buildText(row);
            }
            return (*row.text)[static_cast<size_t>(index.column())].toLower();
        }
    case IncidentIdRole:
        return incident.id;
    case SeverityColorRole:
        return severityColorName(incident.severity);
    case SeverityRole:
        return severityRank(incident.severity);
    case StateRole:
        return stateIndex(incident.state);
    case OpenRole:
        return isOpen(incident.state);
    case DetectedAtRole:
        return incident.detectedAt;
    case PriorityRole:
        return m_priorities[static_cast<size_t>(index.row())];
    case SearchTextRole:
        return QString::fromUtf8(searchTextAt(index.row()));
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case DetectedColumn:
        return tr("Detected (UTC)");
    case HostColumn:
        return tr("Host");
    case UserColumn:
        return tr("Endpoint user");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case ContainmentColumn:
        return tr("Containment");
    default:
        return {};
    }
}

void IncidentTableModel::count(const Incident& incident, int delta)
{
    m_stateCounts[static_cast<size_t>(stateIndex(incident.state))] += delta;
    if (isOpen(incident.state)) {
        m_openSeverityCounts[static_cast<size_t>(severityRank(incident.severity))] += delta;
    }
}

int IncidentTableModel::addIncidents(const QList<Incident>& incidents)
{
    settleSearchTexts();
    // Kept as it came: the rows point into it. Only ever read (constData), so it is never copied.
    const int batch = static_cast<int>(m_batches.size());
    m_batches.push_back(Batch{incidents, 0});
    const Incident* const first = m_batches.back().incidents.constData();
    const qsizetype size = incidents.size();

    // The ids of a large batch are hashed on every core, and then indexed without hashing again.
    constexpr qsizetype ParallelAbove = 4096;
    std::vector<size_t> hashes(static_cast<size_t>(size));
    const auto hashId = [first, &hashes](size_t& slot) { slot = idHash(first[&slot - hashes.data()].id); };
    if (size > ParallelAbove) {
        QtConcurrent::blockingMap(hashes, hashId);
    } else {
        std::for_each(hashes.begin(), hashes.end(), hashId);
    }

    // New ids get their row numbers in the index at once, so that an id repeated later in the batch (the
    // later record wins) is found there without a second index.
    const int firstRow = static_cast<int>(m_rows.size());
    QList<const Incident*> fresh;
    QList<std::pair<int, const Incident*>> known;
    const auto idOf = [this, firstRow, &fresh](int row) -> const QString& {
        return row >= firstRow ? fresh[row - firstRow]->id : m_rows[static_cast<size_t>(row)].incident->id;
    };
    reserveIds(static_cast<size_t>(size));
    for (qsizetype i = 0; i < size; ++i) {
        const Incident* incident = first + i;
        const size_t hash = hashes[static_cast<size_t>(i)];
        if (const int row = findRow(incident->id, hash, idOf); row >= 0) {
            if (row >= firstRow) {
                fresh[row - firstRow] = incident;
            } else {
                known.append({row, incident});
            }
            continue;
        }
        insertId(firstRow + static_cast<int>(fresh.size()), hash);
        fresh.append(incident);
    }
    // Rows placed one by one into a sorted proxy cost a pass over its mapping each; past this share of
    // the list, one reset and one sort are far cheaper.
    constexpr qsizetype ResetAbove = 256;
    const bool reset = fresh.size() + known.size() > ResetAbove &&
                       (fresh.size() + known.size()) * 8 > static_cast<qsizetype>(m_rows.size());
    if (reset) {
        beginResetModel();
    }
    bool changed = false;
    for (const auto& [row, incident] : std::as_const(known)) {
        if (replaceRow(row, *incident, batch)) {
            changed = true;
            if (!reset) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
    if (!fresh.isEmpty()) {
        if (!reset) {
            beginInsertRows({}, firstRow, firstRow + static_cast<int>(fresh.size()) - 1);
        }
        m_rows.reserve(m_rows.size() + static_cast<size_t>(fresh.size()));
        m_priorities.reserve(m_rows.capacity());
        for (const Incident* incident : std::as_const(fresh)) {
            Row row;
            row.incident = incident;
            row.batch = batch;
            m_rows.push_back(std::move(row));
            m_priorities.push_back(priorityOf(*incident));
            count(*incident, 1);
        }
        // The search texts of a large batch are built behind the list, each row's on its own: the rows show
        // without them, and a filter waits for them (settleSearchTexts). Nothing moves the rows meanwhile.
        const auto build = [labels = SearchLabels::current()](Row& row) {
            row.searchText = searchText(*row.incident, {}, labels);
        };
        const auto begin = m_rows.begin() + firstRow;
        if (fresh.size() > ParallelAbove) {
            m_searchJob = QtConcurrent::map(&m_searchPool, begin, m_rows.end(), build);
            m_searchPending = true;
        } else {
            std::for_each(begin, m_rows.end(), build);
        }
        m_batches[static_cast<size_t>(batch)].live += static_cast<int>(fresh.size());
        if (!reset) {
            endInsertRows();
        }
        changed = true;
    }
    if (m_batches.back().live == 0) {
        m_batches.pop_back(); // nothing new or changed in it
    }
    if (reset) {
        endResetModel();
    }
    if (changed) {
        emit countsChanged();
    }
    return static_cast<int>(fresh.size());
}

size_t IncidentTableModel::idHash(const QString& id)
{
    return qHash(id, QHashSeed::globalSeed());
}

template <class IdOf> int IncidentTableModel::findRow(const QString& id, size_t hash, const IdOf& idOf) const
{
    if (m_idSlots.empty()) {
        return -1;
    }
    const size_t mask = m_idSlots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const int row = m_idSlots[slot];
        if (row < 0) {
            return -1;
        }
        if (m_idHashes[static_cast<size_t>(row)] == hash && idOf(row) == id) {
            return row;
        }
    }
}

void IncidentTableModel::reserveIds(size_t rows)
{
    const size_t needed = (m_idHashes.size() + rows) * 2;
    if (m_idSlots.size() >= needed) {
        return;
    }
    size_t capacity = 64;
    while (capacity < needed) {
        capacity *= 2;
    }
    m_idSlots.assign(capacity, -1);
    const std::vector<size_t> hashes = std::exchange(m_idHashes, {});
    m_idHashes.reserve(hashes.size() + rows);
    for (const size_t hash : hashes) {
        insertId(static_cast<int>(m_idHashes.size()), hash);
    }
}

void IncidentTableModel::insertId(int row, size_t hash)
{
    Q_ASSERT(row == static_cast<int>(m_idHashes.size()));
    Q_ASSERT((m_idHashes.size() + 1) * 2 <= m_idSlots.size());
    const size_t mask = m_idSlots.size() - 1;
    size_t slot = hash & mask;
    while (m_idSlots[slot] >= 0) {
        slot = (slot + 1) & mask;
    }
    m_idSlots[slot] = row;
    m_idHashes.push_back(hash);
}

void IncidentTableModel::release(Row& row)
{
    row.own.reset();
    if (row.batch >= 0) {
        Batch& batch = m_batches[static_cast<size_t>(row.batch)];
        if (--batch.live == 0) {
            batch.incidents = {};
        }
        row.batch = -1;
    }
}

bool IncidentTableModel::replaceRow(int index, const Incident& incident, int batch)
{
    Row& row = m_rows[static_cast<size_t>(index)];
    if (*row.incident == incident) {
        return false;
    }
    count(*row.incident, -1);
    if (batch >= 0) {
        ++m_batches[static_cast<size_t>(batch)].live;
        release(row);
        row.incident = &incident;
        row.batch = batch;
    } else if (row.own) {
        *row.own = incident;
    } else {
        auto own = std::make_unique<Incident>(incident);
        release(row);
        row.incident = own.get();
        row.own = std::move(own);
    }
    row.searchText = searchText(*row.incident, row.containment, SearchLabels::current());
    m_priorities[static_cast<size_t>(index)] = priorityOf(*row.incident);
    row.text.reset();
    count(*row.incident, 1);
    return true;
}

bool IncidentTableModel::updateIncident(const Incident& incident)
{
    settleSearchTexts();
    const int row = rowOf(incident.id);
    if (row < 0) {
        return false;
    }
    if (replaceRow(row, incident, -1)) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit countsChanged();
    }
    return true;
}

void IncidentTableModel::clear()
{
    if (m_rows.empty()) {
        return;
    }
    settleSearchTexts();
    beginResetModel();
    m_rows.clear();
    m_priorities.clear();
    m_batches.clear();
    m_idHashes.clear();
    m_idSlots.clear();
    m_stateCounts.fill(0);
    m_openSeverityCounts.fill(0);
    endResetModel();
    emit countsChanged();
}

bool IncidentTableModel::setContainmentStatus(const QString& incidentId, const QString& status)
{
    settleSearchTexts();
    const int row = rowOf(incidentId);
    if (row < 0) {
        return false;
    }
    Row& entry = m_rows[static_cast<size_t>(row)];
    if (entry.containment == status) {
        return true;
    }
    entry.containment = status;
    if (entry.text) {
        (*entry.text)[ContainmentColumn] = status;
    }
    entry.searchText = searchText(*entry.incident, status, SearchLabels::current());
    const QModelIndex cell = index(row, ContainmentColumn);
    emit dataChanged(cell, cell);
    return true;
}

QString IncidentTableModel::containmentStatus(const QString& incidentId) const
{
    const int row = rowOf(incidentId);
    return row < 0 ? QString() : m_rows[static_cast<size_t>(row)].containment;
}

int IncidentTableModel::rowOf(const QString& incidentId) const
{
    return findRow(incidentId, idHash(incidentId),
                   [this](int row) -> const QString& { return m_rows[static_cast<size_t>(row)].incident->id; });
}

const Incident* IncidentTableModel::incidentAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return m_rows[static_cast<size_t>(row)].incident;
}

const Incident* IncidentTableModel::incidentById(const QString& incidentId) const
{
    return incidentAt(rowOf(incidentId));
}

int IncidentTableModel::countInState(Incident::State state) const
{
    return m_stateCounts[static_cast<size_t>(stateIndex(state))];
}

int IncidentTableModel::openCount() const
{
    int total = 0;
    for (int n : m_openSeverityCounts) {
        total += n;
    }
    return total;
}

int IncidentTableModel::openCountAtSeverity(Incident::Severity severity) const
{
    return m_openSeverityCounts[static_cast<size_t>(severityRank(severity))];
}

} // namespace cordon::core
