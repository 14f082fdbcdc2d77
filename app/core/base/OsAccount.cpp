#include "OsAccount.h"

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

namespace cordon::core
{

QString osAccountName()
{
#ifdef Q_OS_WIN
    // GetUserNameW answers from the thread's token, not from the environment.
    wchar_t name[UNLEN + 1] = {};
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1) {
        return QString::fromWCharArray(name, int(size) - 1);
    }
    return QStringLiteral("unknown");
#else
    const uid_t uid = geteuid();
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(bufferSize > 0 ? bufferSize : 16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        found->pw_name[0] != '\0') {
        return QString::fromLocal8Bit(found->pw_name);
    }
    return QStringLiteral("uid %1").arg(uid);
#endif
}

QString analystName()
{
    const QString login = osAccountName();
    QString fullName;
#ifndef Q_OS_WIN
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(bufferSize > 0 ? bufferSize : 16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_gecos) {
        // The GECOS field: the full name, then office, phones and other, separated by commas.
        fullName = QString::fromLocal8Bit(found->pw_gecos).section(QLatin1Char(','), 0, 0).simplified();
    }
#endif
    // A name of control characters or one that only repeats the login adds nothing.
    fullName.removeIf(
        [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    if (fullName.isEmpty() || fullName == login) {
        return login;
    }
    return QStringLiteral("%1 (%2)").arg(fullName, login);
}

} // namespace cordon::core
