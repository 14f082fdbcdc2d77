#pragma once

#include <QString>
#include <QStringList>

namespace cordon::core
{

// Versions before the shared database kept one per program, in each program's own app data folder. Each is
// taken over whole, moved and never rewritten row by row, so that its audit chain stays exactly as written:
// - while there is no shared database yet, the first one found (the console's, which also holds the incidents
//   and the identity links) is moved to become it, and its audit chain goes on there;
// - any other is verified, its unfinished journal entries are copied into the shared journal (they are what
//   journal resume needs), an entry in the shared audit log names it with its verification and its head
//   (sequence and hash), and it is moved whole into the data folder's "retired" folder, read-only (0400), as
//   <program>.sqlite (the console's is Cordon.sqlite, cordonctl's cordonctl.sqlite).
// A database in use by another program is left where it is and taken over at a later start.
namespace LegacyDatabases
{

// false when one of them could not be taken over now (*error says why); the others are taken over all the same.
bool takeOver(const QString& livePath, const QStringList& legacyPaths, QString* error = nullptr);

} // namespace LegacyDatabases

} // namespace cordon::core
