#pragma once

#include <QString>

namespace cordon::core
{

// The folder that holds Cordon's state (the database, its write-ahead log and shared memory, the databases of
// earlier versions kept read-only) is the user's alone: on Unix the folder is 0700 and every file in it 0600
// or stricter, whatever the umask. On Windows the folder lies in the user's profile, whose access control list
// already admits only the user (and administrators); on macOS the POSIX modes below apply as well, under the
// user's Library folder.
namespace DataFolder
{

// Creates the folder, and its parents, if it is missing, with access for the owner only. An existing folder is
// tightened to 0700 only when `tightenExisting` (Cordon's own default folder): one the user named may be shared
// on purpose.
bool makePrivate(const QString& folder, bool tightenExisting, QString* error = nullptr);
// Takes group and other access away from every file and folder under the folder; stricter modes stay.
void tightenFiles(const QString& folder);
// Takes group and other access away from one file, if it exists.
void tightenFile(const QString& path);
// Creates an empty file for the owner only if none exists yet, so that SQLite (which gives its -wal and -shm
// files the mode of the database file) never makes a readable one.
bool createPrivateFile(const QString& path, QString* error = nullptr);
// Writes data to a new file only the owner can read; a file already there is left alone and is an error.
bool writeNewPrivateFile(const QString& path, const QByteArray& data, QString* error = nullptr);

} // namespace DataFolder

} // namespace cordon::core
