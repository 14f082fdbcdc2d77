#include "oktasim/OktaSimServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using cordon::sim::OktaSimServer;

// The library as `cordon --demo` uses it in-process, and the demo org's fixed names (docs/simulator.md §Demo org).
class TestOktaSimServer : public QObject
{
    Q_OBJECT

private:
    static QJsonObject demoUser(const QString& login)
    {
        for (const QJsonValue& user : OktaSimServer::demoDirectory().value(QLatin1String("users")).toArray()) {
            if (user.toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString() ==
                login) {
                return user.toObject();
            }
        }
        return {};
    }
    static QStringList groupIdsNamed(const QString& name, QString* type = nullptr)
    {
        QStringList ids;
        for (const QJsonValue& group : OktaSimServer::demoDirectory().value(QLatin1String("groups")).toArray()) {
            if (group.toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString() ==
                name) {
                ids.append(group.toObject().value(QLatin1String("id")).toString());
                if (type) {
                    *type = group.toObject().value(QLatin1String("type")).toString();
                }
            }
        }
        return ids;
    }

private slots:
    void demoOrgKeyPeople_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("samAccountName"); // empty: not from AD
        QTest::addColumn<QString>("status");
        QTest::newRow("Joren Maes") << QStringLiteral("joren.m@example.com") << QStringLiteral("Joren Maes")
                                    << QStringLiteral("joren") << QStringLiteral("ACTIVE");
        QTest::newRow("Joren Martens") << QStringLiteral("joren.martens@example.com") << QStringLiteral("Joren Martens")
                                       << QStringLiteral("jmartens") << QStringLiteral("ACTIVE");
        QTest::newRow("Jorien Maas") << QStringLiteral("jorien.maas@example.com") << QStringLiteral("Jorien Maas")
                                     << QString() << QStringLiteral("ACTIVE");
        QTest::newRow("old Joren Maes") << QStringLiteral("joren.maes@example.com") << QStringLiteral("Joren Maes")
                                        << QStringLiteral("jmaes") << QStringLiteral("DEPROVISIONED");
        QTest::newRow("Jonas Müller") << QStringLiteral("jonas.mueller@example.com") << QStringLiteral("Jonas Müller")
                                      << QStringLiteral("jmueller") << QStringLiteral("ACTIVE");
        QTest::newRow("Jonas Mueller-Schmidt")
            << QStringLiteral("jonas.ms@example.com") << QStringLiteral("Jonas Mueller-Schmidt") << QString()
            << QStringLiteral("ACTIVE");
        QTest::newRow("Ilse Marten") << QStringLiteral("ilse.marten@example.com") << QStringLiteral("Ilse Marten")
                                     << QStringLiteral("ilse.marten") << QStringLiteral("ACTIVE");
        QTest::newRow("Noor Haddad") << QStringLiteral("noor.haddad@example.com") << QStringLiteral("Noor Haddad")
                                     << QString() << QStringLiteral("ACTIVE");
        QTest::newRow("Teo Lindqvist") << QStringLiteral("teo.lindqvist@example.com") << QStringLiteral("Teo Lindqvist")
                                       << QStringLiteral("tlindqvist") << QStringLiteral("ACTIVE");
        QTest::newRow("Oskar Berg") << QStringLiteral("oskar.berg@example.com") << QStringLiteral("Oskar Berg")
                                    << QString() << QStringLiteral("ACTIVE");
        QTest::newRow("Wren Aldana") << QStringLiteral("wren.aldana@example.com") << QStringLiteral("Wren Aldana")
                                     << QStringLiteral("wren.aldana") << QStringLiteral("ACTIVE");
        QTest::newRow("Priya Raman") << QStringLiteral("priya.raman@example.com") << QStringLiteral("Priya Raman")
                                     << QStringLiteral("praman") << QStringLiteral("SUSPENDED");
        QTest::newRow("Alex Morgan") << QStringLiteral("alex.morgan@example.com") << QStringLiteral("Alex Morgan")
                                     << QString() << QStringLiteral("ACTIVE");
        QTest::newRow("Hana Kobayashi") << QStringLiteral("hana.kobayashi@example.com")
                                        << QStringLiteral("Hana Kobayashi") << QString() << QStringLiteral("ACTIVE");
        QTest::newRow("Cordon Service") << QStringLiteral("svc-cordon@example.com") << QStringLiteral("Cordon Service")
                                        << QString() << QStringLiteral("ACTIVE");
    }
    void demoOrgKeyPeople()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, samAccountName);
        QFETCH(QString, status);
        const QJsonObject user = demoUser(login);
        QVERIFY2(!user.isEmpty(), qPrintable(login));
        QCOMPARE(user.value(QLatin1String("id")).toString().size(), 20);
        QVERIFY(user.value(QLatin1String("id")).toString().startsWith(QLatin1String("00u")));
        QCOMPARE(user.value(QLatin1String("status")).toString(), status);
        const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                     profile.value(QLatin1String("lastName")).toString(),
                 name);
        QCOMPARE(profile.value(QLatin1String("email")).toString(), login);
        QCOMPARE(profile.value(QLatin1String("samAccountName")).toString(), samAccountName);
        const QJsonObject provider =
            user.value(QLatin1String("credentials")).toObject().value(QLatin1String("provider")).toObject();
        if (samAccountName.isEmpty()) {
            QCOMPARE(provider.value(QLatin1String("type")).toString(), QStringLiteral("OKTA"));
        } else {
            QCOMPARE(provider.value(QLatin1String("type")).toString(), QStringLiteral("ACTIVE_DIRECTORY"));
            QCOMPARE(provider.value(QLatin1String("name")).toString(), QStringLiteral("ad.example.com"));
            QVERIFY(profile.value(QLatin1String("objectSid")).toString().startsWith(QLatin1String("S-1-5-21-")));
        }
    }

    void demoOrgShape()
    {
        const QJsonObject directory = OktaSimServer::demoDirectory();
        const QJsonArray users = directory.value(QLatin1String("users")).toArray();
        QVERIFY(users.size() >= 45 && users.size() <= 60);
        QStringList statuses;
        for (const QJsonValue& user : users) {
            statuses.append(user.toObject().value(QLatin1String("status")).toString());
        }
        QVERIFY(statuses.contains(QStringLiteral("STAGED")));
        QVERIFY(statuses.contains(QStringLiteral("LOCKED_OUT")));

        QString type;
        QCOMPARE(groupIdsNamed(QStringLiteral("Everyone"), &type).size(), 1);
        QCOMPARE(type, QStringLiteral("BUILT_IN"));
        QCOMPARE(groupIdsNamed(QStringLiteral("Limited Data Access"), &type).size(), 1);
        QCOMPARE(type, QStringLiteral("OKTA_GROUP"));
        QCOMPARE(groupIdsNamed(QStringLiteral("Engineering"), &type).size(), 1);
        QCOMPARE(groupIdsNamed(QStringLiteral("Protected Executives"), &type).size(), 1);
        QCOMPARE(groupIdsNamed(QStringLiteral("Contractors"), &type).size(), 2);
        QCOMPARE(type, QStringLiteral("OKTA_GROUP"));
        QCOMPARE(groupIdsNamed(QStringLiteral("AD Domain Users"), &type).size(), 1);
        QCOMPARE(type, QStringLiteral("APP_GROUP"));

        const QJsonObject members = directory.value(QLatin1String("groupMembers")).toObject();
        QCOMPARE(members.value(groupIdsNamed(QStringLiteral("Everyone")).first()).toArray().size(), users.size());
        QVERIFY(members.value(groupIdsNamed(QStringLiteral("Protected Executives")).first())
                    .toArray()
                    .contains(demoUser(QStringLiteral("maria.castellanos@example.com")).value(QLatin1String("id"))));

        const QJsonObject tokens = directory.value(QLatin1String("tokens")).toObject();
        const QString service =
            demoUser(QStringLiteral("svc-cordon@example.com")).value(QLatin1String("id")).toString();
        const QString alex = demoUser(QStringLiteral("alex.morgan@example.com")).value(QLatin1String("id")).toString();
        QCOMPARE(tokens.value(QLatin1String("demo-org-admin-token")).toString(), service);
        QCOMPARE(tokens.value(QLatin1String("demo-super-admin-token")).toString(), alex);
        const QJsonObject roles = directory.value(QLatin1String("adminRoles")).toObject();
        QCOMPARE(roles.value(service).toArray().first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("ORG_ADMIN"));
        QCOMPARE(roles.value(alex).toArray().first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("SUPER_ADMIN"));
        const QString hana =
            demoUser(QStringLiteral("hana.kobayashi@example.com")).value(QLatin1String("id")).toString();
        QCOMPARE(roles.value(hana).toArray().first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("HELP_DESK_ADMIN"));

        const QString joren = demoUser(QStringLiteral("joren.m@example.com")).value(QLatin1String("id")).toString();
        const QJsonObject sessions = directory.value(QLatin1String("sessions")).toObject().value(joren).toObject();
        QCOMPARE(sessions.value(QLatin1String("sessions")).toInt(), 2);
        QCOMPARE(sessions.value(QLatin1String("oauthTokens")).toInt(), 3);
    }

    void listensOnLoopbackOnly()
    {
        OktaSimServer server;
        QString error;
        QVERIFY(!server.listen(QHostAddress::Any, 0, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!server.listen(QHostAddress(QStringLiteral("10.0.0.1")), 0, &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
        QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.baseUrl().port() > 0);
    }

    void servesTheDemoOrgInProcess()
    {
        OktaSimServer server;
        QString error;
        QVERIFY(server.setOptions({}, &error));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/api/v1/users/me")));
        request.setRawHeader("Authorization", "SSWS demo-org-admin-token");
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->rawHeader("X-Okta-Request-Id").isEmpty());
        reply->deleteLater();
    }

    void refusesBadOptionsAndDirectories()
    {
        OktaSimServer server;
        QString error;
        OktaSimServer::Options options;
        options.faults = {QStringLiteral("GET /api/v1/users")};
        QVERIFY(!server.setOptions(options, &error));
        QVERIFY(!error.isEmpty());
        QJsonObject directory = OktaSimServer::demoDirectory();
        directory.insert(QStringLiteral("groupMembers"),
                         QJsonObject{{QStringLiteral("00gnothere"), QJsonArray{QStringLiteral("00unothere")}}});
        QVERIFY(!server.loadDirectory(directory, &error));
        QVERIFY(server.loadDirectory(OktaSimServer::demoDirectory(), &error));
    }
};

QTEST_GUILESS_MAIN(TestOktaSimServer)
#include "tst_oktasimserver.moc"
