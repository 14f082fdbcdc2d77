#pragma once

#include <QString>

#include <optional>

namespace cordon::gui
{

// cordon://incident/<id>: a link that opens the console on one incident. Parsed strictly, since any web
// page can hand one to the console: scheme cordon, host incident, exactly one percent-decoded path segment
// of printable characters, no user, port, query or fragment, and bounded in length.
class IncidentLink
{
public:
    static constexpr qsizetype MaxLinkLength = 2048;
    static constexpr qsizetype MaxIdLength = 256;

    // True when the argument is meant as a link (starts with the scheme), valid or not.
    static bool looksLikeLink(const QString& argument);
    // The incident id, or nothing with the reason in error.
    static std::optional<QString> parse(const QString& link, QString* error);
    static QString make(const QString& incidentId);
};

} // namespace cordon::gui
