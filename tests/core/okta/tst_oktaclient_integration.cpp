#include "SimProcess.h"
#include "okta/OktaClient.h"
#include "okta/SearchExpression.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace cordon::core;
using cordon::test::SimProcess;

Q_DECLARE_METATYPE(OktaError::Kind)

namespace
{

// The tokens as the client takes them, whichever string type the simulator's helper hands out.
template <typename Token> QByteArray tokenBytes(const Token& token)
{
    if constexpr (std::is_same_v<Token, QByteArray>) {
        return token;
    } else {
        return token.toUtf8();
    }
}

// Waits on the event loop for a callback's values; the client itself never blocks.
template <typename... Values> struct Result
{
    std::optional<std::tuple<Values...>> values;
    auto callback()
    {
        return [this](const Values&... args) { values.emplace(args...); };
    }
    bool wait(int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!values && timer.elapsed() < timeoutMs) {
            QTest::qWait(10);
        }
        return values.has_value();
    }
    const OktaReply& reply() const { return std::get<0>(*values); }
    template <std::size_t I> const auto& get() const { return std::get<I>(*values); }
};

int countRequests(const QJsonArray& log, const QString& method, const QString& pathPart, int status = -1)
{
    int count = 0;
    for (const QJsonValue& value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("method")).toString() == method &&
            entry.value(QStringLiteral("path")).toString().contains(pathPart) &&
            (status < 0 || entry.value(QStringLiteral("status")).toInt() == status)) {
            ++count;
        }
    }
    return count;
}

} // namespace

class TestOktaClientIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void getUserByLoginAndId();
    void currentUser();
    void searchUsers();
    void searchCannotBeWidened();
    void pagesFollowLinkHeaders();
    void groupsAndRoles();
    void findGroupByName_data();
    void findGroupByName();
    void userSchema();
    void clearSessionsRevokesOAuthTokens();
    void suspendAndUnsuspend();
    void wrongStateIsAlready();
    void wrongStateOfOtherStatusStaysAnError();
    void groupMembership();
    void invalidToken();
    void forbidden();
    void notFound();
    void rateLimitedThenSucceeds();
    void waitsForBucketReset();
    void retriesServerErrors();
    void changeIsNotResentAfter500Or502_data();
    void changeIsNotResentAfter500Or502();
    void wrongStateCodesAreReadBack_data();
    void wrongStateCodesAreReadBack();
    void clearSessionsSaysForgetDevices_data();
    void clearSessionsSaysForgetDevices();
    void concurrencyLimitNeverStalls();
    void waitForTheGovernorHasADeadline();
    void timedOutChangeIsNotResent();
    void timedOutLookupIsRetried();
    void connectionReset_data();
    void connectionReset();
    void proxyPageAndTruncatedAnswer();
    void destroyedContextDropsCallback();
    void cancelAll();

private:
    bool startSim(const QStringList& args = {});
    QString userId(const QString& login) { return m_sim->userId(login); }

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OktaClient> m_client;
};

void TestOktaClientIntegration::init()
{
    m_sim = std::make_unique<SimProcess>();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestOktaClientIntegration::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sim.reset();
}

