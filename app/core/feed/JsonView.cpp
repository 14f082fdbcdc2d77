#include "feed/JsonView.h"

#include "feed/JsonScan.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>

namespace cordon::core
{

namespace
{

// Deeper than any feed's record; Qt's own reader allows 1024, so a deeper record is left to it.
constexpr int MaxDepth = 128;
// Longer numbers are left to Qt's reader, which refuses the ones no double holds.
constexpr qsizetype MaxNumberLength = 64;
// Whole numbers of up to this many digits are exact as doubles and read without a conversion call.
constexpr quint32 ExactDigits = 15;

// Bytes a string runs on without a closer look: printable ASCII other than the quote and the backslash.
constexpr std::array<bool, 256> plainBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c) {
        table[static_cast<size_t>(c)] = c != '"' && c != '\\';
    }
    return table;
}();

using jsonscan::isSpace;

void skipSpace(const char*& p, const char* end)
{
    while (p < end && isSpace(*p)) {
        ++p;
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The four hex digits after "\u"; -1 when they are not.
int readHex4(const char* p, const char* end)
{
    if (end - p < 4) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

bool inRange(const char* p, unsigned char low, unsigned char high)
{
    const auto c = static_cast<unsigned char>(*p);
    return c >= low && c <= high;
}

// Length of the well-formed UTF-8 sequence at p (Unicode's table 3-7, which Qt's reader also holds to);
// 0 when it is not one.
qsizetype utf8Length(const char* p, const char* end)
{
    const auto lead = static_cast<unsigned char>(*p);
    const qsizetype left = end - p;
    if (lead >= 0xC2 && lead <= 0xDF) {
        return left >= 2 && inRange(p + 1, 0x80, 0xBF) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
        return left >= 3 && inRange(p + 1, low, high) && inRange(p + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
        return left >= 4 && inRange(p + 1, low, high) && inRange(p + 2, 0x80, 0xBF) && inRange(p + 3, 0x80, 0xBF) ? 4
                                                                                                                  : 0;
    }
    return 0;
}

// The byte a one-letter escape stands for; '"', '\\' and '/' stand for themselves.
char unescaped(char letter)
{
    switch (letter) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return letter;
    }
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (code >> 18)));
        out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool JsonTree::parse(const char* data, qsizetype size)
{
    m_nodes.clear();
    m_data = data;
    if (size <= 0 || size >= static_cast<qsizetype>(std::numeric_limits<quint32>::max())) {
        return false;
    }
    const char* p = data;
    const char* end = data + size;
    skipSpace(p, end);
    // A document is an object or an array, as QJsonDocument reads it.
    if (p == end || (*p != '{' && *p != '[') || !parseValue(p, end, 0)) {
        m_nodes.clear();
        return false;
    }
    skipSpace(p, end);
    if (p != end) {
        m_nodes.clear();
        return false;
    }
    return true;
}

JsonView JsonTree::root() const
{
    return m_nodes.empty() ? JsonView() : JsonView(this, 0);
}

bool JsonTree::parseValue(const char*& p, const char* end, int depth)
{
    const auto literal = [&](const char* word, size_t length, Type type) {
        if (static_cast<size_t>(end - p) < length || std::memcmp(p, word, length) != 0) {
            return false;
        }
        const auto index = static_cast<quint32>(m_nodes.size());
        m_nodes.push_back(Node{type, true, static_cast<quint32>(p - m_data), static_cast<quint32>(length), index + 1});
        p += length;
        return true;
    };
    switch (*p) {
    case '{':
        return parseContainer(p, end, depth, true);
    case '[':
        return parseContainer(p, end, depth, false);
    case '"':
        return parseString(p, end, false);
    case 't':
        return literal("true", 4, Type::True);
    case 'f':
        return literal("false", 5, Type::False);
    case 'n':
        return literal("null", 4, Type::Null);
    default:
        return parseNumber(p, end);
    }
}

bool JsonTree::parseContainer(const char*& p, const char* end, int depth, bool object)
{
    if (depth >= MaxDepth) {
        return false;
    }
    const auto index = static_cast<quint32>(m_nodes.size());
    m_nodes.push_back(Node{object ? Type::Object : Type::Array, true, static_cast<quint32>(p - m_data), 0, 0});
    const char close = object ? '}' : ']';
    ++p;
    skipSpace(p, end);
    if (p < end && *p == close) {
        ++p;
    } else {
        for (;;) {
            if (p == end) {
                return false;
            }
            if (object) {
                if (*p != '"' || !parseString(p, end, true)) {
                    return false;
                }
                skipSpace(p, end);
                if (p == end || *p != ':') {
                    return false;
                }
                ++p;
                skipSpace(p, end);
                if (p == end) {
                    return false;
                }
            }
            if (!parseValue(p, end, depth + 1)) {
                return false;
            }
            skipSpace(p, end);
            if (p == end) {
                return false;
            }
            if (*p == close) {
                ++p;
                break;
            }
            if (*p != ',') {
                return false;
            }
            ++p;
            skipSpace(p, end);
        }
    }
    Node& node = m_nodes[index];
    node.size = static_cast<quint32>(p - m_data) - node.begin;
    node.end = static_cast<quint32>(m_nodes.size());
    return true;
}

bool JsonTree::parseString(const char*& p, const char* end, bool key)
{
    const char* begin = ++p;
    bool plain = true;
    for (;;) {
        p = jsonscan::skipPlain(p, end, true);
        while (p < end && plainBytes[static_cast<unsigned char>(*p)]) {
            ++p;
        }
        if (p == end) {
            return false;
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            break;
        }
        if (key || c < 0x20) {
            return false; // a key that is not plain ASCII, or a control character Qt takes and JSON does not
        }
        plain = false;
        if (c == '\\') {
            if (end - p < 2) {
                return false;
            }
            if (p[1] != 'u') {
                if (std::strchr("\"\\/bfnrt", p[1]) == nullptr || p[1] == '\0') {
                    return false;
                }
                p += 2;
                continue;
            }
            const int unit = readHex4(p + 2, end);
            if (unit < 0 || isLowSurrogate(unit)) {
                return false;
            }
            if (isHighSurrogate(unit)) {
                if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !isLowSurrogate(readHex4(p + 8, end))) {
                    return false;
                }
                p += 12;
            } else {
                p += 6;
            }
            continue;
        }
        const qsizetype length = utf8Length(p, end);
        if (length == 0) {
            return false;
        }
        p += length;
    }
    const auto index = static_cast<quint32>(m_nodes.size());
    m_nodes.push_back(
        Node{Type::String, plain, static_cast<quint32>(begin - m_data), static_cast<quint32>(p - begin), index + 1});
    ++p;
    return true;
}

bool JsonTree::parseNumber(const char*& p, const char* end)
{
    const char* begin = p;
    if (p < end && *p == '-') {
        ++p;
    }
    const char* digits = p;
    if (p < end && *p == '0') {
        ++p;
    } else {
        while (p < end && isDigit(*p)) {
            ++p;
        }
    }
    if (p == digits) {
        return false;
    }
    bool whole = true;
    if (p < end && *p == '.') {
        whole = false;
        const char* fraction = ++p;
        while (p < end && isDigit(*p)) {
            ++p;
        }
        if (p == fraction) {
            return false;
        }
    }
    if ((p < end && (*p == 'e' || *p == 'E')) || p - begin > MaxNumberLength) {
        return false;
    }
    const auto index = static_cast<quint32>(m_nodes.size());
    const bool exact = whole && p - digits <= static_cast<qsizetype>(ExactDigits);
    m_nodes.push_back(
        Node{Type::Number, exact, static_cast<quint32>(begin - m_data), static_cast<quint32>(p - begin), index + 1});
    return true;
}

QString JsonTree::string(quint32 index) const
{
    const Node& node = m_nodes[index];
    const char* p = m_data + node.begin;
    if (node.plain) {
        return QString::fromLatin1(p, node.size);
    }
    // Escapes are turned into UTF-8 and the whole decoded once; the parse checked every sequence.
    const char* end = p + node.size;
    QByteArray utf8;
    utf8.reserve(node.size);
    while (p < end) {
        if (*p != '\\') {
            utf8.append(*p++);
            continue;
        }
        const char escaped = p[1];
        if (escaped != 'u') {
            utf8.append(unescaped(escaped));
            p += 2;
            continue;
        }
        const int unit = readHex4(p + 2, end);
        if (isHighSurrogate(unit)) {
            const int low = readHex4(p + 8, end);
            appendUtf8(utf8, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            p += 12;
        } else {
            appendUtf8(utf8, char32_t(unit));
            p += 6;
        }
    }
    return QString::fromUtf8(utf8);
}

double JsonTree::number(quint32 index) const
{
    const Node& node = m_nodes[index];
    const char* p = m_data + node.begin;
    if (!node.plain) {
        return QByteArray::fromRawData(p, node.size).toDouble();
    }
    const bool negative = *p == '-';
    qint64 value = 0;
    for (const char* digit = p + (negative ? 1 : 0); digit < p + node.size; ++digit) {
        value = value * 10 + (*digit - '0');
    }
    return static_cast<double>(negative ? -value : value);
}

QLatin1String JsonView::plainText() const
{
    if (!isString() || !m_tree->m_nodes[m_node].plain) {
        return {};
    }
    const JsonTree::Node& node = m_tree->m_nodes[m_node];
    // A null pointer would read as null: an empty string points at its closing quote instead.
    return QLatin1String(m_tree->m_data + node.begin, static_cast<qsizetype>(node.size));
}

int JsonView::toInt(int fallback) const
{
    if (!isDouble()) {
        return fallback;
    }
    const double number = toDouble();
    if (!std::isfinite(number) || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max() || std::trunc(number) != number) {
        return fallback;
    }
    return static_cast<int>(number);
}

QJsonValue JsonView::toJsonValue() const
{
    if (isUndefined()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (m_tree->m_nodes[m_node].type) {
    case JsonTree::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonTree::Type::False:
    case JsonTree::Type::True:
        return toBool();
    case JsonTree::Type::Number: {
        // QJsonDocument keeps a number as an integer when its text is a whole number that fits in 64 bits, and
        // also when its double is whole and fits: "5.0" and "56789012345678222.2" are integers there too.
        const JsonTree::Node& node = m_tree->m_nodes[m_node];
        const QByteArray text = QByteArray::fromRawData(m_tree->m_data + node.begin, node.size);
        bool whole = false;
        const qint64 integer = text.contains('.') ? 0 : text.toLongLong(&whole);
        if (whole) {
            return QJsonValue(integer);
        }
        const double number = toDouble();
        if (std::trunc(number) == number && number >= -0x1p63 && number < 0x1p63) {
            return QJsonValue(static_cast<qint64>(number));
        }
        return QJsonValue(number);
    }
    case JsonTree::Type::String:
        return toString();
    case JsonTree::Type::Array: {
        QJsonArray array;
        for (const JsonView item : toArray()) {
            array.append(item.toJsonValue());
        }
        return array;
    }
    case JsonTree::Type::Object: {
        QJsonObject object;
        const JsonObjectView view = toObject();
        for (const QString& key : view.keys()) {
            object.insert(key, view.value(QStringView(key)).toJsonValue());
        }
        return object;
    }
    }
    return {};
}

JsonObjectView JsonView::toObject() const
{
    return isObject() ? JsonObjectView(*this) : JsonObjectView();
}

JsonArrayView JsonView::toArray() const
{
    return isArray() ? JsonArrayView(*this) : JsonArrayView();
}

template <class Equal> JsonView JsonObjectView::find(qsizetype size, const Equal& equal) const
{
    const JsonTree* tree = m_object.m_tree;
    if (!tree) {
        return {};
    }
    const std::vector<JsonTree::Node>& nodes = tree->m_nodes;
    const quint32 last = nodes[m_object.m_node].end;
    JsonView found;
    // Members are a key node and then the value's nodes; keys are plain ASCII, or the parse declined.
    for (quint32 member = m_object.m_node + 1; member < last; member = nodes[member + 1].end) {
        const JsonTree::Node& name = nodes[member];
        if (name.size == static_cast<quint32>(size) && equal(tree->m_data + name.begin)) {
            found = JsonView(tree, member + 1);
        }
    }
    return found;
}

JsonView JsonObjectView::value(QLatin1String key) const
{
    return find(key.size(), [key](const char* name) { return std::memcmp(name, key.data(), size_t(key.size())) == 0; });
}

JsonView JsonObjectView::value(QStringView key) const
{
    return find(key.size(), [key](const char* name) {
        for (qsizetype i = 0; i < key.size(); ++i) {
            if (key[i] != QLatin1Char(name[i])) {
                return false;
            }
        }
        return true;
    });
}

QStringList JsonObjectView::keys() const
{
    QStringList keys;
    const JsonTree* tree = m_object.m_tree;
    if (!tree) {
        return keys;
    }
    const std::vector<JsonTree::Node>& nodes = tree->m_nodes;
    for (quint32 member = m_object.m_node + 1; member < nodes[m_object.m_node].end; member = nodes[member + 1].end) {
        keys.append(QString::fromLatin1(tree->m_data + nodes[member].begin, nodes[member].size));
    }
    return keys;
}

bool JsonObjectView::isEmpty() const
{
    return !m_object.m_tree || m_object.m_tree->m_nodes[m_object.m_node].end == m_object.m_node + 1;
}

JsonArrayView::Iterator JsonArrayView::begin() const
{
    return m_array.m_tree ? Iterator(m_array.m_tree, m_array.m_node + 1) : Iterator(nullptr, 0);
}

JsonArrayView::Iterator JsonArrayView::end() const
{
    return m_array.m_tree ? Iterator(m_array.m_tree, m_array.m_tree->m_nodes[m_array.m_node].end)
                          : Iterator(nullptr, 0);
}

} // namespace cordon::core
