#include "CordonCtl.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// The fault matrix: every Okta call a containment or a release makes, failing in every way the simulator
// knows, one row per (fault, call). Each row runs the real cordonctl and states what the analyst sees, the
// exit code, that the run ends within a generous ceiling, that no change is sent more often than the
// fault explains, that the journal is settled (or resumes to Okta's true state), and that the audit log
// holds the outcome with Okta's request id and still verifies. The README's Reliability table is this one.
//
// The rows are split over four programs (look-ups, containing actions, releasing actions, credential actions) so
// that ctest runs them side by side; FAULTMATRIX_PART picks the part. A credential action is sent once whatever
// the answer: the fault that a change recovers from fails it.

namespace
{

// What cordonctl waits for one answer in these runs (CORDON_OKTA_TIMEOUT_MS), and its first retry delay.
constexpr int kAnswerTimeoutMs = 1500;
constexpr int kRetryDelayMs = 50;
// A late answer comes well after that wait; the change it answers is made when the request arrives.
constexpr int kLateMs = 4000;
// A ceiling for one cordonctl run, far above what any row needs: a run that hangs fails here.
constexpr int kCeilingMs = 60000;
// Retries after the first send, for a look-up or a 5xx answer (OktaClient's default).
constexpr int kRetries = 3;
// How often Qt's HTTP/1.1 layer may itself send a request again when the connection closes before any answer: it
// reconnects twice. Under load a reset attempt was seen three times.
constexpr int kTransportReconnects = 2;

const QString kGroup = QStringLiteral("Limited Data Access");
const QString kJoren = QStringLiteral("joren.m@example.com");
// Suspended and in the restricted group in the demo org: the one to release.
const QString kPriya = QStringLiteral("priya.raman@example.com");

enum class Part
{
    Lookups,
    Contain,
    Release,
    Credentials,
};

struct Call
{
    const char* name;
    Part part;
    const char* method;
    const char* path; // {user}, {group} and {factor} are the Okta ids
    // The action whose own result shows the fault; empty for a look-up that stops the whole run.
    const char* action;
};

const Call kCalls[] = {
    {"get-user", Part::Lookups, "GET", "/api/v1/users/{user}", ""},
    {"roles", Part::Lookups, "GET", "/api/v1/users/{user}/roles", ""},
    {"group-lookup", Part::Lookups, "GET", "/api/v1/groups", "add-group:Limited Data Access"},
    {"clear-sessions", Part::Contain, "DELETE", "/api/v1/users/{user}/sessions", "clear-sessions"},
    {"suspend", Part::Contain, "POST", "/api/v1/users/{user}/lifecycle/suspend", "suspend"},
    {"add-group", Part::Contain, "PUT", "/api/v1/groups/{group}/users/{user}", "add-group:Limited Data Access"},
    {"unsuspend", Part::Release, "POST", "/api/v1/users/{user}/lifecycle/unsuspend", "unsuspend"},
    {"remove-group", Part::Release, "DELETE", "/api/v1/groups/{group}/users/{user}",
     "remove-group:Limited Data Access"},
    {"set-risk", Part::Credentials, "PUT", "/api/v1/users/{user}/risk", "risk:HIGH"},
    {"universal-logout", Part::Credentials, "POST", "/oauth2/v1/global-token-revocation", "universal-logout"},
    {"remove-factor", Part::Credentials, "DELETE", "/api/v1/users/{user}/factors/{factor}",
     "revoke-factors-since:2026-11-27T08:27:53Z"},
    {"reset-factors", Part::Credentials, "POST", "/api/v1/users/{user}/lifecycle/reset_factors", "reset-factors"},
    {"expire-password", Part::Credentials, "POST", "/api/v1/users/{user}/lifecycle/expire_password", "expire-password"},
};

// How a fault answers.
enum class Answer
{
    Recovers,  // the call succeeds in the end
    OktaError, // Okta's error object, with its code and request id
    NoAnswer,  // no HTTP answer at all, and no effect
    Late,      // the change is made, the answer comes after cordonctl stopped waiting
    Html,      // a proxy's 502 page
    BadJson,   // 200 with a body cut short; the change is made
};

struct Fault
{
    const char* name;
    QString rule;
    Answer answer;
    int status;            // of the final answer, for OktaError
    const char* errorCode; // Okta's, for OktaError
    int sendsWhenItRecovers;
};

const QList<Fault>& faults()
{
    static const QList<Fault> list = {
        {"503-once", QStringLiteral("503x1"), Answer::Recovers, 0, "", 2},
        {"503-always", QStringLiteral("503"), Answer::OktaError, 503, "E0000010", 0},
        {"500", QStringLiteral("500"), Answer::OktaError, 500, "E0000009", 0},
        {"429-reset", QStringLiteral("429x1"), Answer::Recovers, 0, "", 2},
        {"timeout", QStringLiteral("timeout"), Answer::NoAnswer, 0, "", 0},
        {"reset", QStringLiteral("reset"), Answer::NoAnswer, 0, "", 0},
        {"slow", QStringLiteral("slow:300"), Answer::Recovers, 0, "", 1},
        {"late", QStringLiteral("slow:%1").arg(kLateMs), Answer::Late, 0, "", 0},
        {"html", QStringLiteral("html"), Answer::Html, 502, "", 0},
        {"badjson", QStringLiteral("badjson"), Answer::BadJson, 0, "", 0},
        {"401-revoked", QStringLiteral("401"), Answer::OktaError, 401, "E0000011", 0},
        {"403-scope", QStringLiteral("403"), Answer::OktaError, 403, "E0000006", 0},
    };
    return list;
}

// What a row must show.
struct Expectation
{
    int exitCode = 0;
    QString outcome;   // of the faulted call's action, or of every action when a user look-up fails
    QString errorCode; // Okta's, in the JSON result
    int status = 0;    // the HTTP status in the JSON result
    bool requestId = false;
    int sends = 1; // requests for the faulted path
    // Qt's HTTP/1.1 layer may send a request once more on its own: how many more it may add.
    int transportResends = 0;
    // Answers to a change after which it was sent again, each audited as "retried".
    int retries = 0;
    // The change lost its answer: the journal keeps it for `journal resume`, which settles it from Okta's state.
    bool unfinished = false;
    QString resolution;       // journal resume's, when unfinished
    int sendsAfterResume = 0; // further requests for the faulted path that resume sends
};

// A credential action: sent once, whatever the answer; a lost answer is settled by resume from what Okta shows, and
// one Okta cannot show (Universal Logout) is held for the analyst.
Expectation expectOnce(const Fault& fault, const Call& call)
{
    Expectation e;
    e.exitCode = 1;
    e.outcome = QStringLiteral("failed");
    e.requestId = true;
    switch (fault.answer) {
    case Answer::Recovers:
        if (QByteArray(fault.name) == "slow") {
            e.exitCode = 0;
            e.outcome = QStringLiteral("done");
            return e;
        }
        // The 503 or 429 it would recover from is its answer.
        e.status = QByteArray(fault.name) == "503-once" ? 503 : 429;
        e.errorCode = e.status == 503 ? QStringLiteral("E0000010") : QStringLiteral("E0000047");
        return e;
    case Answer::OktaError:
        e.errorCode = QString::fromLatin1(fault.errorCode);
        e.status = fault.status;
        e.exitCode = fault.status == 401 ? 3 : 1;
        return e;
    case Answer::Html:
        e.status = 502;
        e.requestId = false;
        return e;
    case Answer::NoAnswer:
    case Answer::Late: {
        e.requestId = false;
        e.transportResends = QByteArray(fault.name) == "reset" ? kTransportReconnects : 0;
        e.unfinished = true;
        if (QByteArray(call.name) == "universal-logout") {
            e.resolution = QStringLiteral("undecided");
        } else if (fault.answer == Answer::Late) {
            e.resolution = QStringLiteral("done");
        } else {
            e.resolution = QStringLiteral("resent");
            e.sendsAfterResume = 1;
        }
        return e;
    }
    case Answer::BadJson:
        e.exitCode = 0;
        e.outcome = QStringLiteral("done");
        return e;
    }
    return e;
}

Expectation expect(const Fault& fault, const Call& call)
{
    if (call.part == Part::Credentials) {
        return expectOnce(fault, call);
    }
    const bool lookup = QByteArray(call.method) == "GET";
    const bool userLookup = lookup && QByteArray(call.action).isEmpty();
    const QString failed = userLookup ? QStringLiteral("skipped") : QStringLiteral("failed");
    Expectation e;
    switch (fault.answer) {
    case Answer::Recovers:
        e.outcome = QStringLiteral("done");
        e.requestId = true;
        e.sends = fault.sendsWhenItRecovers;
        e.retries = lookup ? 0 : e.sends - 1;
        return e;
    case Answer::OktaError: {
        // As Okta's SDKs do: a change only after 503 or 504, where Okta made none; a look-up after any 5xx.
        const bool retried = fault.status == 503 || fault.status == 504 || (lookup && fault.status >= 500);
        e.outcome = failed;
        e.errorCode = QString::fromLatin1(fault.errorCode);
        e.status = fault.status;
        e.requestId = true;
        e.sends = retried ? 1 + kRetries : 1;
        e.retries = retried && !lookup ? kRetries : 0;
        // A revoked token is a credentials problem wherever it shows.
        e.exitCode = fault.status == 401 ? 3 : 1;
        return e;
    }
    case Answer::Html:
        // A proxy's 502 may hide a change that was made: only a look-up is asked again.
        e.outcome = failed;
        e.status = 502;
        e.sends = lookup ? 1 + kRetries : 1;
        e.exitCode = 1;
        return e;
    case Answer::NoAnswer:
    case Answer::Late: {
        e.outcome = failed;
        e.exitCode = 1;
        // A look-up is asked again; a change that lost its answer is never sent again by the run itself.
        e.sends = lookup ? 1 + kRetries : 1;
        // Qt's HTTP/1.1 layer may itself send a request once more when its connection is reset before any
        // answer. Whether it does depends on when the reset reaches the socket (while writing or while
        // reading), so each attempt is seen once or twice.
        e.transportResends = QByteArray(fault.name) == "reset" ? e.sends * kTransportReconnects : 0;
        if (!lookup) {
            e.unfinished = true;
            const bool clear = QByteArray(call.name) == "clear-sessions";
            if (fault.answer == Answer::Late && !clear) {
                e.resolution = QStringLiteral("done");
                e.sendsAfterResume = 0;
            } else {
                // Okta's state does not show it (or cannot, for sessions): resume sends it once more.
                e.resolution = QStringLiteral("resent");
                e.sendsAfterResume = 1;
            }
        }
        return e;
    }
    case Answer::BadJson:
        // Okta's 2xx is what says a change was made; a look-up needs the body it lost.
        e.outcome = lookup ? failed : QStringLiteral("done");
        e.requestId = true;
        e.exitCode = lookup ? 1 : 0;
        return e;
    }
    return e;
}

#ifndef FAULTMATRIX_PART
#define FAULTMATRIX_PART 0
#endif

int countRequests(const QJsonArray& log, const QString& method, const QString& path)
{
    int count = 0;
    for (const QJsonValue& value : log) {
        const QJsonObject request = value.toObject();
        count += request.value(QLatin1String("method")).toString() == method &&
                 request.value(QLatin1String("path")).toString() == path;
    }
    return count;
}

QJsonObject resultFor(const QJsonArray& results, const QString& action)
{
    for (const QJsonValue& value : results) {
        if (value.toObject().value(QLatin1String("action")).toString() == action) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrix_data();
    void matrix();
};

void TestFaultMatrix::initTestCase()
{
    // cordonctl inherits these through CordonCtl's environment.
    qputenv("CORDON_OKTA_TIMEOUT_MS", QByteArray::number(kAnswerTimeoutMs));
    qputenv("CORDON_OKTA_RETRY_DELAY_MS", QByteArray::number(kRetryDelayMs));
}

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<int>("callIndex");
    QTest::addColumn<int>("faultIndex");
    for (int c = 0; c < int(std::size(kCalls)); ++c) {
        if (int(kCalls[c].part) != FAULTMATRIX_PART) {
            continue;
        }
        for (int f = 0; f < faults().size(); ++f) {
            QTest::addRow("%s/%s", faults().at(f).name, kCalls[c].name) << c << f;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(int, callIndex);
    QFETCH(int, faultIndex);
    const Call& call = kCalls[callIndex];
    const Fault& fault = faults().at(faultIndex);
    const Expectation want = expect(fault, call);
    const bool release = call.part == Part::Release;
    const QString login = release ? kPriya : kJoren;

    SimProcess sim;
    QString error;
    // Short rate-limit windows, so that a 429's reset comes soon.
    QVERIFY2(sim.start({QStringLiteral("--rate-window-s"), QStringLiteral("2")}, &error), qPrintable(error));
    const QString userId = sim.userId(login);
    const QString groupId = sim.groupId(kGroup);
    QVERIFY(!userId.isEmpty() && !groupId.isEmpty());
    const QString path = QString::fromLatin1(call.path)
                             .replace(QLatin1String("{user}"), userId)
                             .replace(QLatin1String("{group}"), groupId)
                             .replace(QLatin1String("{factor}"), SimProcess::jorenNewPhoneFactorId());
    const QString method = QString::fromLatin1(call.method);
    QVERIFY(sim.setFaults({method + QLatin1Char(' ') + path + QLatin1Char('=') + fault.rule}));
    // The look-ups above are the test's own.
    const int before = countRequests(sim.requests(), method, path);

    const bool credentials = call.part == Part::Credentials;
    const QStringList actions = credentials ? QStringList{QString::fromLatin1(call.action)}
                                : release
                                    ? QStringList{QStringLiteral("unsuspend"), QStringLiteral("remove-group:") + kGroup}
                                    : QStringList{QStringLiteral("clear-sessions"), QStringLiteral("suspend"),
                                                  QStringLiteral("add-group:") + kGroup};
    const QString incident =
        QStringLiteral("ocsf:faultmatrix:%1-%2").arg(QLatin1String(fault.name), QLatin1String(call.name));
    QStringList arguments{QStringLiteral("--json"),
                          release ? QStringLiteral("release") : QStringLiteral("contain"),
                          userId,
                          QStringLiteral("--incident"),
                          incident,
                          QStringLiteral("--yes")};
    for (const QString& action : actions) {
        arguments << QStringLiteral("--action") << action;
    }

    CordonCtl ctl(sim.baseUrl());
    QElapsedTimer timer;
    timer.start();
    const CtlRun run = ctl.run(arguments, {}, kCeilingMs);
    QVERIFY2(run.exitCode >= 0, qPrintable(QStringLiteral("no end within %1 ms: %2").arg(kCeilingMs).arg(run.text())));
    qInfo("%s: exit %d after %lld ms", QTest::currentDataTag(), run.exitCode, timer.elapsed());
    QVERIFY2(run.exitCode == want.exitCode,
             qPrintable(QStringLiteral("exit %1, wanted %2: %3").arg(run.exitCode).arg(want.exitCode).arg(run.text())));

    // What the analyst sees: one JSON document with each action's outcome, Okta's code and request id.
    const QJsonObject report = run.json().object();
    const QJsonArray results = report.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), actions.size());
    const QString faulted = QString::fromLatin1(call.action);
    for (const QString& action : actions) {
        const QJsonObject result = resultFor(results, action);
        const QString outcome = result.value(QLatin1String("outcome")).toString();
        const bool isFaulted = faulted.isEmpty() || action == faulted;
        const QString wanted = isFaulted ? want.outcome : QStringLiteral("done");
        QVERIFY2(outcome == wanted,
                 qPrintable(
                     QStringLiteral("%1: %2, wanted %3: %4").arg(action, outcome, wanted, QString::fromUtf8(run.out))));
        if (!isFaulted || want.outcome == QLatin1String("skipped")) {
            continue;
        }
        const QJsonObject okta = result.value(QLatin1String("okta")).toObject();
        QCOMPARE(okta.value(QLatin1String("errorCode")).toString(), want.errorCode);
        if (want.status) {
            QCOMPARE(result.value(QLatin1String("httpStatus")).toInt(), want.status);
        }
        QCOMPARE(!okta.value(QLatin1String("requestId")).toString().isEmpty(), want.requestId);
        if (outcome == QLatin1String("failed")) {
            // Every failure says what happened in words, not only in codes.
            QVERIFY(!okta.value(QLatin1String("errorSummary")).toString().isEmpty());
        }
    }
    if (want.outcome == QLatin1String("skipped")) {
        const QJsonObject lookupError = report.value(QLatin1String("error")).toObject();
        QVERIFY2(!lookupError.value(QLatin1String("message")).toString().isEmpty(), qPrintable(run.text()));
        QCOMPARE(lookupError.value(QLatin1String("errorCode")).toString(), want.errorCode);
        QCOMPARE(!lookupError.value(QLatin1String("requestId")).toString().isEmpty(), want.requestId);
    }

    // Nothing sent twice: the faulted call as often as the fault explains, every other change once.
    const QJsonArray log = sim.requests();
    const int sends = countRequests(log, method, path) - before;
    QVERIFY2(sends >= want.sends && sends <= want.sends + want.transportResends,
             qPrintable(QStringLiteral("%1 %2 sent %3 times, wanted %4 to %5")
                            .arg(method, path)
                            .arg(sends)
                            .arg(want.sends)
                            .arg(want.sends + want.transportResends)));
    const QList<QPair<QString, QString>> changes = {
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/users/%1/sessions").arg(userId)},
        {QStringLiteral("POST"), QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(userId)},
        {QStringLiteral("POST"), QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(userId)},
        {QStringLiteral("PUT"), QStringLiteral("/api/v1/groups/%1/users/%2").arg(groupId, userId)},
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/groups/%1/users/%2").arg(groupId, userId)},
    };
    for (const auto& [changeMethod, changePath] : changes) {
        if (changeMethod == method && changePath == path) {
            continue;
        }
        QVERIFY2(countRequests(log, changeMethod, changePath) <= 1,
                 qPrintable(QStringLiteral("%1 %2 sent more than once").arg(changeMethod, changePath)));
    }

    // Okta's state agrees with what was reported as done.
    const QJsonObject state = sim.user(userId);
    const bool member = state.value(QLatin1String("groups")).toArray().contains(QJsonValue(groupId));
    for (const QString& action : actions) {
        if (resultFor(results, action).value(QLatin1String("outcome")).toString() != QLatin1String("done")) {
            continue;
        }
        if (action == QLatin1String("suspend")) {
            QCOMPARE(state.value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
        } else if (action == QLatin1String("unsuspend")) {
            QCOMPARE(state.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        } else if (action.startsWith(QLatin1String("add-group"))) {
            QVERIFY(member);
        } else if (action.startsWith(QLatin1String("remove-group"))) {
            QVERIFY(!member);
        } else if (action.startsWith(QLatin1String("risk:"))) {
            QCOMPARE(state.value(QLatin1String("riskLevel")).toString(), QStringLiteral("HIGH"));
        } else if (action == QLatin1String("universal-logout")) {
            QCOMPARE(state.value(QLatin1String("appSessionsRevoked")).toInt(), 1);
        } else if (action.startsWith(QLatin1String("revoke-factors-since"))) {
            QCOMPARE(state.value(QLatin1String("factors")).toArray().size(), 1);
        } else if (action == QLatin1String("reset-factors")) {
            QVERIFY(state.value(QLatin1String("factors")).toArray().isEmpty());
        } else if (action == QLatin1String("expire-password")) {
            QCOMPARE(state.value(QLatin1String("status")).toString(), QStringLiteral("PASSWORD_EXPIRED"));
        } else {
            QCOMPARE(state.value(QLatin1String("sessions")).toInt(), 0);
        }
    }

    // Nothing lost: the journal is settled, or keeps the change that lost its answer for resume.
    const QJsonArray unfinished = ctl.run({QStringLiteral("--json"), QStringLiteral("journal")})
                                      .json()
                                      .object()
                                      .value(QLatin1String("unfinished"))
                                      .toArray();
    QCOMPARE(unfinished.size(), want.unfinished ? 1 : 0);
    if (want.unfinished) {
        QCOMPARE(unfinished.first().toObject().value(QLatin1String("action")).toString(), faulted);
        QVERIFY(sim.setFaults({}));
        const CtlRun resume =
            ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")}, {}, kCeilingMs);
        // One Okta cannot show is held for the analyst (exit 5), never sent on a guess.
        const bool held = want.resolution == QLatin1String("undecided");
        QCOMPARE(resume.exitCode, held ? 5 : 0);
        const QJsonObject settled = resume.json().object().value(QLatin1String("settled")).toArray().first().toObject();
        QCOMPARE(settled.value(QLatin1String("resolution")).toString(), want.resolution);
        QCOMPARE(countRequests(sim.requests(), method, path) - before - sends, want.sendsAfterResume);
        QCOMPARE(ctl.run({QStringLiteral("--json"), QStringLiteral("journal")})
                     .json()
                     .object()
                     .value(QLatin1String("unfinished"))
                     .toArray()
                     .size(),
                 held ? 1 : 0);
    }

    // The audit log holds each action, sent or skipped, with its outcome and Okta's request id, and verifies.
    const CtlRun audit = ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(audit.out).array();
    for (const QString& action : actions) {
        const QJsonObject result = resultFor(results, action);
        const QString outcome = result.value(QLatin1String("outcome")).toString();
        bool found = false;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("action")).toString() == action &&
                entry.value(QLatin1String("outcome")).toString() == outcome &&
                entry.value(QLatin1String("incidentId")).toString() == incident) {
                found = true;
                QCOMPARE(entry.value(QLatin1String("requestId")).toString(),
                         result.value(QLatin1String("okta")).toObject().value(QLatin1String("requestId")).toString());
                QCOMPARE(entry.value(QLatin1String("errorCode")).toString(),
                         result.value(QLatin1String("okta")).toObject().value(QLatin1String("errorCode")).toString());
            }
        }
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("no audit entry %1 %2: %3").arg(action, outcome, QString::fromUtf8(audit.out))));
    }
    // Each answer after which a change was sent again is audited as well, with its status and request id.
    int retried = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("outcome")).toString() == QLatin1String("retried") &&
            entry.value(QLatin1String("incidentId")).toString() == incident) {
            QCOMPARE(entry.value(QLatin1String("action")).toString(), faulted);
            QVERIFY(entry.value(QLatin1String("httpStatus")).toInt() >= 400);
            QVERIFY(!entry.value(QLatin1String("requestId")).toString().isEmpty());
            ++retried;
        }
    }
    QCOMPARE(retried, want.retries);
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
