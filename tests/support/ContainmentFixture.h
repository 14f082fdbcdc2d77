#pragma once

#include "containment/ContainmentContext.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace cordon::test
{

// A fresh database with its journal and audit log, and a client signed in to an org with an API token, for runs and
// resumes that must not see another test's entries. Header-only: the tests that use it link the core libraries.
struct ContainmentFixture
{
    QTemporaryDir dir;
    core::Database database;
    std::unique_ptr<core::Journal> journal;
    std::unique_ptr<core::AuditLog> audit;
    std::unique_ptr<core::OktaClient> client;
    std::unique_ptr<core::ContainmentContext> context;

    // Null when the database cannot be made (the reason is logged).
    // location: a database to use instead of a new file (a team's, say).
    static std::unique_ptr<ContainmentFixture> open(QNetworkAccessManager* network,
                                                    const QUrl& org,
                                                    const QString& token,
                                                    int retryBaseDelayMs = 20,
                                                    const QString& location = {})
    {
        auto made = std::make_unique<ContainmentFixture>();
        QString error;
        if (!made->database.open(location.isEmpty() ? made->dir.filePath(QStringLiteral("cordon.sqlite")) : location,
                                 &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        made->journal = std::make_unique<core::Journal>(made->database);
        made->audit = std::make_unique<core::AuditLog>(made->database);
        made->client = std::make_unique<core::OktaClient>(network);
        made->client->setOrgUrl(org);
        made->client->setToken(token.toUtf8());
        made->client->setRetryBaseDelayMs(retryBaseDelayMs);
        made->context =
            std::make_unique<core::ContainmentContext>(made->client.get(), made->journal.get(), made->audit.get());
        return made;
    }
};

} // namespace cordon::test
