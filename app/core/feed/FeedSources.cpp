#include "feed/FeedSources.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "base/Redirects.h"
#include "feed/FileSource.h"
#include "feed/HttpsSource.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace cordon::core
{

namespace
{

constexpr int DefaultIntervalMinutes = 5;

QString text(const QJsonObject& config, const char* key)
{
    return config.value(QLatin1String(key)).toString();
}

} // namespace

FeedSources::FeedSources(AppSettings* settings,
                         SecretStoreInterface* secrets,
                         QNetworkAccessManager* network,
                         QObject* parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_network(network)
{}

FeedSources::~FeedSources()
{
    stop();
}

void FeedSources::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
}

QString FeedSources::apiForUrl(const QUrl& url)
{
    const bool redCanary = url.host().toLower().endsWith(QLatin1String(".my.redcanary.co")) ||
                           url.path().contains(QLatin1String("/openapi/v3"), Qt::CaseInsensitive);
    return redCanary ? QStringLiteral("redcanary") : QStringLiteral("generic");
}

QString FeedSources::displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

void FeedSources::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    reload();
}

void FeedSources::reload()
{
    if (!m_running) {
        start();
        return;
    }
    // The service-account patterns go into every source's parsing: when they change, all restart.
    const QStringList patterns = m_settings->serviceAccountPatterns();
    const bool patternsChanged = patterns != m_patterns;
    m_patterns = patterns;

    std::vector<Entry> next;
    std::vector<QString> fresh;
    for (const QJsonValue& value : m_settings->feedSources()) {
        const QJsonObject config = value.toObject();
        // Sources saved without an id are known by their location.
        const QString id = text(config, "id").isEmpty() ? text(config, "url") : text(config, "id");
        if (id.isEmpty() || std::any_of(next.begin(), next.end(), [&id](const Entry& e) { return e.info.id == id; })) {
            continue;
        }
        const auto kept =
            std::find_if(m_entries.begin(), m_entries.end(), [&id](const Entry& e) { return e.info.id == id; });
        if (kept != m_entries.end() && kept->config == config && !patternsChanged) {
            next.push_back(std::move(*kept));
            m_entries.erase(kept);
            continue;
        }
        Entry entry;
        entry.info.id = id;
        entry.config = config;
        next.push_back(std::move(entry));
        fresh.push_back(id);
    }
    // What is left was removed or changed; the incidents it delivered stay with the console.
    for (Entry& gone : m_entries) {
        discard(gone);
    }
    m_entries = std::move(next);
    emit statusChanged(QString());
    for (const QString& id : fresh) {
        build(id);
    }
}

void FeedSources::stop()
{
    m_running = false;
    for (Entry& entry : m_entries) {
        discard(entry);
    }
    m_entries.clear();
}

void FeedSources::discard(Entry& entry)
{
    if (entry.source) {
        disconnect(entry.source, nullptr, this, nullptr);
        entry.source->stop();
        entry.source->deleteLater();
    }
}

FeedSources::Entry* FeedSources::find(const QString& id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&id](const Entry& e) { return e.info.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

const FeedSources::Entry* FeedSources::find(const QString& id) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [&id](const Entry& e) { return e.info.id == id; });
    return it == m_entries.cend() ? nullptr : &*it;
}

FeedContext FeedSources::contextFor(const QJsonObject& config) const
{
    FeedContext context;
    context.limits = FeedLimits::fromSettings(*m_settings);
    context.instance = text(config, "instance");
    context.serviceAccountPatterns = m_patterns;
    return context;
}

void FeedSources::build(const QString& id)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    const QJsonObject config = entry->config;
    const QString kind = text(config, "kind");
    const QString location = text(config, "url");
    const FeedFormat format = feedFormatFromName(text(config, "format")).value_or(FeedFormat::Auto);
    entry->info.kind = kind;

    if (kind == QLatin1String("file")) {
        entry->info.location = location;
        entry->info.folder = QFileInfo(location).isDir();
        auto* source = new FileSource(location, format, contextFor(config), this);
        run(id, source);
        source->start();
        return;
    }

    if (kind != QLatin1String("https")) {
        entry->info.location = location;
        fail(id, tr("Cordon does not know this kind of source (%1).").arg(kind));
        return;
    }
    const QUrl url(location);
    entry->info.location = displayUrl(url);
    entry->info.api = text(config, "api").isEmpty() ? apiForUrl(url) : text(config, "api");
    // Refused before its key is read: a source that may not be asked needs no key.
    if (const QString why = TransportRule{m_allowHttpLoopback, false}.check(url); !why.isEmpty()) {
        fail(id, tr("Refused: %1.").arg(why));
        return;
    }
    HttpsSource::Options options;
    options.kind =
        entry->info.api == QLatin1String("redcanary") ? HttpsSource::Kind::RedCanary : HttpsSource::Kind::GenericJson;
    options.url = url;
    options.format = format;
    const int minutes = config.value(QLatin1String("intervalMinutes")).toInt(DefaultIntervalMinutes);
    options.intervalMs = std::max(1, minutes) * 60 * 1000;
    options.allowHttpLoopback = m_allowHttpLoopback;
    options.applyLimits(*m_settings);
    auto* source = new HttpsSource(options, contextFor(config), m_network, this);
    run(id, source);
    readKeyAndStart(id);
}

