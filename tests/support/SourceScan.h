#pragma once

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

// The lines of the project's own C++ sources under a folder that match a pattern, each as
// "folder/File.cpp:LINE: text", for tests that hold a rule over the whole code (which file may name a
// colour, a settings key). Comment lines are not code and are left out. skip(path) leaves a file out;
// scanned counts the files read, so that a test can tell an empty folder from a clean one.
inline QStringList linesMatching(const QString& folder,
                                 const QRegularExpression& pattern,
                                 const std::function<bool(const QString&)>& skip,
                                 int* scanned)
{
    QStringList found;
    *scanned = 0;
    QDirIterator files(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (skip(path) || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        ++*scanned;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (!text.startsWith(QLatin1String("//")) && pattern.match(text).hasMatch()) {
                found << QStringLiteral("%1:%2: %3").arg(path.section(QLatin1Char('/'), -2)).arg(line).arg(text);
            }
        }
    }
    return found;
}
