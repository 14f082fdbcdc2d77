#pragma once

#include "LoopbackServer.h"
#include "TestFolders.h"
#include "feed/Incident.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// What a test of the configured feed sources stands on: settings in a temporary folder, keys in a keychain
// in memory, and a loopback server whose /alerts answers m_body with m_status, counting the requests and
// keeping their Authorization header. A test class derives from it and calls setUp and tearDown from its
// init and cleanup.
class FeedSourcesFixture
{
protected:
    static constexpr int WaitMs = 15000;

    static QByteArray line(int id)
    {
        return QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"watch"},)"
                              R"("source_id":"%1","title":"Incident %1","severity":"high","state":"new",)"
                              R"("user":{"raw":"AD_DOMAIN\\joren"}})")
                   .arg(id)
                   .toUtf8() +
               '\n';
    }

    static QJsonObject fileSource(const QString& id, const QString& path)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("kind"), QStringLiteral("file")},
                {QStringLiteral("url"), path},
                {QStringLiteral("format"), QStringLiteral("auto")}};
    }

    static QJsonObject httpsSource(const QString& id, const QUrl& url, const QString& api = QStringLiteral("generic"))
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("kind"), QStringLiteral("https")},
                {QStringLiteral("url"), url.toString()},
                {QStringLiteral("format"), QStringLiteral("auto")},
                {QStringLiteral("api"), api},
                {QStringLiteral("intervalMinutes"), 5}};
    }

    // The source ids of the incidents an incidentsLoaded spy saw, in order.
    static QStringList deliveredIds(const QSignalSpy& spy)
    {
        QStringList ids;
        for (const QList<QVariant>& arguments : spy) {
            for (const cordon::core::Incident& incident : arguments.at(1).value<QList<cordon::core::Incident>>()) {
                ids.append(incident.sourceId);
            }
        }
        return ids;
    }

    void setUp()
    {
        QVERIFY(m_folder.isValid());
        m_qsettings = m_folder.settings();
        m_qsettings->clear();
        m_settings = std::make_unique<cordon::core::AppSettings>(m_qsettings.get());
        m_secrets = std::make_unique<cordon::core::MemorySecretStore>();
        m_status = 200;
        m_body = line(1) + line(2);
        m_requests = 0;
        m_authorization.clear();
    }

    void tearDown()
    {
        m_server.reset();
        m_settings.reset();
        m_qsettings.reset();
    }

    // The port of /alerts on 127.0.0.1; 0 when it could not listen.
    quint16 serve()
    {
        using cordon::test::LoopbackServer;
        m_server = std::make_unique<LoopbackServer>();
        m_server->setHandler([this](const LoopbackServer::Request& request) {
            if (request.path() != "/alerts") {
                return LoopbackServer::Answer::plain(404);
            }
            ++m_requests;
            m_authorization = request.header("Authorization");
            return LoopbackServer::Answer::plain(m_status, m_body).header("Content-Type", "application/x-ndjson");
        });
        return m_server->isListening() ? m_server->port() : 0;
    }

    void storeKey(const QString& id, const QByteArray& key)
    {
        bool stored = false;
        m_secrets->write(cordon::core::SecretAccounts::feedKey(id), key, nullptr,
                         [&stored](const cordon::core::SecretResult& result) { stored = result.ok(); });
        QTRY_VERIFY(stored);
    }

    TestFolders m_folder;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<cordon::core::AppSettings> m_settings;
    std::unique_ptr<cordon::core::MemorySecretStore> m_secrets;
    std::unique_ptr<cordon::test::LoopbackServer> m_server;
    QNetworkAccessManager m_network;
    int m_status = 200;
    QByteArray m_body;
    int m_requests = 0;
    QByteArray m_authorization;
};
