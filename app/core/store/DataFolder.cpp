#include "DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::DataFolder", text);
}

void setError(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

namespace DataFolder
{

bool makePrivate(const QString& folder, bool tightenExisting, QString* error)
{
    const bool existed = QFileInfo(folder).isDir();
    if (!existed && !QDir().mkpath(folder)) {
        setError(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
#ifdef Q_OS_UNIX
    // mkpath honours the umask, which may leave the folder open to others; the mode is set outright.
    if (!existed || tightenExisting) {
        if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
            setError(error, tr("Cannot make the folder %1 private.").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }
#else
    Q_UNUSED(tightenExisting)
#endif
    return true;
}

void tightenFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink()) {
        return;
    }
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    if (permissions & GroupOrOther) {
        QFile::setPermissions(path,
                              permissions & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
#else
    Q_UNUSED(path)
#endif
}

void tightenFiles(const QString& folder)
{
#ifdef Q_OS_UNIX
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        tightenFile(it.next());
    }
#else
    Q_UNUSED(folder)
#endif
}

bool createPrivateFile(const QString& path, QString* error)
{
    QFile file(path);
    if (file.exists()) {
        tightenFile(path);
        return true;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        setError(error, tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    // The umask can only take bits away from 0600; the mode is set outright all the same.
    return QFile::setPermissions(path, OwnerOnly);
}

bool writeNewPrivateFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
        setError(error, tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        file.close();
        file.remove();
        return false;
    }
    return QFile::setPermissions(path, OwnerOnly);
}

} // namespace DataFolder

} // namespace cordon::core
