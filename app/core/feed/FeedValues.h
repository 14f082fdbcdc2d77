#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cmath>
#include <utility>
#include <vector>

namespace cordon::core::feedvalues
{

// The helpers below read a QJsonValue or a JsonView alike.

// Numbers at least this large are no whole 64-bit number (and converting them to one is undefined).
constexpr double WholeLimit = 9.2e18;

// A string, or a number written as one (ids are integers in some feeds); empty otherwise.
template <class Value> QString text(const Value& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!(std::abs(number) < WholeLimit)) {
            return QString::number(number);
        }
        const auto integer = static_cast<qlonglong>(number);
        return static_cast<double>(integer) == number ? QString::number(integer) : QString::number(number);
    }
    return QString();
}

// Epoch milliseconds as digits, or RFC 3339 text; invalid otherwise.
QDateTime timeFromText(const QString& text);

// A timestamp given as epoch milliseconds (number or digits) or as RFC 3339 text; invalid otherwise.
template <class Value> QDateTime time(const Value& value)
{
    if (value.isDouble()) {
        const double ms = value.toDouble();
        return std::abs(ms) < WholeLimit ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC)
                                         : QDateTime();
    }
    return value.isString() ? timeFromText(value.toString()) : QDateTime();
}
// "windows", "macos", "linux", "ios", "android" from a platform or OS name ("OS X", "Windows 11"); empty if unsure.
QString osFamilyFromName(const QString& name);
// Lower-case words joined by '-': "Sentrybird Labs" -> "sentrybird-labs".
QString slug(const QString& text);
// True for "S-1-…" (a Windows SID).
bool looksLikeSid(const QString& text);

// Equal strings held once: intern() hands out the one shared copy of a text, whether it comes as a QString
// or as Latin-1 bytes, so that a value recurring over a feed is stored once. An open-addressing table of the
// texts and their hashes; the hashes are seeded per process, so that a feed cannot pick texts that collide.
class StringPool
{
public:
    // A value worked out from a text, such as a host's short name.
    using Derive = QString (*)(const QString&);

    StringPool();

    QString intern(const QString& text);
    // The same for Latin-1 text, looked up without making a QString of it first.
    QString intern(QLatin1String text);
    // The pooled text and derive(text), pooled too. The derived value is kept beside the text, so that derive
    // runs once per distinct text rather than once per record.
    std::pair<QString, QString> internWith(const QString& text, Derive derive);
    std::pair<QString, QString> internWith(QLatin1String text, Derive derive);

private:
    // One cache line: a probe reads the hash and the text's pointer together.
    struct alignas(64) Slot
    {
        size_t hash = 0;
        QString text; // null while the slot is free
        Derive derivedBy = nullptr;
        QString derived;
    };

    template <class Text> qsizetype slotOf(const Text& text);
    template <class Text> std::pair<QString, QString> internWithImpl(const Text& text, Derive derive);
    void grow();

    size_t m_seed;
    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};

} // namespace cordon::core::feedvalues
