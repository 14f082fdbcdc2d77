#pragma once

#include <QString>

namespace cordon::core
{

// The name of the operating-system account this process runs as, looked up by its user id (the password
// database on Unix, the process token on Windows). Never read from USER, USERNAME or LOGNAME: whoever starts
// a program sets those to anything. "uid <n>" when the account has no name.
QString osAccountName();

} // namespace cordon::core