void FeedSources::run(const QString& id, FeedSource* source)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    entry->source = source;
    connect(source, &FeedSource::incidentsLoaded, this,
            [this, id](const QList<Incident>& incidents) { delivered(id, incidents); });
    connect(source, &FeedSource::errorsReported, this,
            [this, id](const QList<FeedError>& errors) { skipped(id, errors); });
    connect(source, &FeedSource::statusChanged, this, [this, id, source] {
        const FeedSource::Status& status = source->status();
        switch (status.state) {
        case FeedSource::State::Stopped:
            setState(id, State::Stopped, status.message);
            break;
        case FeedSource::State::Loading:
            setState(id, State::Loading, status.message);
            break;
        case FeedSource::State::Ok:
            setState(id, State::Ok, status.message, status.lastSuccess);
            break;
        case FeedSource::State::Failing:
            fail(id, status.message);
            break;
        }
    });
}

void FeedSources::readKeyAndStart(const QString& id)
{
    Entry* entry = find(id);
    const QPointer<HttpsSource> source = entry ? qobject_cast<HttpsSource*>(entry->source.data()) : nullptr;
    if (!source) {
        return;
    }
    setState(id, State::Starting, tr("Reading its key from %1…").arg(m_secrets->backendName()));
    // The source is the context: when it is replaced or removed meanwhile, the key goes nowhere.
    m_secrets->read(SecretAccounts::feedKey(id), source, [this, id, source](const SecretResult& key) {
        Entry* current = find(id);
        if (!current || current->source != source || !source) {
            return;
        }
        const bool redCanary = current->info.api == QLatin1String("redcanary");
        if (key.ok() || (key.status == SecretResult::Status::NotFound && !redCanary)) {
            // A generic feed without a stored bearer token is read without one.
            current->keyMissing = false;
            source->setSecret(key.secret);
            source->start();
            return;
        }
        current->keyMissing = true;
        fail(id, key.status == SecretResult::Status::NotFound
                     ? tr("No API key stored for this source: remove it and add it again with its key.")
                     : key.message);
    });
}

void FeedSources::refresh(const QString& id)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    if (entry->keyMissing) {
        readKeyAndStart(id);
    } else if (entry->source) {
        entry->source->pollNow();
    }
}

void FeedSources::refreshAll()
{
    QStringList ids;
    for (const Entry& entry : m_entries) {
        ids << entry.info.id;
    }
    for (const QString& id : ids) {
        refresh(id);
    }
}

void FeedSources::setState(const QString& id, State state, const QString& message, const QDateTime& success)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    entry->info.state = state;
    entry->info.message = message;
    if (state == State::Ok) {
        entry->info.lastSuccess = success.isValid() ? success : Clock::system()->now();
    }
    emit statusChanged(id);
}

void FeedSources::fail(const QString& id, const QString& error)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    qCInfo(lcFeed) << "feed source" << entry->info.location << "failed:" << error;
    entry->info.lastError = error;
    entry->info.lastErrorAt = Clock::system()->now();
    setState(id, State::Failing, error);
}

void FeedSources::delivered(const QString& id, const QList<Incident>& incidents)
{
    Entry* entry = find(id);
    if (!entry) {
        return;
    }
    entry->info.incidents += incidents.size();
    const QString name = entry->info.location;
    emit incidentsLoaded(name, incidents);
    emit statusChanged(id);
}

void FeedSources::skipped(const QString& id, const QList<FeedError>& errors)
{
    Entry* entry = find(id);
    if (!entry || errors.isEmpty()) {
        return;
    }
    entry->info.skippedRecords += errors.size();
    entry->info.lastError =
        tr("%n record(s) skipped; the first: %1", nullptr, int(errors.size())).arg(errors.first().toString());
    entry->info.lastErrorAt = Clock::system()->now();
    const QString name = entry->info.location;
    emit errorsReported(name, errors);
    emit statusChanged(id);
}

QList<FeedSources::Source> FeedSources::sources() const
{
    QList<Source> result;
    result.reserve(qsizetype(m_entries.size()));
    for (const Entry& entry : m_entries) {
        result.append(entry.info);
    }
    return result;
}

FeedSources::Source FeedSources::source(const QString& id) const
{
    const Entry* entry = find(id);
    return entry ? entry->info : Source();
}

QString FeedSources::summary() const
{
    const qsizetype total = qsizetype(m_entries.size());
    if (total == 0) {
        return tr("No feeds");
    }
    qsizetype ok = 0;
    qsizetype failing = 0;
    qsizetype busy = 0;
    qsizetype stopped = 0;
    for (const Entry& entry : m_entries) {
        switch (entry.info.state) {
        case State::Ok:
            ++ok;
            break;
        case State::Failing:
            ++failing;
            break;
        case State::Starting:
        case State::Loading:
            ++busy;
            break;
        case State::Stopped:
            ++stopped;
            break;
        }
    }
    QStringList parts;
    if (ok > 0) {
        parts << tr("%1 ok").arg(ok);
    }
    if (failing > 0) {
        parts << tr("%1 failing").arg(failing);
    }
    if (busy > 0) {
        parts << tr("%1 loading").arg(busy);
    }
    if (stopped > 0) {
        parts << tr("%1 stopped").arg(stopped);
    }
    const QString feeds = total == 1 ? tr("1 feed") : tr("%1 feeds").arg(total);
    return tr("%1: %2").arg(feeds, parts.join(QStringLiteral(", ")));
}

} // namespace cordon::core