bool TestOktaClientIntegration::startSim(const QStringList& args)
{
    QString error;
    if (!m_sim->start(args, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_sim->baseUrl());
    m_client->setToken(tokenBytes(SimProcess::demoToken()));
    m_client->setRetryBaseDelayMs(50);
    return true;
}

void TestOktaClientIntegration::getUserByLoginAndId()
{
    QVERIFY(startSim());
    const QString id = userId(SimProcess::jorenLogin());
    QVERIFY(!id.isEmpty());

    Result<OktaReply, OktaUser> byLogin;
    m_client->getUser(SimProcess::jorenLogin(), this, byLogin.callback());
    QVERIFY(byLogin.wait());
    QVERIFY2(byLogin.reply().ok(), qPrintable(byLogin.reply().error.message()));
    const OktaUser joren = byLogin.get<1>();
    QCOMPARE(joren.id, id);
    QCOMPARE(joren.login, SimProcess::jorenLogin());
    QCOMPARE(joren.status, QStringLiteral("ACTIVE"));
    QCOMPARE(joren.providerType, QStringLiteral("ACTIVE_DIRECTORY"));
    QCOMPARE(joren.providerName, QStringLiteral("ad.example.com"));
    QCOMPARE(joren.profile.value(QStringLiteral("samAccountName")).toString(), QStringLiteral("joren"));
    QCOMPARE(joren.department, QStringLiteral("Engineering"));
    QVERIFY(!byLogin.reply().requestId.isEmpty());
    QCOMPARE(byLogin.reply().calls, 1);
    // Okta counts reads of a user by id or login in a bucket of their own.
    QCOMPARE(byLogin.reply().rate.bucket, QStringLiteral("/api/v1/users/{id:.+}"));
    QVERIFY(byLogin.reply().rate.isKnown());

    Result<OktaReply, OktaUser> byId;
    m_client->getUser(id, this, byId.callback());
    QVERIFY(byId.wait());
    QCOMPARE(byId.get<1>().login, SimProcess::jorenLogin());
}

void TestOktaClientIntegration::currentUser()
{
    QVERIFY(startSim());
    Result<OktaReply, OktaUser> me;
    m_client->getCurrentUser(this, me.callback());
    QVERIFY(me.wait());
    QVERIFY2(me.reply().ok(), qPrintable(me.reply().error.message()));
    QCOMPARE(me.get<1>().login, QStringLiteral("svc-cordon@example.com"));
    QCOMPARE(me.reply().rate.bucket, QStringLiteral("/api/v1/users/me"));
}

void TestOktaClientIntegration::searchUsers()
{
    QVERIFY(startSim());
    UserQuery query;
    query.search = SearchExpression::eq(QStringLiteral("profile.samAccountName"), QStringLiteral("joren"));
    Result<OktaReply, QList<OktaUser>> found;
    m_client->searchUsers(query, this, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found.reply().ok(), qPrintable(found.reply().error.message()));
    QCOMPARE(found.get<1>().size(), 1);
    QCOMPARE(found.get<1>().first().login, SimProcess::jorenLogin());

    // q leaves DEPROVISIONED users out; search keeps them (docs/okta.md §User search).
    UserQuery prefix;
    prefix.q = QStringLiteral("Joren");
    Result<OktaReply, QList<OktaUser>> picked;
    m_client->searchUsers(prefix, this, picked.callback());
    QVERIFY(picked.wait());
    QVERIFY(picked.reply().ok());
    QVERIFY(!picked.get<1>().isEmpty());
    for (const OktaUser& user : picked.get<1>()) {
        QVERIFY(user.status != QLatin1String("DEPROVISIONED"));
    }

    UserQuery withDeprovisioned;
    withDeprovisioned.search =
        SearchExpression::eq(QStringLiteral("profile.login"), QStringLiteral("joren.maes@example.com"));
    Result<OktaReply, QList<OktaUser>> twin;
    m_client->searchUsers(withDeprovisioned, this, twin.callback());
    QVERIFY(twin.wait());
    QCOMPARE(twin.get<1>().size(), 1);
    QCOMPARE(twin.get<1>().first().status, QStringLiteral("DEPROVISIONED"));
}

void TestOktaClientIntegration::searchCannotBeWidened()
{
    QVERIFY(startSim());
    UserQuery query;
    query.search =
        SearchExpression::eq(QStringLiteral("profile.samAccountName"), QStringLiteral("joren\" or status eq \"ACTIVE"));
    Result<OktaReply, QList<OktaUser>> found;
    m_client->searchUsers(query, this, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found.reply().ok(), qPrintable(found.reply().error.message()));
    QVERIFY(found.get<1>().isEmpty());
}

void TestOktaClientIntegration::pagesFollowLinkHeaders()
{
    QVERIFY(startSim());
    QSignalSpy requests(m_client.get(), &OktaClient::requestFinished);
    UserQuery query;
    query.search = SearchExpression::eq(QStringLiteral("status"), QStringLiteral("ACTIVE"));
    query.limit = 2;
    query.maxPages = 3;
    Result<OktaReply, QList<OktaUser>> firstPages;
    m_client->searchUsers(query, this, firstPages.callback());
    QVERIFY(firstPages.wait());
    QVERIFY2(firstPages.reply().ok(), qPrintable(firstPages.reply().error.message()));
    QCOMPARE(firstPages.get<1>().size(), 6);
    QCOMPARE(firstPages.reply().calls, 3);
    QVERIFY(firstPages.reply().morePages);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("GET"), QStringLiteral("/api/v1/users"), 200), 3);

    query.limit = 7;
    query.maxPages = 100;
    Result<OktaReply, QList<OktaUser>> all;
    m_client->searchUsers(query, this, all.callback());
    QVERIFY(all.wait());
    QVERIFY(all.reply().ok());
    QVERIFY(!all.reply().morePages);
    const auto users = all.get<1>();
    QVERIFY(users.size() > 20);
    QCOMPARE(all.reply().calls, int(users.size()) / 7 + 1);
    QSet<QString> ids;
    for (const OktaUser& user : users) {
        QCOMPARE(user.status, QStringLiteral("ACTIVE"));
        ids.insert(user.id);
    }
    QCOMPARE(ids.size(), users.size());
}

