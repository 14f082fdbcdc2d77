#pragma once

#include <QString>

namespace cordon::core
{

// The name of the operating-system account this process runs as, looked up by its user id (the password
// database on Unix, the process token on Windows). Never read from USER, USERNAME or LOGNAME: whoever starts
// a program sets those to anything. "uid <n>" when the account has no name.
QString osAccountName();

// How the analyst is named in the audit log and on a remembered decision: the account's full name and its
// login, "Joren Maes (joren)", from the same place as osAccountName; the login alone when the account has no
// full name.
QString analystName();

} // namespace cordon::core
