#include "okta/OktaGroup.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"
#include "okta/RateLimitGovernor.h"
#include "okta/RateLimitInfo.h"

#include <QJsonDocument>
#include <QTest>

using namespace cordon::core;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestOktaTypes : public QObject
{
    Q_OBJECT

private slots:
    void userFromJson();
    void userRoundTrip();
    void groupAndRole();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void httpDate_data();
    void httpDate();
    void buckets_data();
    void buckets();
};

namespace
{

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

void TestOktaTypes::userFromJson()
{
    const auto user = OktaUser::fromJson(parse(R"({
        "id": "00u1joren0000000000a", "status": "ACTIVE",
        "created": "2025-01-02T03:04:05.000Z", "activated": null, "statusChanged": "2025-02-02T03:04:05.123Z",
        "lastLogin": "2026-11-28T08:00:00.000Z", "lastUpdated": "2026-11-28T09:00:00.000Z",
        "profile": {"login": "joren.m@example.com", "email": "joren.m@example.com", "firstName": "Joren",
                    "lastName": "Maes", "department": "Engineering", "title": "Software Engineer",
                    "samAccountName": "joren", "mobilePhone": null},
        "credentials": {"provider": {"type": "ACTIVE_DIRECTORY", "name": "ad.example.com"}},
        "_links": {"suspend": {"href": "https://acme.okta.com/api/v1/users/00u1/lifecycle/suspend", "method": "POST"}}
    })"));
    QCOMPARE(user.id, QStringLiteral("00u1joren0000000000a"));
    QVERIFY(user.isValid());
    QCOMPARE(user.status, QStringLiteral("ACTIVE"));
    QCOMPARE(user.login, QStringLiteral("joren.m@example.com"));
    QCOMPARE(user.firstName, QStringLiteral("Joren"));
    QCOMPARE(user.lastName, QStringLiteral("Maes"));
    QVERIFY(user.displayName.isEmpty());
    QCOMPARE(user.department, QStringLiteral("Engineering"));
    QCOMPARE(user.title, QStringLiteral("Software Engineer"));
    QCOMPARE(user.providerType, QStringLiteral("ACTIVE_DIRECTORY"));
    QCOMPARE(user.providerName, QStringLiteral("ad.example.com"));
    QCOMPARE(user.profile.value(QStringLiteral("samAccountName")).toString(), QStringLiteral("joren"));
    QCOMPARE(user.created, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(user.statusChanged, QDateTime(QDate(2025, 2, 2), QTime(3, 4, 5, 123), Qt::UTC));
    QVERIFY(!user.activated.isValid());
    QVERIFY(user.lastLogin.isValid());

    const auto empty = OktaUser::fromJson({});
    QVERIFY(!empty.isValid());
    QVERIFY(empty.login.isEmpty());
}

void TestOktaTypes::userRoundTrip()
{
    OktaUser user;
    user.id = QStringLiteral("00u2");
    user.status = QStringLiteral("SUSPENDED");
    user.login = QStringLiteral("priya.raman@example.com");
    user.email = user.login;
    user.firstName = QStringLiteral("Priya");
    user.lastName = QStringLiteral("Raman");
    user.displayName = QStringLiteral("Priya Raman");
    user.manager = QStringLiteral("Alex Morgan");
    user.providerType = QStringLiteral("OKTA");
    user.providerName = QStringLiteral("OKTA");
    user.profile.insert(QStringLiteral("samAccountName"), QStringLiteral("praman"));
    user.created = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);

    const auto again = OktaUser::fromJson(user.toJson());
    QCOMPARE(again.id, user.id);
    QCOMPARE(again.status, user.status);
    QCOMPARE(again.login, user.login);
    QCOMPARE(again.email, user.email);
    QCOMPARE(again.displayName, user.displayName);
    QCOMPARE(again.manager, user.manager);
    QCOMPARE(again.providerType, user.providerType);
    QCOMPARE(again.providerName, user.providerName);
    QCOMPARE(again.created, user.created);
    QVERIFY(!again.lastLogin.isValid());
    QCOMPARE(again.profile.value(QStringLiteral("samAccountName")).toString(), QStringLiteral("praman"));
}

void TestOktaTypes::groupAndRole()
{
    const auto group = OktaGroup::fromJson(parse(R"({"id": "00g1", "type": "OKTA_GROUP",
        "profile": {"name": "Limited Data Access", "description": "Restricted"}, "objectClass": ["okta:user_group"]})"));
    QCOMPARE(group.id, QStringLiteral("00g1"));
    QCOMPARE(group.name, QStringLiteral("Limited Data Access"));
    QCOMPARE(group.description, QStringLiteral("Restricted"));
    QVERIFY(group.isModifiable());
    QVERIFY(!OktaGroup::fromJson(parse(R"({"id": "00g2", "type": "BUILT_IN", "profile": {"name": "Everyone"}})"))
                 .isModifiable());

    const auto role = OktaRole::fromJson(parse(R"({"id": "IFIFAX2BIRGUSTQ", "label": "Application Administrator",
        "type": "APP_ADMIN", "status": "ACTIVE", "assignmentType": "USER"})"));
    QCOMPARE(role.id, QStringLiteral("IFIFAX2BIRGUSTQ"));
    QCOMPARE(role.type, QStringLiteral("APP_ADMIN"));
    QCOMPARE(role.label, QStringLiteral("Application Administrator"));
    QCOMPARE(role.assignmentType, QStringLiteral("USER"));
    QCOMPARE(role.status, QStringLiteral("ACTIVE"));
}

void TestOktaTypes::rateLimitHeaders_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<qint64>("reset");
    QTest::addColumn<bool>("known");