void TestOktaClientIntegration::groupsAndRoles()
{
    QVERIFY(startSim());
    const QString joren = userId(SimProcess::jorenLogin());
    Result<OktaReply, QList<OktaGroup>> groups;
    m_client->userGroups(joren, this, groups.callback());
    QVERIFY(groups.wait());
    QVERIFY2(groups.reply().ok(), qPrintable(groups.reply().error.message()));
    QStringList names;
    for (const OktaGroup& group : groups.get<1>()) {
        names.append(group.name);
    }
    QVERIFY2(names.contains(QStringLiteral("Everyone")), qPrintable(names.join(QLatin1Char(','))));

    Result<OktaReply, QList<OktaGroup>> all;
    m_client->listGroups({}, this, all.callback());
    QVERIFY(all.wait());
    QVERIFY(all.reply().ok());
    QVERIFY(all.get<1>().size() >= 7);

    const QString ldaId = m_sim->groupId(QStringLiteral("Limited Data Access"));
    Result<OktaReply, OktaGroup> one;
    m_client->getGroup(ldaId, this, one.callback());
    QVERIFY(one.wait());
    QCOMPARE(one.get<1>().name, QStringLiteral("Limited Data Access"));
    QVERIFY(one.get<1>().isModifiable());

    const auto roleTypes = [this](const QString& login) {
        Result<OktaReply, QList<OktaRole>> roles;
        m_client->userRoles(userId(login), this, roles.callback());
        QStringList types;
        if (roles.wait() && roles.reply().ok()) {
            for (const OktaRole& role : roles.get<1>()) {
                types.append(role.type);
            }
        }
        return types;
    };
    QCOMPARE(roleTypes(QStringLiteral("svc-cordon@example.com")), QStringList{QStringLiteral("ORG_ADMIN")});
    QCOMPARE(roleTypes(QStringLiteral("alex.morgan@example.com")), QStringList{QStringLiteral("SUPER_ADMIN")});
    QCOMPARE(roleTypes(QStringLiteral("hana.kobayashi@example.com")), QStringList{QStringLiteral("HELP_DESK_ADMIN")});
    QVERIFY(roleTypes(SimProcess::jorenLogin()).isEmpty());
}

void TestOktaClientIntegration::findGroupByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<OktaError::Kind>("kind");
    QTest::newRow("restricted group") << QStringLiteral("Limited Data Access") << OktaError::Kind::None;
    QTest::newRow("built in") << QStringLiteral("Everyone") << OktaError::Kind::None;
    QTest::newRow("two of them") << QStringLiteral("Contractors") << OktaError::Kind::Ambiguous;
    QTest::newRow("other case") << QStringLiteral("limited data access") << OktaError::Kind::NotFound;
    QTest::newRow("prefix only") << QStringLiteral("Limited") << OktaError::Kind::NotFound;
    QTest::newRow("quote in name") << QStringLiteral("Eng\" or profile.name sw \"") << OktaError::Kind::NotFound;
}

void TestOktaClientIntegration::findGroupByName()
{
    QFETCH(QString, name);
    QFETCH(OktaError::Kind, kind);
    QVERIFY(startSim());
    Result<OktaReply, OktaGroup> found;
    m_client->findGroupByName(name, this, found.callback());
    QVERIFY(found.wait());
    QCOMPARE(found.reply().error.kind, kind);
    if (kind == OktaError::Kind::None) {
        QCOMPARE(found.get<1>().name, name);
        QCOMPARE(found.get<1>().id, m_sim->groupId(name));
    } else {
        QVERIFY(!found.get<1>().isValid());
    }
    if (kind == OktaError::Kind::Ambiguous) {
        // The message names every candidate so the analyst can pick one by id.
        const QString message = found.reply().error.message();
        int ids = 0;
        for (const QString& word : message.split(QRegularExpression(QStringLiteral("[ ,()]+")))) {
            ids += word.startsWith(QLatin1String("00g")) ? 1 : 0;
        }
        QVERIFY2(ids == 2, qPrintable(message));
    }
}

void TestOktaClientIntegration::userSchema()
{
    QVERIFY(startSim());
    Result<OktaReply> schema;
    m_client->userSchema(this, schema.callback());
    QVERIFY(schema.wait());
    QVERIFY2(schema.reply().ok(), qPrintable(schema.reply().error.message()));
    const QJsonObject custom = schema.reply()
                                   .json.object()
                                   .value(QStringLiteral("definitions"))
                                   .toObject()
                                   .value(QStringLiteral("custom"))
                                   .toObject()
                                   .value(QStringLiteral("properties"))
                                   .toObject();
    QVERIFY(custom.contains(QStringLiteral("samAccountName")));
    QVERIFY(custom.contains(QStringLiteral("objectSid")));
}

