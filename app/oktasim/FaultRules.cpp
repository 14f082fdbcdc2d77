#include "oktasim/FaultRules.h"

#include <QRegularExpression>

namespace cordon::sim
{

std::optional<FaultRules::Rule> FaultRules::parse(const QString& text, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([A-Za-z]+|\\*)\\s+(/\\S*)=(\\d{3}|timeout|reset|slow:\\d+|html|badjson|E\\d{7})(?:x(\\d+))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error) {
            *error = QStringLiteral("not a fault rule (METHOD PATH=FAULT[xN]): %1").arg(text);
        }
        return std::nullopt;
    }
    Rule rule;
    rule.method = match.captured(1).toUpper();
    rule.segments = match.captured(2).split(QLatin1Char('/'));
    const QString fault = match.captured(3);
    if (fault == QLatin1String("timeout")) {
        rule.fault.kind = Fault::Kind::Timeout;
    } else if (fault == QLatin1String("reset")) {
        rule.fault.kind = Fault::Kind::Reset;
    } else if (fault == QLatin1String("html")) {
        rule.fault.kind = Fault::Kind::Html;
    } else if (fault == QLatin1String("badjson")) {
        rule.fault.kind = Fault::Kind::BadJson;
    } else if (fault.startsWith(QLatin1Char('E'))) {
        rule.fault.kind = Fault::Kind::OktaError;
        rule.fault.errorCode = fault;
    } else if (fault.startsWith(QLatin1String("slow:"))) {
        rule.fault.kind = Fault::Kind::Slow;
        rule.fault.slowMs = fault.mid(5).toInt();
    } else {
        rule.fault.kind = Fault::Kind::Status;
        rule.fault.status = fault.toInt();
        if (rule.fault.status < 100 || rule.fault.status > 599) {
            if (error) {
                *error = QStringLiteral("not an HTTP status: %1").arg(fault);
            }
            return std::nullopt;
        }
    }
    if (match.hasCaptured(4)) {
        rule.remaining = match.captured(4).toInt();
    }
    return rule;
}

bool FaultRules::setRules(const QStringList& rules, QString* error)
{
    QList<Rule> parsed;
    for (const QString& text : rules) {
        const std::optional<Rule> rule = parse(text, error);
        if (!rule) {
            return false;
        }
        parsed.append(*rule);
    }
    m_rules = std::move(parsed);
    m_texts = rules;
    return true;
}

std::optional<FaultRules::Fault> FaultRules::take(const QString& method, const QString& path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (Rule& rule : m_rules) {
        if (rule.remaining == 0 || (rule.method != QLatin1String("*") && rule.method != method) ||
            rule.segments.size() != segments.size()) {
            continue;
        }
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            same = rule.segments.at(i) == QLatin1String("*") ? !segments.at(i).isEmpty()
                                                             : rule.segments.at(i) == segments.at(i);
        }
        if (!same) {
            continue;
        }
        if (rule.remaining > 0) {
            --rule.remaining;
        }
        return rule.fault;
    }
    return std::nullopt;
}

} // namespace cordon::sim
