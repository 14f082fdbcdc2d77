#pragma once

#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace cordon::core
{

class JsonView;
class JsonObjectView;
class JsonArrayView;

// A read-only JSON tree over one record's bytes, for the feeds' hot path. Parsing lays the values out in
// one flat array that points into the bytes; a string is decoded only when it is read. It takes strict
// RFC 8259 JSON whose keys are plain ASCII, and reads it exactly as QJsonDocument does (the last of two
// equal keys wins, numbers are doubles). What it is not sure of it declines rather than guesses: control
// characters in strings, lone surrogate escapes, exponents, escaped or non-ASCII keys, deep nesting. The
// caller then reads that record with QJsonDocument, so declining costs time, never a different result.
// The bytes must outlive the tree and the views taken from it; a tree can be parsed into again.
class JsonTree
{
public:
    // False when the bytes are declined; the tree is then empty.
    bool parse(const char* data, qsizetype size);
    JsonView root() const;

private:
    friend class JsonView;
    friend class JsonObjectView;
    friend class JsonArrayView;

    enum class Type : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    };
    struct Node
    {
        Type type = Type::Null;
        bool plain = true; // a string of ASCII without escapes; a number without fraction of 15 digits at most
        quint32 begin = 0; // a string's bytes between the quotes, a number's text
        quint32 size = 0;
        quint32 end = 0; // one past the node's last descendant: where its next sibling is
    };

    bool parseValue(const char*& p, const char* end, int depth);
    bool parseString(const char*& p, const char* end, bool key);
    bool parseNumber(const char*& p, const char* end);
    bool parseContainer(const char*& p, const char* end, int depth, bool object);

    QString string(quint32 node) const;
    double number(quint32 node) const;

    const char* m_data = nullptr;
    std::vector<Node> m_nodes;
};

// One value of a JsonTree, with the part of QJsonValue's interface the feed mappers use. A missing value
// is undefined; a value of another type reads as empty, 0 or the fallback, as QJsonValue's does.
class JsonView
{
public:
    JsonView() = default;

    bool isUndefined() const { return !m_tree; }
    bool isNull() const { return is(JsonTree::Type::Null); }
    bool isBool() const { return is(JsonTree::Type::True) || is(JsonTree::Type::False); }
    bool isDouble() const { return is(JsonTree::Type::Number); }
    bool isString() const { return is(JsonTree::Type::String); }
    bool isArray() const { return is(JsonTree::Type::Array); }
    bool isObject() const { return is(JsonTree::Type::Object); }

    QString toString() const { return isString() ? m_tree->string(m_node) : QString(); }
    // A string of ASCII without escapes as its bytes, read without a copy; null for anything else.
    QLatin1String plainText() const;
    double toDouble(double fallback = 0) const { return isDouble() ? m_tree->number(m_node) : fallback; }
    // As QJsonValue::toInt: a number that is a whole int, else the fallback.
    int toInt(int fallback = 0) const;
    bool toBool(bool fallback = false) const { return isBool() ? is(JsonTree::Type::True) : fallback; }
    JsonObjectView toObject() const;
    JsonArrayView toArray() const;
    // The same value as QJsonDocument reads it, for checking the two against each other.
    QJsonValue toJsonValue() const;

private:
    friend class JsonTree;
    friend class JsonObjectView;
    friend class JsonArrayView;

    JsonView(const JsonTree* tree, quint32 node) : m_tree(tree), m_node(node) {}
    bool is(JsonTree::Type type) const { return m_tree && m_tree->m_nodes[m_node].type == type; }

    const JsonTree* m_tree = nullptr;
    quint32 m_node = 0;
};

// An object of a JsonTree, with the part of QJsonObject's interface the feed mappers use.
class JsonObjectView
{
public:
    JsonObjectView() = default;

    // The value of the last member with this key; undefined when there is none.
    JsonView value(QLatin1String key) const;
    JsonView value(QStringView key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    bool isEmpty() const;
    // Every member's key in order; a key given twice is listed twice.
    QStringList keys() const;

private:
    friend class JsonView;

    explicit JsonObjectView(JsonView object) : m_object(object) {}
    template <class Equal> JsonView find(qsizetype size, const Equal& equal) const;

    JsonView m_object;
};

// An array of a JsonTree: its values in order, for a range-for.
class JsonArrayView
{
public:
    class Iterator
    {
    public:
        JsonView operator*() const { return JsonView(m_tree, m_node); }
        Iterator& operator++()
        {
            m_node = m_tree->m_nodes[m_node].end;
            return *this;
        }
        bool operator==(const Iterator& other) const { return m_node == other.m_node; }

    private:
        friend class JsonArrayView;
        Iterator(const JsonTree* tree, quint32 node) : m_tree(tree), m_node(node) {}
        const JsonTree* m_tree;
        quint32 m_node;
    };

    JsonArrayView() = default;

    Iterator begin() const;
    Iterator end() const;
    bool isEmpty() const { return begin() == end(); }

private:
    friend class JsonView;

    explicit JsonArrayView(JsonView array) : m_array(array) {}

    JsonView m_array;
};

} // namespace cordon::core