void TestOktaClientIntegration::clearSessionsRevokesOAuthTokens()
{
    QVERIFY(startSim());
    const QString id = userId(SimProcess::jorenLogin());
    const QJsonObject before = m_sim->user(id);
    QCOMPARE(before.value(QStringLiteral("sessions")).toInt(), 2);
    QCOMPARE(before.value(QStringLiteral("oauthTokens")).toInt(), 3);

    Result<OktaReply> cleared;
    m_client->clearSessions(id, this, cleared.callback());
    QVERIFY(cleared.wait());
    QVERIFY2(cleared.reply().ok(), qPrintable(cleared.reply().error.message()));
    QCOMPARE(cleared.reply().httpStatus, 204);
    QVERIFY(!cleared.reply().requestId.isEmpty());
    const QJsonObject after = m_sim->user(id);
    QCOMPARE(after.value(QStringLiteral("sessions")).toInt(), 0);
    QCOMPARE(after.value(QStringLiteral("oauthTokens")).toInt(), 0);

    bool sawOauthTokens = false;
    for (const QJsonValue& value : m_sim->requests()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("method")).toString() == QLatin1String("DELETE")) {
            QCOMPARE(entry.value(QStringLiteral("path")).toString(),
                     QStringLiteral("/api/v1/users/%1/sessions").arg(id));
            sawOauthTokens =
                entry.value(QStringLiteral("query")).toString().contains(QStringLiteral("oauthTokens=true"));
        }
    }
    QVERIFY(sawOauthTokens);
}

void TestOktaClientIntegration::suspendAndUnsuspend()
{
    QVERIFY(startSim());
    const QString id = userId(SimProcess::jorenLogin());
    Result<OktaReply> suspended;
    m_client->suspend(id, this, suspended.callback());
    QVERIFY(suspended.wait());
    // The sim answers 411 to a bodiless POST without Content-Length: 0, as Okta does.
    QVERIFY2(suspended.reply().ok(), qPrintable(suspended.reply().error.message()));
    QCOMPARE(suspended.reply().httpStatus, 200);
    QVERIFY(!suspended.reply().already);
    QCOMPARE(m_sim->user(id).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    // Okta's path holds the id, never the login.
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("POST"),
                           QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(id), 200),
             1);

    Result<OktaReply> unsuspended;
    m_client->unsuspend(id, this, unsuspended.callback());
    QVERIFY(unsuspended.wait());
    QVERIFY2(unsuspended.reply().ok(), qPrintable(unsuspended.reply().error.message()));
    QCOMPARE(m_sim->user(id).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestOktaClientIntegration::wrongStateIsAlready()
{
    QVERIFY(startSim());
    const QString priya = userId(QStringLiteral("priya.raman@example.com"));
    QCOMPARE(m_sim->user(priya).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    Result<OktaReply> again;
    m_client->suspend(priya, this, again.callback());
    QVERIFY(again.wait());
    QVERIFY2(again.reply().ok(), qPrintable(again.reply().error.message()));
    QVERIFY(again.reply().already);
    QCOMPARE(again.reply().httpStatus, 400);
    QCOMPARE(again.reply().calls, 2);
    QVERIFY(!again.reply().requestId.isEmpty());

    const QString joren = userId(SimProcess::jorenLogin());
    Result<OktaReply> active;
    m_client->unsuspend(joren, this, active.callback());
    QVERIFY(active.wait());
    QVERIFY(active.reply().ok());
    QVERIFY(active.reply().already);
}

void TestOktaClientIntegration::wrongStateOfOtherStatusStaysAnError()
{
    QVERIFY(startSim());
    // A deprovisioned user cannot be suspended: that is not "already suspended".
    const QString twin = userId(QStringLiteral("joren.maes@example.com"));
    Result<OktaReply> refused;
    m_client->suspend(twin, this, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.reply().ok());
    QVERIFY(!refused.reply().already);
    QVERIFY(refused.reply().error.isWrongState());
    QCOMPARE(refused.reply().httpStatus, 400);
    QCOMPARE(m_sim->user(twin).value(QStringLiteral("status")).toString(), QStringLiteral("DEPROVISIONED"));
}

void TestOktaClientIntegration::groupMembership()
{
    QVERIFY(startSim());
    const QString joren = userId(SimProcess::jorenLogin());
    const QString lda = m_sim->groupId(QStringLiteral("Limited Data Access"));
    const auto groupsOf = [this](const QString& id) {
        QStringList ids;
        for (const QJsonValue& value : m_sim->user(id).value(QStringLiteral("groups")).toArray()) {
            ids.append(value.toString());
        }
        return ids;
    };
    QVERIFY(!groupsOf(joren).contains(lda));

    Result<OktaReply> added;
    m_client->addToGroup(lda, joren, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.reply().ok(), qPrintable(added.reply().error.message()));
    QCOMPARE(added.reply().httpStatus, 204);
    QVERIFY(groupsOf(joren).contains(lda));
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("PUT"),
                           QStringLiteral("/api/v1/groups/%1/users/%2").arg(lda, joren), 204),
             1);

    Result<OktaReply> removed;
    m_client->removeFromGroup(lda, joren, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed.reply().ok(), qPrintable(removed.reply().error.message()));
    QVERIFY(!groupsOf(joren).contains(lda));
}

