#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::sim
{

// Injected failures, `METHOD PATH=FAULT[xN]` (docs/simulator.md §Fault rules): PATH may use `*` for
// one segment and METHOD may be `*` for any method. FAULT is an HTTP status, `timeout` (never
// answers), `reset` (closes the connection), `slow:MS` (answers MS later), `html` (a proxy's 502 HTML
// page) or `badjson` (200 with a truncated JSON body) or an Okta error code such as `E0000028` (Okta's
// error with that code and its status, and no effect); `xN` applies the rule to the first N matching
// requests only.
class FaultRules
{
public:
    struct Fault
    {
        enum class Kind
        {
            Status,
            Timeout,
            Reset,
            Slow,
            Html,
            BadJson,
            OktaError,
        };
        Kind kind = Kind::Status;
        int status = 0;
        int slowMs = 0;
        QString errorCode;
    };

    // Replaces the rules; on a malformed rule nothing changes.
    bool setRules(const QStringList& rules, QString* error);
    QStringList rules() const { return m_texts; }
    // The first rule that matches, counted against its xN.
    std::optional<Fault> take(const QString& method, const QString& path);

private:
    struct Rule
    {
        QString method;
        QStringList segments;
        Fault fault;
        int remaining = -1; // -1: unlimited
    };
    static std::optional<Rule> parse(const QString& text, QString* error);

    QList<Rule> m_rules;
    QStringList m_texts;
};

} // namespace cordon::sim
