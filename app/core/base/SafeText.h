#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cordon::core::safetext
{

// Text that came from a server (an error summary or cause, an HTML title, a header) with every credential
// taken out before it is shown, logged or stored: each of `secrets` as sent (and percent-encoded), and any
// value after Bearer, DPoP, SSWS or Basic, or after an API key or token name. A server that echoes a request
// back cannot hand the credential it was sent to a terminal, a log or the audit trail.
QString scrubbed(const QString& text, const QList<QByteArray>& secrets = {});

// One field for a terminal, with every character that could move the cursor, recolour, retitle, beep,
// start a new line or reorder what follows written out as an escape: C0 and C1 controls and DEL, line and
// paragraph separators, and invisible format characters such as bidi overrides and isolates
// (\n, \r, \t, \e, \xHH, \u{HHHH}). A feed's title cannot forge a second line or hide what follows it.
QString forTerminal(const QString& text);
// The same for a message of several lines that are its own: line feeds are kept, all else is escaped.
QString forTerminalLines(const QString& text);

} // namespace cordon::core::safetext