void TestOktaClientIntegration::invalidToken()
{
    QVERIFY(startSim());
    m_client->setToken("not-a-real-token");
    Result<OktaReply, OktaUser> me;
    m_client->getCurrentUser(this, me.callback());
    QVERIFY(me.wait());
    QCOMPARE(me.reply().error.kind, OktaError::Kind::Http);
    QCOMPARE(me.reply().httpStatus, 401);
    QCOMPARE(me.reply().error.errorCode, QStringLiteral("E0000011"));
    QCOMPARE(me.reply().attempts, 1);
    QVERIFY(!me.reply().error.message().contains(QStringLiteral("not-a-real-token")));

    m_client->clearToken();
    Result<OktaReply, OktaUser> none;
    m_client->getCurrentUser(this, none.callback());
    QVERIFY(none.wait());
    QCOMPARE(none.reply().error.kind, OktaError::Kind::Configuration);
}

void TestOktaClientIntegration::forbidden()
{
    QVERIFY(startSim());
    m_client->setToken(tokenBytes(SimProcess::helpDeskToken()));
    Result<OktaReply> refused;
    m_client->suspend(userId(SimProcess::jorenLogin()), this, refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(refused.reply().httpStatus, 403);
    QCOMPARE(refused.reply().error.errorCode, QStringLiteral("E0000006"));
    QVERIFY(!refused.reply().already);
}

void TestOktaClientIntegration::notFound()
{
    QVERIFY(startSim());
    Result<OktaReply, OktaUser> missing;
    m_client->getUser(QStringLiteral("nobody@example.com"), this, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing.reply().error.kind, OktaError::Kind::NotFound);
    QCOMPARE(missing.reply().httpStatus, 404);
    QCOMPARE(missing.reply().error.errorCode, QStringLiteral("E0000007"));
    QVERIFY(!missing.get<1>().isValid());

    Result<OktaReply> suspendMissing;
    m_client->suspend(QStringLiteral("00u00000000000000000"), this, suspendMissing.callback());
    QVERIFY(suspendMissing.wait());
    QCOMPARE(suspendMissing.reply().error.kind, OktaError::Kind::NotFound);
}

void TestOktaClientIntegration::rateLimitedThenSucceeds()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=429x1"),
                      QStringLiteral("--rate-window-s"), QStringLiteral("2")}));
    QSignalSpy rates(m_client.get(), &OktaClient::rateLimitChanged);
    Result<OktaReply, OktaUser> user;
    QElapsedTimer timer;
    timer.start();
    m_client->getUser(SimProcess::jorenLogin(), this, user.callback());
    QVERIFY(user.wait(90000));
    QVERIFY2(user.reply().ok(), qPrintable(user.reply().error.message()));
    QCOMPARE(user.reply().attempts, 2);
    const QJsonArray log = m_sim->requests();
    QCOMPARE(countRequests(log, QStringLiteral("GET"), QStringLiteral("/api/v1/users/"), 429), 1);
    QCOMPARE(countRequests(log, QStringLiteral("GET"), QStringLiteral("/api/v1/users/"), 200), 1);
    QVERIFY(!rates.isEmpty());
}

void TestOktaClientIntegration::waitsForBucketReset()
{
    QVERIFY(startSim({QStringLiteral("--rate-limit"), QStringLiteral("/api/v1/users/{id:.+}=3"),
                      QStringLiteral("--rate-window-s"), QStringLiteral("2")}));
    m_client->governor()->setReserve(0);
    m_client->governor()->setResetMarginMs(200);
    const QString joren = userId(SimProcess::jorenLogin());
    m_sim->reset();
    QTest::qWait(2100);

    constexpr int Calls = 8;
    QList<std::shared_ptr<Result<OktaReply, OktaUser>>> results;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Calls; ++i) {
        results.append(std::make_shared<Result<OktaReply, OktaUser>>());
        m_client->getUser(joren, this, results.last()->callback());
    }
    for (const auto& result : results) {
        QVERIFY(result->wait(60000));
        QVERIFY2(result->reply().ok(), qPrintable(result->reply().error.message()));
    }
    // Eight calls through a bucket of three per two seconds take at least two more windows.
    QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
    const QJsonArray log = m_sim->requests();
    QCOMPARE(countRequests(log, QStringLiteral("GET"), QStringLiteral("/api/v1/users/"), 200), Calls);
    // The governor paces by the headers: few calls are ever refused, and none gives up.
    QVERIFY(countRequests(log, QStringLiteral("GET"), QStringLiteral("/api/v1/users/"), 429) <= 2);
}