    QTest::newRow("all") << Headers{{"X-Rate-Limit-Limit", "600"},
                                    {"X-Rate-Limit-Remaining", "599"},
                                    {"X-Rate-Limit-Reset", "1609459200"}}
                         << 600 << 599 << qint64(1609459200) << true;
    QTest::newRow("lower case") << Headers{{"x-rate-limit-limit", "1200"},
                                           {"x-rate-limit-remaining", "0"},
                                           {"x-rate-limit-reset", "1609459260"}}
                                << 1200 << 0 << qint64(1609459260) << true;
    // A concurrency 429: the first two are always 0, the reset an estimate; 0 is no bucket's size.
    QTest::newRow("concurrency") << Headers{{"X-Rate-Limit-Limit", "0"},
                                            {"X-Rate-Limit-Remaining", "0"},
                                            {"X-Rate-Limit-Reset", "1609459201"}}
                                 << 0 << 0 << qint64(1609459201) << false;
    QTest::newRow("none") << Headers{{"Content-Type", "application/json"}} << -1 << -1 << qint64(0) << false;
    QTest::newRow("garbage") << Headers{{"X-Rate-Limit-Limit", "lots"},
                                        {"X-Rate-Limit-Remaining", "-4"},
                                        {"X-Rate-Limit-Reset", "soon"}}
                             << -1 << -1 << qint64(0) << false;
}

void TestOktaTypes::rateLimitHeaders()
{
    QFETCH(Headers, headers);
    QFETCH(int, limit);
    QFETCH(int, remaining);
    QFETCH(qint64, reset);
    QFETCH(bool, known);

    const auto info = RateLimitInfo::fromHeaders(QStringLiteral("users"), headers);
    QCOMPARE(info.bucket, QStringLiteral("users"));
    QCOMPARE(info.limit, limit);
    QCOMPARE(info.remaining, remaining);
    QCOMPARE(info.reset.isValid() ? info.reset.toSecsSinceEpoch() : 0, reset);
    QCOMPARE(info.isKnown(), known);
}

void TestOktaTypes::httpDate_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("imf") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                         << QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("padded") << QByteArray("  Sun, 29 Nov 2026 08:41:46 GMT ")
                            << QDateTime(QDate(2026, 11, 29), QTime(8, 41, 46), Qt::UTC);
    QTest::newRow("junk") << QByteArray("yesterday") << QDateTime();
}

void TestOktaTypes::httpDate()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseHttpDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
    }
}

void TestOktaTypes::buckets_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("bucket");

    // Okta's map of method and path to bucket (docs/okta.md §Rate limits), for the calls Cordon makes; the
    // simulator counts alike.
    const QString users = QStringLiteral("/api/v1/users");
    const QString groups = QStringLiteral("/api/v1/groups");
    const QString rest = QStringLiteral("/api/v1");
    QTest::newRow("list users") << QByteArray("GET") << users << users;
    QTest::newRow("one user") << QByteArray("GET") << QStringLiteral("/api/v1/users/00u1")
                              << QStringLiteral("/api/v1/users/{id:.+}");
    QTest::newRow("one user by login") << QByteArray("GET") << QStringLiteral("/api/v1/users/joren.m%40example.com")
                                       << QStringLiteral("/api/v1/users/{id:.+}");
    QTest::newRow("change a user") << QByteArray("POST") << QStringLiteral("/api/v1/users/00u1")
                                   << QStringLiteral("/api/v1/users/{id}");
    QTest::newRow("delete a user") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/00u1")
                                   << QStringLiteral("/api/v1/users/{id}");
    QTest::newRow("suspend") << QByteArray("POST") << QStringLiteral("/api/v1/users/00u1/lifecycle/suspend") << users;
    QTest::newRow("unsuspend") << QByteArray("POST") << QStringLiteral("/api/v1/users/00u1/lifecycle/unsuspend")
                               << users;
    QTest::newRow("sessions") << QByteArray("DELETE") << QStringLiteral("/api/v1/users/00u1/sessions") << users;
    QTest::newRow("a user's groups") << QByteArray("GET") << QStringLiteral("/api/v1/users/00u1/groups") << users;
    QTest::newRow("a user's roles") << QByteArray("GET") << QStringLiteral("/api/v1/users/00u1/roles") << users;
    QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/api/v1/users/me")
                        << QStringLiteral("/api/v1/users/me");
    QTest::newRow("change me") << QByteArray("POST") << QStringLiteral("/api/v1/users/me") << users;
    QTest::newRow("groups") << QByteArray("GET") << groups << groups;
    QTest::newRow("one group") << QByteArray("GET") << QStringLiteral("/api/v1/groups/00g1")
                               << QStringLiteral("/api/v1/groups/{id}");
    QTest::newRow("group members") << QByteArray("GET") << QStringLiteral("/api/v1/groups/00g1/users") << groups;
    QTest::newRow("add a member") << QByteArray("PUT") << QStringLiteral("/api/v1/groups/00g1/users/00u1") << groups;
    QTest::newRow("remove a member") << QByteArray("DELETE") << QStringLiteral("/api/v1/groups/00g1/users/00u1")
                                     << groups;
    QTest::newRow("group rules") << QByteArray("GET") << QStringLiteral("/api/v1/groups/rules") << groups;
    QTest::newRow("schema") << QByteArray("GET") << QStringLiteral("/api/v1/meta/schemas/user/default") << rest;
    QTest::newRow("org") << QByteArray("GET") << QStringLiteral("/api/v1/org") << rest;
    QTest::newRow("usersx") << QByteArray("GET") << QStringLiteral("/api/v1/usersx") << rest;
}

void TestOktaTypes::buckets()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, bucket);
    QCOMPARE(RateLimitGovernor::bucketFor(method, path), bucket);
}

QTEST_GUILESS_MAIN(TestOktaTypes)
#include "tst_oktatypes.moc"
