#include "SimProcess.h"

#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using cordon::test::HttpResult;
using cordon::test::SimProcess;

// The Okta API as cordon-okta-sim serves it, over real HTTP: every expectation comes from
// docs/okta.md or Okta's OpenAPI spec, and the demo org's fixed names (docs/simulator.md §Demo org).
class TestOktaSimApi : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    QString m_joren;

    static QString encoded(const QString& text) { return QString::fromUtf8(QUrl::toPercentEncoding(text)); }
    QStringList searchLogins(const QString& parameter, const QString& expression, int* status = nullptr)
    {
        const HttpResult result =
            m_sim.send("GET", QStringLiteral("/api/v1/users?%1=%2").arg(parameter, encoded(expression)));
        if (status) {
            *status = result.status;
        }
        QStringList logins;
        for (const QJsonValue& user : result.array()) {
            logins.append(
                user.toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString());
        }
        logins.sort();
        return logins;
    }
    static void verifyError(const HttpResult& result, int status, const char* code)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.value(QLatin1String("errorCode")).toString(), QLatin1String(code));
        QCOMPARE(error.value(QLatin1String("errorLink")).toString(), QLatin1String(code));
        QVERIFY(!error.value(QLatin1String("errorSummary")).toString().isEmpty());
        QVERIFY(!error.value(QLatin1String("errorId")).toString().isEmpty());
        QVERIFY(error.value(QLatin1String("errorCauses")).isArray());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        QCOMPARE(m_sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        m_joren = m_sim.userId(SimProcess::jorenLogin());
        QCOMPARE(m_joren.size(), 20);
        QVERIFY(m_joren.startsWith(QLatin1String("00u")));
    }
    void init() { m_sim.reset(); }

    void getUserByIdLoginAndEncodedLogin()
    {
        const HttpResult byId = m_sim.send("GET", QStringLiteral("/api/v1/users/") + m_joren);
        QCOMPARE(byId.status, 200);
        const QJsonObject user = byId.object();
        QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("samAccountName")).toString(), QStringLiteral("joren"));
        QCOMPARE(profile.value(QLatin1String("department")).toString(), QStringLiteral("Engineering"));
        QCOMPARE(user.value(QLatin1String("credentials"))
                     .toObject()
                     .value(QLatin1String("provider"))
                     .toObject()
                     .value(QLatin1String("type")),
                 QStringLiteral("ACTIVE_DIRECTORY"));
        QVERIFY(byId.header("ETag").startsWith("W/\""));
        QVERIFY(user.value(QLatin1String("_links")).toObject().contains(QLatin1String("suspend")));

        const HttpResult byLogin = m_sim.send("GET", QStringLiteral("/api/v1/users/joren.m%40example.com"));
        QCOMPARE(byLogin.status, 200);
        QCOMPARE(byLogin.object().value(QLatin1String("id")).toString(), m_joren);
    }

    void unknownUserIsOktasNotFound()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users/00unotarealuser00000"));
        verifyError(result, 404, "E0000007");
        QVERIFY(result.object()
                    .value(QLatin1String("errorSummary"))
                    .toString()
                    .startsWith(QLatin1String("Not found: Resource not found: 00unotarealuser00000")));
    }

    void meIsTheTokensAdmin()
    {
        const HttpResult me = m_sim.send("GET", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString(),
                 QStringLiteral("svc-cordon@example.com"));
        const HttpResult roles = m_sim.send("GET", QStringLiteral("/api/v1/users/me/roles"));
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.array().size(), 1);
        QCOMPARE(roles.array().first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("ORG_ADMIN"));
        const HttpResult super =
            m_sim.send("GET", QStringLiteral("/api/v1/users/me/roles"), SimProcess::superAdminToken());
        QCOMPARE(super.array().first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("SUPER_ADMIN"));
    }

    void everyAnswerHasARequestId()
    {
        const HttpResult a = m_sim.send("GET", QStringLiteral("/api/v1/users/me"));
        const HttpResult b = m_sim.send("GET", QStringLiteral("/api/v1/users/nobody"));
        QVERIFY(!a.header("X-Okta-Request-Id").isEmpty());
        QVERIFY(!b.header("X-Okta-Request-Id").isEmpty());
        QVERIFY(a.header("X-Okta-Request-Id") != b.header("X-Okta-Request-Id"));
    }

    void badTokenIs401_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("missing") << QString();
        QTest::newRow("unknown") << QStringLiteral("not-a-token");
        QTest::newRow("another scheme's word") << QStringLiteral("Bearer demo-org-admin-token");
    }
    void badTokenIs401()
    {
        QFETCH(QString, token);
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users/me"), token);
        verifyError(result, 401, "E0000011");
        QCOMPARE(result.object().value(QLatin1String("errorSummary")).toString(),
                 QStringLiteral("Invalid token provided"));
    }

    void suspendStateMachine()
    {
        const QString suspend = QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(m_joren);
        const QString unsuspend = QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(m_joren);
        HttpResult result = m_sim.send("POST", suspend);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("{}"));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
        // Suspending clears the user's Okta sessions (docs/okta.md §Lifecycle).
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 0);

        verifyError(m_sim.send("POST", suspend), 400, "E0000001");
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));

        result = m_sim.send("POST", unsuspend);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("{}"));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        verifyError(m_sim.send("POST", unsuspend), 400, "E0000001");
    }

    void suspendRefusedForNonActiveStates_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("deprovisioned") << QStringLiteral("joren.maes@example.com");
        QTest::newRow("staged") << QStringLiteral("sam.okafor@example.com");
        QTest::newRow("locked out") << QStringLiteral("lena.vogt@example.com");
        QTest::newRow("suspended") << QStringLiteral("priya.raman@example.com");
    }
    void suspendRefusedForNonActiveStates()
    {
        QFETCH(QString, login);
        const QString before = m_sim.user(login).value(QLatin1String("status")).toString();
        QVERIFY(!before.isEmpty() && before != QLatin1String("ACTIVE"));
        const QString id = m_sim.user(login).value(QLatin1String("id")).toString();
        verifyError(m_sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(id)), 400, "E0000001");
        QCOMPARE(m_sim.user(login).value(QLatin1String("status")).toString(), before);
    }

    void helpDeskAdminCannotSuspendButCanClearSessions()
    {
        verifyError(m_sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(m_joren),
                               SimProcess::helpDeskToken()),
                    403, "E0000006");
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(
            m_sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions").arg(m_joren), SimProcess::helpDeskToken())
                .status,
            204);
    }

    void permissionsFollowAdminRoles_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString user = QStringLiteral("demo-user-token");
        const QString helpDesk = SimProcess::helpDeskToken();
        QTest::newRow("no role: who am I") << user << QByteArray("GET") << QStringLiteral("/api/v1/users/me") << 200;
        QTest::newRow("no role: list users") << user << QByteArray("GET") << QStringLiteral("/api/v1/users") << 403;
        QTest::newRow("no role: clear sessions")
            << user << QByteArray("DELETE") << QStringLiteral("/api/v1/users/%1/sessions") << 403;
        QTest::newRow("help desk: list users")
            << helpDesk << QByteArray("GET") << QStringLiteral("/api/v1/users") << 200;
        QTest::newRow("help desk: add to group")
            << helpDesk << QByteArray("PUT") << QStringLiteral("/api/v1/groups/%2/users/%1") << 403;
        QTest::newRow("help desk: unsuspend")
            << helpDesk << QByteArray("POST") << QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend") << 403;
        QTest::newRow("super admin: suspend") << SimProcess::superAdminToken() << QByteArray("POST")
                                              << QStringLiteral("/api/v1/users/%1/lifecycle/suspend") << 200;
        QTest::newRow("super admin: add to group") << SimProcess::superAdminToken() << QByteArray("PUT")
                                                   << QStringLiteral("/api/v1/groups/%2/users/%1") << 204;
    }
    void permissionsFollowAdminRoles()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        if (path.contains(QLatin1String("%2"))) {
            path = path.arg(m_joren, m_sim.groupId(QStringLiteral("Limited Data Access")));
        } else if (path.contains(QLatin1String("%1"))) {
            path = path.arg(m_joren);
        }
        const QJsonObject before = m_sim.user(m_joren);
        const HttpResult result = m_sim.send(method, path, token);
        if (status == 403) {
            verifyError(result, 403, "E0000006");
            QCOMPARE(m_sim.user(m_joren), before);
        } else {
            QCOMPARE(result.status, status);
        }
    }

    void clearSessionsKeepsOAuthTokensUnlessAsked()
    {
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 2);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("oauthTokens")).toInt(), 3);
        HttpResult result = m_sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions").arg(m_joren));
        QCOMPARE(result.status, 204);
        QVERIFY(result.body.isEmpty());
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 0);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("oauthTokens")).toInt(), 3);

        m_sim.setSessions(m_joren, 4, 5);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 4);
        result = m_sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions?oauthTokens=true").arg(m_joren));
        QCOMPARE(result.status, 204);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 0);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("oauthTokens")).toInt(), 0);
    }

    void oktaGroupMembershipChanges()
    {
        const QString limited = m_sim.groupId(QStringLiteral("Limited Data Access"));
        QVERIFY(!limited.isEmpty());
        const QString path = QStringLiteral("/api/v1/groups/%1/users/%2").arg(limited, m_joren);
        HttpResult result = m_sim.send("PUT", path);
        QCOMPARE(result.status, 204);
        QVERIFY(m_sim.user(m_joren).value(QLatin1String("groups")).toArray().contains(limited));
        QCOMPARE(m_sim.send("PUT", path).status, 204);

        bool listed = false;
        const QJsonArray groups = m_sim.send("GET", QStringLiteral("/api/v1/users/%1/groups").arg(m_joren)).array();
        QCOMPARE(groups.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("BUILT_IN"));
        for (const QJsonValue& group : groups) {
            listed = listed || group.toObject().value(QLatin1String("id")).toString() == limited;
        }
        QVERIFY(listed);

        result = m_sim.send("DELETE", path);
        QCOMPARE(result.status, 204);
        QVERIFY(!m_sim.user(m_joren).value(QLatin1String("groups")).toArray().contains(limited));
    }

    void builtInAndAppGroupsRefuseChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("Everyone, remove") << QStringLiteral("Everyone") << QByteArray("DELETE");
        QTest::newRow("AD Domain Users, add") << QStringLiteral("AD Domain Users") << QByteArray("PUT");
        QTest::newRow("AD Domain Users, remove") << QStringLiteral("AD Domain Users") << QByteArray("DELETE");
    }
    void builtInAndAppGroupsRefuseChanges()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, method);
        const QString group = m_sim.groupId(name);
        QVERIFY(!group.isEmpty());
        const QString oskar = m_sim.userId(QStringLiteral("oskar.berg@example.com"));
        const bool memberBefore = m_sim.user(oskar).value(QLatin1String("groups")).toArray().contains(group);
        const HttpResult result = m_sim.send(method, QStringLiteral("/api/v1/groups/%1/users/%2").arg(group, oskar));
        QVERIFY(result.status >= 400 && result.status < 500);
        QVERIFY(!result.object().value(QLatin1String("errorCode")).toString().isEmpty());
        QCOMPARE(m_sim.user(oskar).value(QLatin1String("groups")).toArray().contains(group), memberBefore);
    }

    void contractorsNameMatchesTwoGroups()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/groups?q=Contractors"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 2);
        QVERIFY(m_sim.groupId(QStringLiteral("Contractors")).isEmpty());
        const HttpResult search = m_sim.send("GET", QStringLiteral("/api/v1/groups?search=") +
                                                        encoded(QStringLiteral("type eq \"OKTA_GROUP\"")));
        QCOMPARE(search.status, 200);
        for (const QJsonValue& group : search.array()) {
            QCOMPARE(group.toObject().value(QLatin1String("type")).toString(), QStringLiteral("OKTA_GROUP"));
        }
        QCOMPARE(search.array().size(), 5);
    }

    void search_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("logins");
        const QStringList jorens = {QStringLiteral("joren.m@example.com"), QStringLiteral("joren.maes@example.com"),
                                    QStringLiteral("joren.martens@example.com")};
        QTest::newRow("custom attribute eq") << QStringLiteral("profile.samAccountName eq \"joren\"")
                                             << QStringList{QStringLiteral("joren.m@example.com")};
        QTest::newRow("value case-insensitive") << QStringLiteral("profile.samAccountName eq \"JOREN\"")
                                                << QStringList{QStringLiteral("joren.m@example.com")};
        QTest::newRow("operator case-insensitive") << QStringLiteral("profile.samAccountName EQ \"joren\"")
                                                   << QStringList{QStringLiteral("joren.m@example.com")};
        QTest::newRow("includes deprovisioned") << QStringLiteral("profile.firstName eq \"Joren\"") << jorens;
        QTest::newRow("sw") << QStringLiteral("profile.login sw \"joren.ma\"")
                            << QStringList{QStringLiteral("joren.maes@example.com"),
                                           QStringLiteral("joren.martens@example.com")};
        QTest::newRow("co on login") << QStringLiteral("profile.login co \"ren.mar\"")
                                     << QStringList{QStringLiteral("joren.martens@example.com")};
        QTest::newRow("and") << QStringLiteral("profile.firstName eq \"Joren\" and status eq \"ACTIVE\"")
                             << QStringList{QStringLiteral("joren.m@example.com"),
                                            QStringLiteral("joren.martens@example.com")};
        QTest::newRow("or") << QStringLiteral(
                                   "profile.samAccountName eq \"joren\" or profile.samAccountName eq \"jmaes\"")
                            << QStringList{QStringLiteral("joren.m@example.com"),
                                           QStringLiteral("joren.maes@example.com")};
        QTest::newRow("parentheses")
            << QStringLiteral("(profile.samAccountName eq \"joren\" or profile.samAccountName eq \"jmaes\") and "
                              "status eq \"DEPROVISIONED\"")
            << QStringList{QStringLiteral("joren.maes@example.com")};
        QTest::newRow("diacritics significant") << QStringLiteral("profile.lastName eq \"Muller\"") << QStringList();
        QTest::newRow("diacritics match") << QStringLiteral("profile.lastName eq \"Müller\"")
                                          << QStringList{QStringLiteral("jonas.mueller@example.com")};
        QTest::newRow("id") << QStringLiteral("id eq \"%1\"") << QStringList{QStringLiteral("joren.m@example.com")};
        QTest::newRow("escaped quote matches nothing")
            << QStringLiteral("profile.lastName eq \"Ma\\\"es\"") << QStringList();
    }
    void search()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, logins);
        if (expression.contains(QLatin1String("%1"))) {
            expression = expression.arg(m_joren);
        }
        int status = 0;
        const QStringList found = searchLogins(QStringLiteral("search"), expression, &status);
        QCOMPARE(status, 200);
        QCOMPARE(found, logins);
    }

    void searchRefusals_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("code");
        QTest::newRow("co on a custom attribute")
            << QStringLiteral("search") << QStringLiteral("profile.samAccountName co \"jor\"")
            << QStringLiteral("E0000031");
        QTest::newRow("co on department") << QStringLiteral("search") << QStringLiteral("profile.department co \"Eng\"")
                                          << QStringLiteral("E0000031");
        QTest::newRow("ne") << QStringLiteral("search") << QStringLiteral("status ne \"ACTIVE\"")
                            << QStringLiteral("E0000031");
        QTest::newRow("unclosed quote") << QStringLiteral("search") << QStringLiteral("profile.login eq \"joren")
                                        << QStringLiteral("E0000031");
        QTest::newRow("unbalanced parenthesis")
            << QStringLiteral("search") << QStringLiteral("(status eq \"ACTIVE\"") << QStringLiteral("E0000031");
        QTest::newRow("unquoted value") << QStringLiteral("search") << QStringLiteral("status eq ACTIVE")
                                        << QStringLiteral("E0000031");
        QTest::newRow("property name case-sensitive")
            << QStringLiteral("search") << QStringLiteral("profile.SamAccountName eq \"joren\"")
            << QStringLiteral("E0000031");
        QTest::newRow("filter sw") << QStringLiteral("filter") << QStringLiteral("profile.login sw \"joren\"")
                                   << QStringLiteral("E0000094");
        QTest::newRow("filter custom attribute")
            << QStringLiteral("filter") << QStringLiteral("profile.samAccountName eq \"joren\"")
            << QStringLiteral("E0000094");
    }
    void searchRefusals()
    {
        QFETCH(QString, parameter);
        QFETCH(QString, expression);
        QFETCH(QString, code);
        const HttpResult result =
            m_sim.send("GET", QStringLiteral("/api/v1/users?%1=%2").arg(parameter, encoded(expression)));
        verifyError(result, 400, code.toLatin1().constData());
    }

    void escapedBackslashAndQuoteInValues()
    {
        // A value with a quote and a backslash, written as Okta expects: \" and \\ inside the quotes.
        QStringList found = searchLogins(QStringLiteral("search"), QStringLiteral("profile.login eq \"a\\\"b\\\\c\""));
        QVERIFY(found.isEmpty());
        found = searchLogins(QStringLiteral("search"), QStringLiteral("profile.lastName eq \"Mueller-Schmidt\""));
        QCOMPARE(found, QStringList{QStringLiteral("jonas.ms@example.com")});
    }

    void filterIsCaseSensitive()
    {
        QCOMPARE(searchLogins(QStringLiteral("filter"), QStringLiteral("profile.login eq \"joren.m@example.com\"")),
                 QStringList{QStringLiteral("joren.m@example.com")});
        QCOMPARE(searchLogins(QStringLiteral("filter"), QStringLiteral("profile.login eq \"JOREN.M@example.com\"")),
                 QStringList());
        const QStringList suspended = searchLogins(QStringLiteral("filter"), QStringLiteral("status eq \"SUSPENDED\""));
        QCOMPARE(suspended, QStringList{QStringLiteral("priya.raman@example.com")});
    }

    void qOmitsDeprovisioned()
    {
        const QStringList found = searchLogins(QStringLiteral("q"), QStringLiteral("joren"));
        QVERIFY(found.contains(QStringLiteral("joren.m@example.com")));
        QVERIFY(found.contains(QStringLiteral("joren.martens@example.com")));
        QVERIFY(!found.contains(QStringLiteral("joren.maes@example.com")));
        // The same people through search, which includes DEPROVISIONED users.
        QVERIFY(searchLogins(QStringLiteral("search"), QStringLiteral("profile.firstName sw \"joren\""))
                    .contains(QStringLiteral("joren.maes@example.com")));
    }

    void qDefaultsToTenAndDoesNotPage()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users?q=j"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 10);
        for (const QByteArray& link : result.headerValues("Link")) {
            QVERIFY(!link.contains("rel=\"next\""));
        }
    }

    void listWithoutParametersOmitsDeprovisioned()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.array().size() >= 45);
        for (const QJsonValue& user : result.array()) {
            QVERIFY(user.toObject().value(QLatin1String("status")).toString() != QLatin1String("DEPROVISIONED"));
        }
    }

    void pagingFollowsLinkHeaders()
    {
        const QList<HttpResult> pages = m_sim.pages(QStringLiteral("/api/v1/users?limit=7"));
        QVERIFY(pages.size() >= 7);
        QStringList ids;
        for (const HttpResult& page : pages) {
            QCOMPARE(page.status, 200);
            QVERIFY(page.link("self").isValid());
            const bool last = &page == &pages.last();
            QCOMPARE(page.link("next").isValid(), !last);
            QVERIFY(last ? page.array().size() <= 7 : page.array().size() == 7);
            if (!last) {
                QCOMPARE(page.link("next").host(), m_sim.baseUrl().host());
            }
            for (const QJsonValue& user : page.array()) {
                ids.append(user.toObject().value(QLatin1String("id")).toString());
            }
        }
        const QSet<QString> unique(ids.begin(), ids.end());
        QCOMPARE(unique.size(), ids.size());
        QCOMPARE(ids.size(), m_sim.send("GET", QStringLiteral("/api/v1/users")).array().size());
    }

    void linkHeadersAreSeparateLines()
    {
        // Okta sends self and next as two Link header lines (docs/okta.md §Paging).
        QTcpSocket socket;
        socket.connectToHost(m_sim.baseUrl().host(), quint16(m_sim.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/users?limit=2 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: SSWS " +
                     SimProcess::demoToken().toLatin1() + "\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5000);
        const QList<QByteArray> lines = answer.left(answer.indexOf("\r\n\r\n")).split('\n');
        QStringList links;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("link:")) {
                links.append(QString::fromUtf8(line.trimmed()));
            }
        }
        QCOMPARE(links.size(), 2);
        QVERIFY(links.at(0).endsWith(QLatin1String("rel=\"self\"")));
        QVERIFY(links.at(1).endsWith(QLatin1String("rel=\"next\"")));
        QVERIFY(links.at(1).contains(QLatin1String("after=")));
    }

    void searchSortsAndPagesInOrder()
    {
        const QString search = QStringLiteral("profile.firstName sw \"jo\"");
        const QList<HttpResult> pages = m_sim.pages(
            QStringLiteral("/api/v1/users?limit=4&sortBy=profile.lastName&sortOrder=desc&search=") + encoded(search));
        QVERIFY(pages.size() >= 3);
        QStringList lastNames;
        for (const HttpResult& page : pages) {
            QCOMPARE(page.status, 200);
            for (const QJsonValue& user : page.array()) {
                lastNames.append(user.toObject()
                                     .value(QLatin1String("profile"))
                                     .toObject()
                                     .value(QLatin1String("lastName"))
                                     .toString());
            }
        }
        QCOMPARE(lastNames.size(), searchLogins(QStringLiteral("search"), search).size());
        for (qsizetype i = 1; i < lastNames.size(); ++i) {
            QVERIFY2(lastNames.at(i - 1).toCaseFolded() >= lastNames.at(i).toCaseFolded(),
                     qPrintable(lastNames.join(u',')));
        }
    }

    void headIsGetWithoutBody()
    {
        const HttpResult result = m_sim.send("HEAD", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.isEmpty());
        QVERIFY(!result.header("X-Okta-Request-Id").isEmpty());
    }

    void groupListsPage_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("groups") << QStringLiteral("/api/v1/groups?limit=3") << 3;
        QTest::newRow("Everyone's members") << QStringLiteral("/api/v1/groups/%1/users?limit=20") << 20;
        QTest::newRow("a user's groups") << QStringLiteral("/api/v1/users/%2/groups?limit=1") << 1;
    }
    void groupListsPage()
    {
        QFETCH(QString, first);
        QFETCH(int, pageSize);
        if (first.contains(QLatin1String("%1"))) {
            first = first.arg(m_sim.groupId(QStringLiteral("Everyone")));
        }
        if (first.contains(QLatin1String("%2"))) {
            first = first.arg(m_joren);
        }
        const QList<HttpResult> pages = m_sim.pages(first);
        QVERIFY(pages.size() >= 3);
        QSet<QString> ids;
        for (const HttpResult& page : pages) {
            QCOMPARE(page.status, 200);
            QVERIFY(page.array().size() <= pageSize);
            for (const QJsonValue& item : page.array()) {
                ids.insert(item.toObject().value(QLatin1String("id")).toString());
            }
        }
        const QString unpaged = first.section(QLatin1Char('?'), 0, 0) + QStringLiteral("?limit=1000");
        QCOMPARE(ids.size(), m_sim.send("GET", unpaged).array().size());
    }

    void groupStats()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/groups?q=Protected&expand=stats"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 1);
        const QJsonObject stats = result.array()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("_embedded"))
                                      .toObject()
                                      .value(QLatin1String("stats"))
                                      .toObject();
        QCOMPARE(stats.value(QLatin1String("usersCount")).toInt(), 1);
    }

    void limitIsCappedAt200()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users?limit=5000"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.array().size() <= 200);
    }

    void groupMembersAndGroup()
    {
        const QString executives = m_sim.groupId(QStringLiteral("Protected Executives"));
        const HttpResult group = m_sim.send("GET", QStringLiteral("/api/v1/groups/") + executives);
        QCOMPARE(group.status, 200);
        QCOMPARE(group.object().value(QLatin1String("type")).toString(), QStringLiteral("OKTA_GROUP"));
        const HttpResult members = m_sim.send("GET", QStringLiteral("/api/v1/groups/%1/users").arg(executives));
        QCOMPARE(members.status, 200);
        QCOMPARE(members.array().size(), 1);
        QCOMPARE(members.array()
                     .first()
                     .toObject()
                     .value(QLatin1String("profile"))
                     .toObject()
                     .value(QLatin1String("login"))
                     .toString(),
                 QStringLiteral("maria.castellanos@example.com"));
        verifyError(m_sim.send("GET", QStringLiteral("/api/v1/groups/00gnotarealgroup0000")), 404, "E0000007");
    }

    void userSchemaDeclaresCustomAttributes()
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/meta/schemas/user/default"));
        QCOMPARE(result.status, 200);
        const QJsonObject definitions = result.object().value(QLatin1String("definitions")).toObject();
        const QJsonObject custom =
            definitions.value(QLatin1String("custom")).toObject().value(QLatin1String("properties")).toObject();
        QVERIFY(custom.contains(QLatin1String("samAccountName")));
        QVERIFY(custom.contains(QLatin1String("objectSid")));
        const QJsonObject base =
            definitions.value(QLatin1String("base")).toObject().value(QLatin1String("properties")).toObject();
        QVERIFY(base.contains(QLatin1String("login")));
        QVERIFY(!base.contains(QLatin1String("samAccountName")));
    }

    void postWithoutContentLengthIs411()
    {
        // Okta answers 411 to a POST or PUT without Content-Length (docs/okta.md §Requests), and does nothing.
        QTcpSocket socket;
        socket.connectToHost(m_sim.baseUrl().host(), quint16(m_sim.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/users/" + m_joren.toLatin1() +
                     "/lifecycle/suspend HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: SSWS " +
                     SimProcess::demoToken().toLatin1() + "\r\nAccept: application/json\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    }

    void unknownRouteAndWrongMethod()
    {
        verifyError(m_sim.send("GET", QStringLiteral("/api/v1/nothing-here")), 404, "E0000007");
        verifyError(m_sim.send("GET", QStringLiteral("/api/v2/users")), 404, "E0000007");
        // Outside /api there is nothing, and the request log, which lists API calls, stays as it was.
        const qsizetype logged = m_sim.requests().size();
        QCOMPARE(m_sim.send("GET", QStringLiteral("/favicon.ico")).status, 404);
        QCOMPARE(m_sim.requests().size(), logged);
        verifyError(m_sim.send("GET", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(m_joren)), 405,
                    "E0000022");
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    }
};

QTEST_GUILESS_MAIN(TestOktaSimApi)
#include "tst_oktasimapi.moc"