void TestOktaClientIntegration::retriesServerErrors()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503x2")}));
    const QString id = userId(SimProcess::jorenLogin());
    Result<OktaReply> suspended;
    m_client->suspend(id, this, suspended.callback());
    QVERIFY(suspended.wait());
    QVERIFY2(suspended.reply().ok(), qPrintable(suspended.reply().error.message()));
    QCOMPARE(suspended.reply().attempts, 3);
    const QJsonArray log = m_sim->requests();
    QCOMPARE(countRequests(log, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend"), 503), 2);
    QCOMPARE(countRequests(log, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend"), 200), 1);
    QCOMPARE(m_sim->user(id).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    // Retries are bounded: a fault that outlasts them is reported.
    m_sim->reset();
    QVERIFY(m_sim->setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/unsuspend=503")}));
    m_client->setMaxRetries(2);
    Result<OktaReply> failed;
    m_client->unsuspend(id, this, failed.callback());
    QVERIFY(failed.wait());
    QCOMPARE(failed.reply().httpStatus, 503);
    QCOMPARE(failed.reply().attempts, 3);
}

void TestOktaClientIntegration::changeIsNotResentAfter500Or502_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
}

void TestOktaClientIntegration::changeIsNotResentAfter500Or502()
{
    // After a 500 or 502 the change may have been made: as Okta's SDKs do, it is reported, not sent again.
    QFETCH(int, status);
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("PUT /api/v1/groups/*/users/*=%1x1").arg(status)}));
    const QString joren = userId(SimProcess::jorenLogin());
    const QString lda = m_sim->groupId(QStringLiteral("Limited Data Access"));
    QSignalSpy retrying(m_client.get(), &OktaClient::retrying);
    Result<OktaReply> added;
    m_client->addToGroup(lda, joren, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY(!added.reply().ok());
    QCOMPARE(added.reply().httpStatus, status);
    QCOMPARE(added.reply().attempts, 1);
    QVERIFY(retrying.isEmpty());
    QTest::qWait(300);
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("PUT"), QStringLiteral("/users/")), 1);

    // A lookup is asked again; each answer that is not the last is announced with its status and request id.
    QVERIFY(m_sim->setFaults({QStringLiteral("GET /api/v1/groups/*=%1x1").arg(status)}));
    Result<OktaReply, OktaGroup> group;
    m_client->getGroup(lda, this, group.callback());
    QVERIFY(group.wait());
    QVERIFY2(group.reply().ok(), qPrintable(group.reply().error.message()));
    QCOMPARE(group.reply().attempts, 2);
    QCOMPARE(retrying.size(), 1);
    const auto attempt = retrying.first().at(2).value<OktaReply>();
    QCOMPARE(attempt.httpStatus, status);
    QCOMPARE(attempt.attempts, 1);
    QVERIFY(!attempt.requestId.isEmpty());
}

void TestOktaClientIntegration::wrongStateCodesAreReadBack_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("E0000001") << QStringLiteral("E0000001");
    QTest::newRow("E0000028") << QStringLiteral("E0000028");
    QTest::newRow("E0000038") << QStringLiteral("E0000038");
}

