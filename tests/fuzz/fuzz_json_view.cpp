// Any bytes, read by the feeds' fast JSON view and by QJsonDocument. Property: what the view takes,
// QJsonDocument takes too and reads as the same value; what QJsonDocument refuses, the view refuses.

#include "FuzzSupport.h"
#include "feed/JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cordon::fuzz::bytes(data, size);
    JsonTree tree;
    const bool taken = tree.parse(input.constData(), input.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (!taken) {
        cordon::fuzz::check(tree.root().isUndefined(), "a declined input leaves no value");
        return 0;
    }
    cordon::fuzz::check(error.error == QJsonParseError::NoError, "what the view takes, QJsonDocument takes",
                        error.errorString());
    const QJsonValue expected = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    cordon::fuzz::check(tree.root().toJsonValue() == expected, "the view reads a value as QJsonDocument does",
                        QString::fromUtf8(input.left(200)));
    return 0;
}
