#include "feed/FeedValues.h"

#include <QHashFunctions>
#include <QVarLengthArray>

#include <algorithm>

namespace cordon::core::feedvalues
{

QDateTime timeFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 ms = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString osFamilyFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower.isEmpty()) {
        return QString();
    }
    if (lower.contains(QLatin1String("windows"))) {
        return QStringLiteral("windows");
    }
    if (lower.contains(QLatin1String("mac")) || lower.contains(QLatin1String("os x")) ||
        lower.contains(QLatin1String("osx")) || lower.contains(QLatin1String("darwin"))) {
        return QStringLiteral("macos");
    }
    if (lower.contains(QLatin1String("ipados")) || lower.contains(QLatin1String("ios"))) {
        return QStringLiteral("ios");
    }
    if (lower.contains(QLatin1String("android"))) {
        return QStringLiteral("android");
    }
    if (lower.contains(QLatin1String("linux")) || lower.contains(QLatin1String("ubuntu")) ||
        lower.contains(QLatin1String("debian")) || lower.contains(QLatin1String("red hat")) ||
        lower.contains(QLatin1String("rhel")) || lower.contains(QLatin1String("centos"))) {
        return QStringLiteral("linux");
    }
    return QString();
}

QString slug(const QString& textValue)
{
    QString result;
    result.reserve(textValue.size());
    bool dash = false;
    for (const QChar c : textValue.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !result.isEmpty()) {
                result.append(u'-');
            }
            dash = false;
            result.append(c);
        } else {
            dash = true;
        }
    }
    return result;
}

bool looksLikeSid(const QString& textValue)
{
    return textValue.startsWith(QLatin1String("S-1-"), Qt::CaseInsensitive);
}

namespace
{

// Texts up to this length are hashed from a copy on the stack; longer ones from the heap.
constexpr qsizetype StackText = 256;

// Equal texts hash alike whichever way they come: a QString of Latin-1 characters by its Latin-1 bytes, any
// other by its UTF-16 (it equals no Latin-1 text).
size_t hashOf(QLatin1String text, size_t seed)
{
    return qHashBits(text.data(), size_t(text.size()), seed);
}

size_t hashOf(const QString& text, size_t seed)
{
    QVarLengthArray<char, StackText> latin1(text.size());
    const QChar* unit = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t code = unit[i].unicode();
        if (code > 0xFF) {
            return qHashBits(text.constData(), size_t(text.size()) * sizeof(QChar), seed);
        }
        latin1[i] = static_cast<char>(code);
    }
    return qHashBits(latin1.constData(), size_t(text.size()), seed);
}

QString pooledCopy(QLatin1String text)
{
    return QString(text);
}

const QString& pooledCopy(const QString& text)
{
    return text;
}

} // namespace

StringPool::StringPool() : m_seed(QHashSeed::globalSeed()) {}

template <class Text> qsizetype StringPool::slotOf(const Text& text)
{
    if (m_slots.empty()) {
        grow();
    }
    const size_t hash = hashOf(text, m_seed);
    const size_t mask = m_slots.size() - 1;
    for (size_t index = hash & mask;; index = (index + 1) & mask) {
        Slot& slot = m_slots[index];
        if (slot.text.isNull()) {
            // Kept at most three quarters full, so that a probe ends soon at a free slot.
            if ((m_count + 1) * 4 > static_cast<qsizetype>(m_slots.size()) * 3) {
                grow();
                return slotOf(text);
            }
            slot.text = pooledCopy(text);
            slot.hash = hash;
            ++m_count;
            return static_cast<qsizetype>(index);
        }
        if (slot.hash == hash && slot.text == text) {
            return static_cast<qsizetype>(index);
        }
    }
}

void StringPool::grow()
{
    std::vector<Slot> table(std::max<size_t>(64, m_slots.size() * 2));
    const size_t mask = table.size() - 1;
    for (Slot& slot : m_slots) {
        if (slot.text.isNull()) {
            continue;
        }
        size_t index = slot.hash & mask;
        while (!table[index].text.isNull()) {
            index = (index + 1) & mask;
        }
        table[index] = std::move(slot);
    }
    m_slots = std::move(table);
}

QString StringPool::intern(const QString& text)
{
    return text.isEmpty() ? QString() : m_slots[size_t(slotOf(text))].text;
}

QString StringPool::intern(QLatin1String text)
{
    return text.isEmpty() ? QString() : m_slots[size_t(slotOf(text))].text;
}

template <class Text> std::pair<QString, QString> StringPool::internWithImpl(const Text& text, Derive derive)
{
    if (text.isEmpty()) {
        return {QString(), intern(derive(QString()))};
    }
    qsizetype index = slotOf(text);
    if (m_slots[size_t(index)].derivedBy == derive) {
        return {m_slots[size_t(index)].text, m_slots[size_t(index)].derived};
    }
    // Pooling the derived value may grow the table, which moves the text to another slot.
    const QString pooled = m_slots[size_t(index)].text;
    const QString derived = intern(derive(pooled));
    index = slotOf(pooled);
    m_slots[size_t(index)].derivedBy = derive;
    m_slots[size_t(index)].derived = derived;
    return {pooled, derived};
}

std::pair<QString, QString> StringPool::internWith(const QString& text, Derive derive)
{
    return internWithImpl(text, derive);
}

std::pair<QString, QString> StringPool::internWith(QLatin1String text, Derive derive)
{
    return internWithImpl(text, derive);
}

} // namespace cordon::core::feedvalues