void TestOktaClientIntegration::wrongStateCodesAreReadBack()
{
    // Okta's documents name three codes for a lifecycle change from the wrong state; each is settled by reading
    // the user: already in the wanted state is a success, anything else stays Okta's refusal.
    QFETCH(QString, code);
    QVERIFY(startSim());
    const QString joren = userId(SimProcess::jorenLogin());
    QCOMPARE(m_sim->send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(joren)).status, 200);
    QVERIFY(m_sim->setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/*=") + code}));
    Result<OktaReply> suspended;
    m_client->suspend(joren, this, suspended.callback());
    QVERIFY(suspended.wait());
    QVERIFY2(suspended.reply().ok(), qPrintable(suspended.reply().error.message()));
    QVERIFY(suspended.reply().already);
    QCOMPARE(suspended.reply().calls, 2);
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("GET"), QStringLiteral("/api/v1/users/") + joren), 1);

    const QString teo = userId(QStringLiteral("teo.lindqvist@example.com"));
    Result<OktaReply> refused;
    m_client->suspend(teo, this, refused.callback());
    QVERIFY(refused.wait());
    QVERIFY(!refused.reply().ok());
    QVERIFY(!refused.reply().already);
    QCOMPARE(refused.reply().error.errorCode, code);
    QVERIFY(!refused.reply().requestId.isEmpty());
}

void TestOktaClientIntegration::clearSessionsSaysForgetDevices_data()
{
    QTest::addColumn<bool>("forget");
    QTest::newRow("forget") << true;
    QTest::newRow("keep") << false;
}

void TestOktaClientIntegration::clearSessionsSaysForgetDevices()
{
    // Okta's default differs by engine and release, so the client says what it wants either way; the simulator
    // is a Classic org, whose default would keep the devices.
    QFETCH(bool, forget);
    QVERIFY(startSim({QStringLiteral("--engine"), QStringLiteral("classic")}));
    const QString joren = userId(SimProcess::jorenLogin());
    m_sim->setSessions(joren, 2, 1, 4);
    Result<OktaReply> cleared;
    m_client->clearSessions(joren, this, cleared.callback(), forget);
    QVERIFY(cleared.wait());
    QVERIFY2(cleared.reply().ok(), qPrintable(cleared.reply().error.message()));
    QCOMPARE(m_sim->user(joren).value(QStringLiteral("rememberedDevices")).toInt(), forget ? 0 : 4);
    const QJsonObject request = m_sim->requests().last().toObject();
    QCOMPARE(request.value(QStringLiteral("query")).toString(),
             QStringLiteral("oauthTokens=true&forgetDevices=%1")
                 .arg(forget ? QStringLiteral("true") : QStringLiteral("false")));
    QCOMPARE(request.value(QStringLiteral("forgetDevices")).toBool(!forget), forget);

    // Without saying, the client forgets them.
    m_sim->setSessions(joren, 1, 1, 2);
    Result<OktaReply> byDefault;
    m_client->clearSessions(joren, this, byDefault.callback());
    QVERIFY(byDefault.wait());
    QCOMPARE(m_sim->user(joren).value(QStringLiteral("rememberedDevices")).toInt(), 0);
}

void TestOktaClientIntegration::concurrencyLimitNeverStalls()
{
    // Okta's org-wide concurrency limit refuses calls over it with a 429 whose limit and remaining are 0. Every
    // call still ends, in success: lookups on five buckets at once, and three changes.
    QVERIFY(startSim(
        {QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--latency-ms"), QStringLiteral("400")}));
    const QString joren = userId(SimProcess::jorenLogin());
    const QString lda = m_sim->groupId(QStringLiteral("Limited Data Access"));
    m_sim->reset();
    Result<OktaReply, OktaUser> me;
    Result<OktaReply, OktaUser> user;
    Result<OktaReply, QList<OktaGroup>> groups;
    Result<OktaReply, QList<OktaRole>> roles;
    Result<OktaReply, OktaGroup> group;
    Result<OktaReply> schema;
    m_client->getCurrentUser(this, me.callback());
    m_client->getUser(joren, this, user.callback());
    m_client->userGroups(joren, this, groups.callback());
    m_client->userRoles(joren, this, roles.callback());
    m_client->getGroup(lda, this, group.callback());
    m_client->userSchema(this, schema.callback());
    QVERIFY(me.wait(60000) && user.wait(60000) && groups.wait(60000) && roles.wait(60000) && group.wait(60000) &&
            schema.wait(60000));
    for (const OktaReply& reply :
         {me.reply(), user.reply(), groups.reply(), roles.reply(), group.reply(), schema.reply()}) {
        QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
    }
    Result<OktaReply> cleared;
    Result<OktaReply> suspended;
    Result<OktaReply> added;
    m_client->clearSessions(joren, this, cleared.callback());
    m_client->suspend(joren, this, suspended.callback());
    m_client->addToGroup(lda, joren, this, added.callback());
    QVERIFY(cleared.wait(60000) && suspended.wait(60000) && added.wait(60000));
    for (const OktaReply& reply : {cleared.reply(), suspended.reply(), added.reply()}) {
        QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
    }
    QCOMPARE(m_sim->user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    // The limit was met, and each refusal was sent again after its reset.
    const QJsonArray log = m_sim->requests();
    int refused = 0;
    for (const QJsonValue& entry : log) {
        refused += entry.toObject().value(QStringLiteral("status")).toInt() == 429;
    }
    QVERIFY2(refused > 0, "the simulator's concurrency limit was never met");
    QCOMPARE(log.size() - refused, 9);
}

void TestOktaClientIntegration::waitForTheGovernorHasADeadline()
{
    // A bucket spent for a long window: a call waits for its reset no longer than the client's deadline, and then
    // fails with a message saying what it waited for, instead of hanging.
    QVERIFY(startSim({QStringLiteral("--rate-limit"), QStringLiteral("/api/v1/users/{id:.+}=1"),
                      QStringLiteral("--rate-window-s"), QStringLiteral("300")}));
    const QString joren = userId(SimProcess::jorenLogin());
    m_sim->reset();
    m_client->setMaxQueueWaitMs(1500);
    m_client->governor()->setReserve(0);
    Result<OktaReply, OktaUser> first;
    m_client->getUser(joren, this, first.callback());
    QVERIFY(first.wait());
    QVERIFY(first.reply().ok());
    Result<OktaReply, OktaUser> second;
    m_client->getUser(joren, this, second.callback());
    QVERIFY(second.wait(20000));
    QVERIFY(!second.reply().ok());
    QCOMPARE(second.reply().error.kind, OktaError::Kind::RateLimited);
    const QString message = second.reply().error.message();
    QVERIFY2(message.contains(QLatin1String("/api/v1/users/{id:.+}")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("waiting for")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("reset")), qPrintable(message));
    // Other buckets are not held by it.
    Result<OktaReply, QList<OktaGroup>> groups;
    m_client->userGroups(joren, this, groups.callback());
    QVERIFY(groups.wait());
    QVERIFY2(groups.reply().ok(), qPrintable(groups.reply().error.message()));
}

void TestOktaClientIntegration::timedOutChangeIsNotResent()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=timeout")}));
    m_client->setTransferTimeoutMs(500);
    Result<OktaReply> suspended;
    m_client->suspend(userId(SimProcess::jorenLogin()), this, suspended.callback());
    QVERIFY(suspended.wait());
    QCOMPARE(suspended.reply().error.kind, OktaError::Kind::Timeout);
    QCOMPARE(suspended.reply().attempts, 1);
    QTest::qWait(300);
    QCOMPARE(countRequests(m_sim->requests(), QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);
}

void TestOktaClientIntegration::timedOutLookupIsRetried()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=timeoutx1")}));
    m_client->setTransferTimeoutMs(500);
    Result<OktaReply, OktaUser> user;
    m_client->getUser(SimProcess::jorenLogin(), this, user.callback());
    QVERIFY(user.wait());
    QVERIFY2(user.reply().ok(), qPrintable(user.reply().error.message()));
    QCOMPARE(user.reply().attempts, 2);
}

void TestOktaClientIntegration::connectionReset_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("mutating");
    // Qt's HTTP/1.1 layer itself sends a request again, up to twice, when the server closes the
    // connection before answering; three resets outlast it and reach the client.
    QTest::newRow("lookup") << QStringLiteral("GET /api/v1/users/*=resetx3") << false;
    QTest::newRow("suspend") << QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=reset") << true;
}

void TestOktaClientIntegration::connectionReset()
{
    QFETCH(QString, fault);
    QFETCH(bool, mutating);
    QVERIFY(startSim());
    const QString id = userId(SimProcess::jorenLogin());
    QVERIFY(m_sim->setFaults({fault}));
    Result<OktaReply> result;
    if (mutating) {
        m_client->suspend(id, this, result.callback());
    } else {
        m_client->getUser(id, this,
                          [&result](const OktaReply& reply, const OktaUser&) { result.values.emplace(reply); });
    }
    QVERIFY(result.wait());
    if (mutating) {
        // Reported, never sent again by the client: the caller settles it by reading the user.
        QCOMPARE(result.reply().error.kind, OktaError::Kind::Network);
        QCOMPARE(result.reply().attempts, 1);
        QCOMPARE(m_sim->user(id).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    } else {
        QVERIFY2(result.reply().ok(), qPrintable(result.reply().error.message()));
        // However many resets Qt absorbed, the client itself sent the lookup again.
        QVERIFY(result.reply().attempts >= 2);
    }
}

void TestOktaClientIntegration::proxyPageAndTruncatedAnswer()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=html"), QStringLiteral("--fault"),
                      QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=badjson")}));
    const QString id = m_sim->userId(SimProcess::jorenLogin());
    Result<OktaReply, OktaUser> page;
    m_client->getUser(id.isEmpty() ? SimProcess::jorenLogin() : id, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY(!page.reply().ok());
    QVERIFY2(page.reply().error.message().contains(QStringLiteral("HTML")), qPrintable(page.reply().error.message()));

    if (id.isEmpty()) {
        return;
    }
    // Okta did the work but the answer was cut short: reported as such, for the caller to settle by reading state.
    Result<OktaReply> cut;
    m_client->suspend(id, this, cut.callback());
    QVERIFY(cut.wait());
    QCOMPARE(cut.reply().error.kind, OktaError::Kind::InvalidResponse);
}

void TestOktaClientIntegration::destroyedContextDropsCallback()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=slow:300")}));
    auto* context = new QObject;
    bool called = false;
    m_client->getUser(SimProcess::jorenLogin(), context,
                      [&called](const OktaReply&, const OktaUser&) { called = true; });
    delete context;
    Result<OktaReply, OktaUser> later;
    m_client->getUser(SimProcess::jorenLogin(), this, later.callback());
    QVERIFY(later.wait());
    QTest::qWait(100);
    QVERIFY(!called);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestOktaClientIntegration::cancelAll()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=slow:5000"),
                      QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*/groups=slow:5000")}));
    Result<OktaReply, OktaUser> first;
    Result<OktaReply, QList<OktaGroup>> second;
    m_client->getUser(SimProcess::jorenLogin(), this, first.callback());
    m_client->userGroups(QStringLiteral("00u00000000000000000"), this, second.callback());
    QTest::qWait(200);
    m_client->cancelAll();
    QVERIFY(first.wait(1000));
    QVERIFY(second.wait(1000));
    QCOMPARE(first.reply().error.kind, OktaError::Kind::Canceled);
    QCOMPARE(second.reply().error.kind, OktaError::Kind::Canceled);
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(m_client->governor()->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestOktaClientIntegration)
#include "tst_oktaclient_integration.moc"
