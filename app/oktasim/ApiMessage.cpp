#include "oktasim/ApiMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace cordon::sim
{

ApiReply ApiReply::json(int status, const QJsonValue& value)
{
    ApiReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    reply.addHeader("Content-Type", "application/json");
    return reply;
}

ApiReply ApiReply::empty(int status)
{
    ApiReply reply;
    reply.status = status;
    return reply;
}

ApiReply ApiReply::error(int status, const QString& code, const QString& summary, const QStringList& causes)
{
    QJsonArray causeArray;
    for (const QString& cause : causes) {
        causeArray.append(QJsonObject{{QStringLiteral("errorSummary"), cause}});
    }
    return json(status, QJsonObject{
                            {QStringLiteral("errorCode"), code},
                            {QStringLiteral("errorSummary"), summary},
                            {QStringLiteral("errorLink"), code},
                            {QStringLiteral("errorId"), randomId(QStringLiteral("oae"), 22)},
                            {QStringLiteral("errorCauses"), causeArray},
                        });
}

QByteArray ApiReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString randomId(const QString& prefix, int length)
{
    static const QLatin1String alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    QString id = prefix;
    for (int i = 0; i < length; ++i) {
        id.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    }
    return id;
}

} // namespace cordon::sim
