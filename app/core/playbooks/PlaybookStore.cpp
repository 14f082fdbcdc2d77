#include "PlaybookStore.h"

#include "store/AppSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cordon::core
{

namespace
{

// The context lupdate files the messages of PlaybookStore's members under.
QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::PlaybookStore", text);
}

const QString kPlaybooks = QStringLiteral("playbooks");

QJsonArray toJsonArray(const QList<Playbook>& playbooks)
{
    QJsonArray array;
    for (const Playbook& playbook : playbooks) {
        array.append(playbook.toJson());
    }
    return array;
}

} // namespace

PlaybookStore::PlaybookStore(AppSettings* settings) : m_settings(settings) {}

std::optional<QList<Playbook>> PlaybookStore::fromJsonArray(const QJsonArray& array, QString* error)
{
    QList<Playbook> playbooks;
    for (qsizetype index = 0; index < array.size(); ++index) {
        QString why;
        auto playbook = Playbook::fromJson(array.at(index), &why);
        if (!playbook) {
            if (error) {
                *error = tr("playbook %1: %2").arg(index + 1).arg(why);
            }
            return std::nullopt;
        }
        playbooks << *playbook;
    }
    if (const QString why = problemWith(playbooks); !why.isEmpty()) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    }
    return playbooks;
}

QString PlaybookStore::problemWith(const QList<Playbook>& playbooks)
{
    QSet<QString> ids;
    for (qsizetype index = 0; index < playbooks.size(); ++index) {
        const Playbook& playbook = playbooks.at(index);
        if (const QList<Playbook::Problem> problems = playbook.validate(); !problems.isEmpty()) {
            return tr("playbook %1: %2").arg(index + 1).arg(playbook.describe(problems.first()));
        }
        if (ids.contains(playbook.id)) {
            return tr("playbook %1: the id '%2' is used twice").arg(index + 1).arg(playbook.id);
        }
        ids.insert(playbook.id);
    }
    return {};
}

std::optional<QList<Playbook>> PlaybookStore::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (document.isArray()) {
        return fromJsonArray(document.array(), error);
    }
    const QJsonObject object = document.object();
    if (!object.value(kPlaybooks).isArray()) {
        if (error) {
            *error = tr("expected {\"playbooks\": [ … ]} or an array of playbooks");
        }
        return std::nullopt;
    }
    return fromJsonArray(object.value(kPlaybooks).toArray(), error);
}

QList<Playbook> PlaybookStore::load(QString* error) const
{
    const QJsonArray stored = m_settings->playbooks();
    if (stored.isEmpty()) {
        return Playbook::defaults();
    }
    auto playbooks = fromJsonArray(stored, error);
    return playbooks ? *playbooks : Playbook::defaults();
}

bool PlaybookStore::save(const QList<Playbook>& playbooks, QString* error)
{
    if (const QString why = problemWith(playbooks); !why.isEmpty()) {
        if (error) {
            *error = why;
        }
        return false;
    }
    if (!m_settings->setPlaybooks(toJsonArray(playbooks))) {
        if (error) {
            *error = tr("the settings refused the playbooks");
        }
        return false;
    }
    return true;
}

QByteArray PlaybookStore::exportJson() const
{
    return QJsonDocument(QJsonObject{{kPlaybooks, toJsonArray(load())}}).toJson(QJsonDocument::Indented);
}

bool PlaybookStore::importJson(const QByteArray& json, QString* error)
{
    const auto playbooks = parse(json, error);
    if (playbooks && playbooks->isEmpty()) {
        // Settings without playbooks mean the defaults, so an empty import would not stay empty.
        if (error) {
            *error = tr("the document holds no playbooks");
        }
        return false;
    }
    return playbooks && save(*playbooks, error);
}

} // namespace cordon::core
