#pragma once

#include <QByteArray>
#include <QString>

namespace cordon::cli
{

// Whether standard input is a terminal a person types at.
bool stdinIsTerminal();
// Reads one line from standard input; on a terminal the prompt goes to stderr and nothing is echoed.
QByteArray readSecretLine(const QString& prompt);
// Asks a yes/no question on the terminal; anything but y or yes is no.
bool askYesNo(const QString& question);

} // namespace cordon::cli
