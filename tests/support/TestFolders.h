#pragma once

#include <QByteArray>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

// A temporary folder that holds the settings (CORDON_CONFIG_DIR, its "config" subfolder) and the data
// (CORDON_DATA_DIR, "data") of the code under test for as long as it lives, so that a test never reads or
// writes the user's own. What the variables held before comes back when it goes.
class TestFolders
{
public:
    TestFolders()
        : m_savedConfig(qgetenv(kConfig)), m_savedData(qgetenv(kData)), m_hadConfig(qEnvironmentVariableIsSet(kConfig)),
          m_hadData(qEnvironmentVariableIsSet(kData))
    {
        if (m_dir.isValid()) {
            qputenv(kConfig, QFile::encodeName(config()));
            qputenv(kData, QFile::encodeName(data()));
        }
    }
    ~TestFolders()
    {
        restore(kConfig, m_hadConfig, m_savedConfig);
        restore(kData, m_hadData, m_savedData);
    }
    TestFolders(const TestFolders&) = delete;
    TestFolders& operator=(const TestFolders&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    // A path inside the folder, beside "config" and "data".
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString config() const { return m_dir.filePath(QStringLiteral("config")); }
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }
    // The settings file the code under test opens by itself (cordon.ini in "config"), for a test that hands
    // its code a QSettings; each call opens it anew, as a second run of the program would.
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(config() + QStringLiteral("/cordon.ini"), QSettings::IniFormat);
    }

private:
    static constexpr const char* kConfig = "CORDON_CONFIG_DIR";
    static constexpr const char* kData = "CORDON_DATA_DIR";

    static void restore(const char* name, bool had, const QByteArray& value)
    {
        if (had) {
            qputenv(name, value);
        } else {
            qunsetenv(name);
        }
    }

    QTemporaryDir m_dir;
    QByteArray m_savedConfig;
    QByteArray m_savedData;
    bool m_hadConfig;
    bool m_hadData;
};
