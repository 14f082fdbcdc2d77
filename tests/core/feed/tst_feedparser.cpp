#include "feed/FeedParser.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

const QString examplesDir = QStringLiteral(CORDON_TEST_DATA_DIR "/feeds/");

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

QJsonValue at(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& key : path.split(u'.')) {
        value = value.toObject().value(key);
    }
    return value;
}

// A minimal OCSF Detection Finding; fields are merged over it.
QJsonObject ocsfFinding(const QString& uid, const QJsonObject& extra = {})
{
    QJsonObject finding{
        {QStringLiteral("class_uid"), 2004},
        {QStringLiteral("activity_id"), 1},
        {QStringLiteral("severity_id"), 4},
        {QStringLiteral("status_id"), 1},
        {QStringLiteral("time"), 1795000000000.0},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("version"), QStringLiteral("1.8.0")},
             {QStringLiteral("product"), QJsonObject{{QStringLiteral("name"), QStringLiteral("EDR")},
                                                     {QStringLiteral("vendor_name"), QStringLiteral("Acme")}}}}},
        {QStringLiteral("finding_info"),
         QJsonObject{{QStringLiteral("uid"), uid}, {QStringLiteral("title"), QStringLiteral("Finding ") + uid}}},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("LT-JOREN-01")}}},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("joren")},
                                                          {QStringLiteral("domain"), QStringLiteral("AD_DOMAIN")}}}}},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        finding.insert(it.key(), it.value());
    }
    return finding;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray redCanaryDetection(int id, const QJsonObject& attributes = {})
{
    QJsonObject attrs{{QStringLiteral("headline"), QStringLiteral("Detection %1").arg(id)},
                      {QStringLiteral("severity"), QStringLiteral("high")},
                      {QStringLiteral("time_of_occurrence"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        attrs.insert(it.key(), it.value());
    }
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("Detection")},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("attributes"), attrs},
                               {QStringLiteral("hostname"), QStringLiteral("lt-joren-01")},
                               {QStringLiteral("username"), QStringLiteral("AD_DOMAIN\\joren")},
                               {QStringLiteral("relationships"), QJsonObject()}});
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();
    void exampleFilesLoadCleanly_data();
    void exampleFilesLoadCleanly();
    void ocsfVersions_data();
    void ocsfVersions();
    void legacySecurityFinding();
    void otherClassesAreSkipped();
    void ocsfUserFallbacks();
    void unicode();
    void malformedRecordInTheMiddle_data();
    void malformedRecordInTheMiddle();
    void emptyFeeds_data();
    void emptyFeeds();
    void hugeCountClaimWithTinyBody_data();
    void hugeCountClaimWithTinyBody();
    void ndjsonPartialLastLine();
    void truncatedArray();
    void forcedFormat();
    void redCanaryRemediationStates_data();
    void redCanaryRemediationStates();
    void redCanaryResolver();
    void instanceFromContext();
    void serviceAccountPatternsApply();
    void ndjsonRecomputesUser();
    void largeArrayAcrossChunks_data();
    void largeArrayAcrossChunks();
    void parseFileErrors();
    void incidentJsonRoundTrip();
    void formatNames();
    void demoSampleFeed();
    void everyTruncationLoadsWhatIsComplete_data();
    void everyTruncationLoadsWhatIsComplete();
};

void TestFeedParser::examples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QJsonObject>("expected");

    const QList<std::pair<QString, QString>> pairs{
        {QStringLiteral("ocsf-detection-findings.json"), QStringLiteral("normalized/from-ocsf.ndjson")},
        {QStringLiteral("redcanary-detections.json"), QStringLiteral("normalized/from-redcanary.ndjson")},
        {QStringLiteral("generic.ndjson"), QStringLiteral("generic.ndjson")},
    };
    for (const auto& [input, normalized] : pairs) {
        const QList<QByteArray> lines = readFile(examplesDir + normalized).split('\n');
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty()) {
                continue;
            }
            const QJsonObject expected = QJsonDocument::fromJson(line).object();
            QVERIFY(!expected.isEmpty());
            const QString id = expected.value(QLatin1String("id")).toString();
            QTest::addRow("%s %s", qPrintable(input), qPrintable(id)) << examplesDir + input << expected;
        }
    }
}

void TestFeedParser::examples()
{
    QFETCH(QString, input);
    QFETCH(QJsonObject, expected);

    const FeedParseResult result = FeedParser::parseFile(input);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    const QString id = expected.value(QLatin1String("id")).toString();
    QJsonObject actual;
    for (const Incident& incident : result.incidents) {
        if (incident.id == id) {
            actual = incident.toJson();
        }
    }
    QVERIFY2(!actual.isEmpty(), qPrintable(QStringLiteral("no incident with id ") + id));

    const QStringList fields{
        QStringLiteral("id"),
        QStringLiteral("source.kind"),
        QStringLiteral("source_id"),
        QStringLiteral("title"),
        QStringLiteral("summary"),
        QStringLiteral("severity"),
        QStringLiteral("severity_raw"),
        QStringLiteral("state"),
        QStringLiteral("resolution"),
        QStringLiteral("detected_at"),
        QStringLiteral("reported_at"),
        QStringLiteral("acknowledged_at"),
        QStringLiteral("remediated_at"),
        QStringLiteral("endpoint.hostname"),
        QStringLiteral("endpoint.hostname_normalized"),
        QStringLiteral("endpoint.source_endpoint_id"),
        QStringLiteral("endpoint.os_family"),
        QStringLiteral("user.raw"),
        QStringLiteral("user.form"),
        QStringLiteral("user.domain"),
        QStringLiteral("user.username"),
        QStringLiteral("user.upn"),
        QStringLiteral("user.sid"),
        QStringLiteral("user.principal_class"),
        QStringLiteral("user.match_policy"),
        QStringLiteral("user.matchable"),
        QStringLiteral("user.is_machine_account"),
        QStringLiteral("user.source_user_id"),
        QStringLiteral("links.console"),
        QStringLiteral("links.api"),
        QStringLiteral("links.timeline"),
    };
    for (const QString& field : fields) {
        const QJsonValue want = at(expected, field);
        const QJsonValue got = at(actual, field);
        // Absent and null mean the same in the model.
        const bool bothEmpty = (want.isNull() || want.isUndefined()) && (got.isNull() || got.isUndefined());
        QVERIFY2(bothEmpty || want == got,
                 qPrintable(QStringLiteral("%1: expected %2, got %3")
                                .arg(field, QString::fromUtf8(QJsonDocument(QJsonArray{want}).toJson()),
                                     QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson()))));
    }
}

void TestFeedParser::exampleFilesLoadCleanly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("count");
    QTest::newRow("ocsf") << QStringLiteral("ocsf-detection-findings.json") << int(FeedFormat::Ocsf) << 5;
    QTest::newRow("redcanary") << QStringLiteral("redcanary-detections.json") << int(FeedFormat::RedCanary) << 5;
    QTest::newRow("generic") << QStringLiteral("generic.ndjson") << int(FeedFormat::Ndjson) << 8;
    QTest::newRow("normalized ocsf") << QStringLiteral("normalized/from-ocsf.ndjson") << int(FeedFormat::Ndjson) << 5;
}

void TestFeedParser::exampleFilesLoadCleanly()
{
    QFETCH(QString, input);
    QFETCH(int, format);
    QFETCH(int, count);
    const QByteArray data = readFile(examplesDir + input);
    const FeedParseResult detected = FeedParser::parse(data);
    QCOMPARE(int(detected.detected), format);
    QCOMPARE(detected.incidents.size(), count);
    QVERIFY(detected.errors.isEmpty());
    // Naming the format gives the same incidents.
    const FeedParseResult forced = FeedParser::parse(data, FeedFormat(format));
    QCOMPARE(forced.incidents.size(), count);
    for (qsizetype i = 0; i < count; ++i) {
        QCOMPARE(forced.incidents.at(i).toJson(), detected.incidents.at(i).toJson());
    }
}

void TestFeedParser::ocsfVersions_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("state");

    QJsonObject v10 = ocsfFinding(QStringLiteral("v10"));
    v10.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")}});
    v10.insert(QStringLiteral("status_id"), 2);
    QTest::newRow("1.0") << compact(v10) << "high"
                         << "in_progress";

    QJsonObject v18 = ocsfFinding(QStringLiteral("v18"));
    v18.insert(QStringLiteral("status_id"), 6);   // Deleted, 1.6+
    v18.insert(QStringLiteral("severity_id"), 6); // Fatal
    QTest::newRow("1.8 deleted fatal") << compact(v18) << "critical"
                                       << "suppressed";

    QJsonObject v2 = ocsfFinding(QStringLiteral("v2"));
    v2.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2.1.0")}});
    v2.insert(QStringLiteral("status_id"), 7);
    v2.insert(QStringLiteral("severity_id"), 99);
    v2.insert(QStringLiteral("brand_new_object"), QJsonObject{{QStringLiteral("x"), QJsonArray{1, 2}}});
    QJsonObject actor = v2.value(QLatin1String("actor")).toObject();
    QJsonObject user = actor.value(QLatin1String("user")).toObject();
    user.insert(QStringLiteral("type_id"), 42);
    user.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("type_id"), 77}});
    actor.insert(QStringLiteral("user"), user);
    v2.insert(QStringLiteral("actor"), actor);
    QTest::newRow("2.x unknown enums and fields") << compact(v2) << "unknown"
                                                  << "unknown";

    QJsonObject archived = ocsfFinding(QStringLiteral("archived"));
    archived.insert(QStringLiteral("status_id"), 5);
    archived.insert(QStringLiteral("severity_id"), 1);
    QTest::newRow("1.4 archived") << compact(archived) << "informational"
                                  << "resolved";

    QJsonObject datetimeOnly = ocsfFinding(QStringLiteral("dt"));
    datetimeOnly.remove(QStringLiteral("time"));
    datetimeOnly.insert(QStringLiteral("time_dt"), QStringLiteral("2026-11-20T10:00:00.000Z"));
    QTest::newRow("datetime profile only") << compact(datetimeOnly) << "high"
                                           << "new";
}

void TestFeedParser::ocsfVersions()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, severity);
    QFETCH(QString, state);
    const FeedParseResult result = FeedParser::parse(record);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.incidents.size(), 1);
    const Incident& incident = result.incidents.first();
    QCOMPARE(Incident::severityName(incident.severity), severity);
    QCOMPARE(Incident::stateName(incident.state), state);
    QVERIFY(incident.detectedAt.isValid());
    QCOMPARE(incident.user.username, QStringLiteral("joren"));
    QCOMPARE(incident.user.domain, QStringLiteral("AD_DOMAIN"));
}

void TestFeedParser::legacySecurityFinding()
{
    const QJsonObject record{
        {QStringLiteral("class_uid"), 2001},
        {QStringLiteral("severity_id"), 3},
        {QStringLiteral("state_id"), 4},
        {QStringLiteral("time"), 1795000000000.0},
        {QStringLiteral("finding"), QJsonObject{{QStringLiteral("uid"), QStringLiteral("legacy-1")},
                                                {QStringLiteral("title"), QStringLiteral("Old")}}},
    };
    const FeedParseResult result =
        FeedParser::parse(compact(record), FeedFormat::Auto, FeedContext{QStringLiteral("lab"), {}, {}, {}});
    QCOMPARE(result.incidents.size(), 1);
    QCOMPARE(result.incidents.first().id, QStringLiteral("ocsf:lab:legacy-1"));
    QCOMPARE(result.incidents.first().state, Incident::State::Resolved);
    QCOMPARE(result.incidents.first().title, QStringLiteral("Old"));
}

void TestFeedParser::otherClassesAreSkipped()
{
    QJsonObject other = ocsfFinding(QStringLiteral("net"));
    other.insert(QStringLiteral("class_uid"), 4001);
    const QByteArray data = compact(ocsfFinding(QStringLiteral("a"))) + '\n' + compact(other) + '\n' +
                            compact(ocsfFinding(QStringLiteral("b"))) + '\n';
    const FeedParseResult result = FeedParser::parse(data);
    QCOMPARE(result.incidents.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().position, 1);
    QCOMPARE(result.errors.first().line, 2);
    QVERIFY(result.errors.first().reason.contains(QLatin1String("4001")));
}

void TestFeedParser::ocsfUserFallbacks()
{
    QJsonObject evidence = ocsfFinding(QStringLiteral("ev"));
    evidence.remove(QStringLiteral("actor"));
    evidence.insert(
        QStringLiteral("evidences"),
        QJsonArray{
            QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("SYSTEM")},
                                                             {QStringLiteral("domain"), QStringLiteral("NT AUTHORITY")},
                                                             {QStringLiteral("type_id"), 3}}}},
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("uid"), QStringLiteral("S-1-5-21-1-2-3-1104")}}}}});
    QJsonObject owner = ocsfFinding(QStringLiteral("owner"));
    owner.remove(QStringLiteral("actor"));
    owner.insert(QStringLiteral("device"),
                 QJsonObject{{QStringLiteral("hostname"), QStringLiteral("LT-JOREN-01")},
                             {QStringLiteral("owner"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("joren.m@example.com")}}}});
    QJsonObject nobody = ocsfFinding(QStringLiteral("nobody"));
    nobody.remove(QStringLiteral("actor"));

    const FeedParseResult result =
        FeedParser::parse(compact(evidence) + '\n' + compact(owner) + '\n' + compact(nobody) + '\n');
    QCOMPARE(result.incidents.size(), 3);
    QCOMPARE(result.incidents.at(0).user.form, EndpointIdentity::Form::Sid);
    QCOMPARE(result.incidents.at(0).user.sid, QStringLiteral("S-1-5-21-1-2-3-1104"));
    QCOMPARE(result.incidents.at(1).user.upn, QStringLiteral("joren.m@example.com"));
    QCOMPARE(result.incidents.at(1).user.rawField, QStringLiteral("device.owner"));
    QCOMPARE(result.incidents.at(2).user.form, EndpointIdentity::Form::Unknown);
    QVERIFY(!result.incidents.at(2).user.matchable());
}

void TestFeedParser::unicode()
{
    QJsonObject finding = ocsfFinding(QStringLiteral("ü-1"));
    finding.insert(QStringLiteral("finding_info"),
                   QJsonObject{{QStringLiteral("uid"), QStringLiteral("ü-1")},
                               {QStringLiteral("title"), QStringLiteral("Bösartige Datei – 🚨 erkannt")}});
    finding.insert(
        QStringLiteral("actor"),
        QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("jmüller")},
                                                         {QStringLiteral("domain"), QStringLiteral("AD_DOMAIN")}}}});
    // The same record once as UTF-8 and once with \u escapes.
    const QByteArray utf8 = compact(finding);
    QByteArray escaped = utf8;
    escaped.replace(QStringLiteral("ü").toUtf8(), QByteArray("\\u00fc"));
    const FeedParseResult result = FeedParser::parse('[' + utf8 + ",\n" + escaped + ']');
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.incidents.size(), 2);
    for (const Incident& incident : result.incidents) {
        QCOMPARE(incident.title, QStringLiteral("Bösartige Datei – 🚨 erkannt"));
        QCOMPARE(incident.user.username, QStringLiteral("jmüller"));
        QCOMPARE(incident.sourceId, QStringLiteral("ü-1"));
    }
}

void TestFeedParser::malformedRecordInTheMiddle_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("line");
    const QByteArray a = compact(ocsfFinding(QStringLiteral("a")));
    const QByteArray b = compact(ocsfFinding(QStringLiteral("b")));
    QTest::newRow("array, bad JSON") << "[\n" + a + ",\n{\"class_uid\": 2004, \"time\": }\n,\n" + b + "\n]"
                                     << qint64(3);
    QTest::newRow("array, not an object") << "[\n" + a + ",\n42,\n" + b + "]" << qint64(3);
    QTest::newRow("array, unknown record") << "[" + a + ",\n{\"hello\":\"world\"},\n" + b + "]" << qint64(2);
    QTest::newRow("array, no finding uid") << "[" + a + ",\n{\"class_uid\":2004},\n" + b + "]" << qint64(2);
    QTest::newRow("ndjson, bad JSON") << a + "\n{\"class_uid\": 2004,\n" + b + "\n" << qint64(2);
    QTest::newRow("ndjson, broken first line") << "{\"class_uid\": 20\n" + a + "\n" + b + "\n" << qint64(1);
}

void TestFeedParser::malformedRecordInTheMiddle()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, line);
    const FeedParseResult result = FeedParser::parse(data);
    QCOMPARE(result.incidents.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    const FeedError& error = result.errors.first();
    QCOMPARE(error.line, line);
    QVERIFY(error.position >= 0);
    QVERIFY(error.byteOffset >= 0);
    QVERIFY(!error.reason.isEmpty());
    QVERIFY(error.toString().contains(QStringLiteral("line %1").arg(line)));
}

void TestFeedParser::emptyFeeds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\r\n\t ");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty array with spaces") << QByteArray(" [ \n ] \n");
    QTest::newRow("empty page") << QByteArray(R"({"meta":{"total_items":0},"data":[]})");
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF[]");
}

void TestFeedParser::emptyFeeds()
{
    QFETCH(QByteArray, data);
    const FeedParseResult result = FeedParser::parse(data);
    QVERIFY(result.incidents.isEmpty());
    QVERIFY(result.errors.isEmpty());
}

void TestFeedParser::hugeCountClaimWithTinyBody_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray detection = redCanaryDetection(7);
    QTest::newRow("total_items") << R"({"meta":{"total_items":1000000000},"data":[)" + detection + "]}";
    QTest::newRow("count") << R"({"count": 1000000000, "data":[)" + detection + "]}";
}

void TestFeedParser::hugeCountClaimWithTinyBody()
{
    QFETCH(QByteArray, data);
    QElapsedTimer timer;
    timer.start();
    const FeedParseResult result = FeedParser::parse(data);
    QCOMPARE(result.incidents.size(), 1);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.incidents.first().id, QStringLiteral("redcanary:default:7"));
    QVERIFY2(timer.elapsed() < 5000, "a claimed count must not be trusted for allocation or looping");
}

void TestFeedParser::ndjsonPartialLastLine()
{
    const Incident first = FeedParser::parse(compact(ocsfFinding(QStringLiteral("a")))).incidents.value(0);
    QByteArray line = QJsonDocument(first.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray data = line + '\n' + line.replace("ocsf:acme:a", "ocsf:acme:b") + '\n' + line.left(40);
    const FeedParseResult result = FeedParser::parse(data);
    QCOMPARE(result.detected, FeedFormat::Ndjson);
    QCOMPARE(result.incidents.size(), 2);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 3);
    QCOMPARE(result.errors.first().position, 2);
}

void TestFeedParser::truncatedArray()
{
    const QByteArray data =
        '[' + compact(ocsfFinding(QStringLiteral("a"))) + ',' + compact(ocsfFinding(QStringLiteral("b"))).left(50);
    const FeedParseResult result = FeedParser::parse(data);
    QCOMPARE(result.incidents.size(), 1);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().reason.contains(QLatin1String("incomplete")));
}

void TestFeedParser::forcedFormat()
{
    const QByteArray ocsf = readFile(examplesDir + QStringLiteral("ocsf-detection-findings.json"));
    const FeedParseResult asRedCanary = FeedParser::parse(ocsf, FeedFormat::RedCanary);
    QVERIFY(asRedCanary.incidents.isEmpty());
    QCOMPARE(asRedCanary.errors.size(), 5);
    QCOMPARE(asRedCanary.detected, FeedFormat::RedCanary);
}

void TestFeedParser::redCanaryRemediationStates_data()
{
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<bool>("remediatedAt");

    const QJsonValue marked = QStringLiteral("2026-11-21T08:00:00.000Z");
    QTest::newRow("new") << QJsonObject{{QStringLiteral("last_acknowledged_at"), QJsonValue::Null}} << "new"
                         << QString() << false;
    QTest::newRow("acknowledged") << QJsonObject{{QStringLiteral("last_acknowledged_at"),
                                                  QStringLiteral("2026-11-20T11:00:00Z")}}
                                  << "in_progress" << QString() << false;
    QTest::newRow("remediated") << QJsonObject{{QStringLiteral("last_remediated_status"),
                                                QJsonObject{
                                                    {QStringLiteral("remediation_state"), QStringLiteral("remediated")},
                                                    {QStringLiteral("reason"), QJsonValue::Null},
                                                    {QStringLiteral("marked_at"), marked}}}}
                                << "resolved"
                                << "remediated" << true;
    QTest::newRow("old not_remediated form")
        << QJsonObject{{QStringLiteral("last_remediated_status"),
                        QJsonObject{
                            {QStringLiteral("remediation_state"), QStringLiteral("not_remediated_false_positive")},
                            {QStringLiteral("marked_at"), marked}}}}
        << "suppressed"
        << "false_positive" << false;
    QTest::newRow("split not_remediated form")
        << QJsonObject{{QStringLiteral("last_remediated_status"),
                        QJsonObject{{QStringLiteral("remediation_state"), QStringLiteral("not_remediated")},
                                    {QStringLiteral("reason"), QStringLiteral("authorized_testing")},
                                    {QStringLiteral("marked_at"), marked}}}}
        << "suppressed"
        << "authorized_testing" << false;
    QTest::newRow("unknown state falls back to acknowledgement")
        << QJsonObject{{QStringLiteral("last_acknowledged_at"), QStringLiteral("2026-11-20T11:00:00Z")},
                       {QStringLiteral("last_remediated_status"),
                        QJsonObject{{QStringLiteral("remediation_state"), QStringLiteral("pending_review")}}}}
        << "in_progress" << QString() << false;
    QTest::newRow("critical and unknown fields")
        << QJsonObject{{QStringLiteral("severity"), QStringLiteral("critical")},
                       {QStringLiteral("new_thing"), QJsonArray{1}},
                       {QStringLiteral("last_remediated_status"), QJsonValue::Null}}
        << "new" << QString() << false;
}

void TestFeedParser::redCanaryRemediationStates()
{
    QFETCH(QJsonObject, attributes);
    QFETCH(QString, state);
    QFETCH(QString, resolution);
    QFETCH(bool, remediatedAt);
    const FeedParseResult result = FeedParser::parse('[' + redCanaryDetection(42, attributes) + ']');
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.incidents.size(), 1);
    const Incident& incident = result.incidents.first();
    QCOMPARE(Incident::stateName(incident.state), state);
    QCOMPARE(incident.resolution, resolution);
    QCOMPARE(incident.remediatedAt.isValid(), remediatedAt);
    QCOMPARE(incident.user.username, QStringLiteral("joren"));
}

void TestFeedParser::redCanaryResolver()
{
    // No username on the detection and no included array: the resolver supplies the endpoint user.
    const QByteArray detection = R"({"type":"Detection","id":9,"attributes":{"headline":"x","severity":"low"},
        "relationships":{"related_endpoint_user":{"data":{"type":"endpoint_user","id":550900}},
                         "affected_endpoint":{"data":{"type":"endpoint","id":880900}}}})";
    QStringList asked;
    FeedContext context;
    context.instance = QStringLiteral("acme");
    context.resolveRelated = [&asked](const QString& type, const QString& id) {
        asked.append(type + u':' + id);
        if (type == QLatin1String("endpoint_user")) {
            return QJsonObject{{QStringLiteral("attributes"),
                                QJsonObject{{QStringLiteral("username"), QStringLiteral("AD_DOMAIN\\joren")},
                                            {QStringLiteral("uid"), QStringLiteral("S-1-5-21-1-2-3-1104")}}}};
        }
        return QJsonObject{
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("LT-JOREN-01")},
                                                       {QStringLiteral("platform"), QStringLiteral("Windows")}}}};
    };
    const FeedParseResult result = FeedParser::parse(detection, FeedFormat::Auto, context);
    QCOMPARE(result.incidents.size(), 1);
    const Incident& incident = result.incidents.first();
    QCOMPARE(incident.id, QStringLiteral("redcanary:acme:9"));
    QCOMPARE(incident.user.username, QStringLiteral("joren"));
    QCOMPARE(incident.user.sid, QStringLiteral("S-1-5-21-1-2-3-1104"));
    QCOMPARE(incident.hostname, QStringLiteral("LT-JOREN-01"));
    QCOMPARE(incident.osFamily, QStringLiteral("windows"));
    QCOMPARE(incident.sourceUserId, QStringLiteral("550900"));
    QVERIFY(asked.contains(QStringLiteral("endpoint_user:550900")));
}

void TestFeedParser::instanceFromContext()
{
    FeedContext context;
    context.instance = QStringLiteral("prod");
    const FeedParseResult ocsf = FeedParser::parse(
        readFile(examplesDir + QStringLiteral("ocsf-detection-findings.json")), FeedFormat::Auto, context);
    QCOMPARE(ocsf.incidents.first().id, QStringLiteral("ocsf:prod:sb-alrt-000731"));
    QCOMPARE(ocsf.incidents.first().sourceInstance, QStringLiteral("prod"));
    const FeedParseResult redCanary = FeedParser::parse(
        readFile(examplesDir + QStringLiteral("redcanary-detections.json")), FeedFormat::Auto, context);
    QCOMPARE(redCanary.incidents.first().id, QStringLiteral("redcanary:prod:2101"));
}

void TestFeedParser::serviceAccountPatternsApply()
{
    QJsonObject finding = ocsfFinding(QStringLiteral("svc"));
    finding.insert(
        QStringLiteral("actor"),
        QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("svc-backup")},
                                                         {QStringLiteral("domain"), QStringLiteral("AD_DOMAIN")}}}});
    FeedContext context;
    context.serviceAccountPatterns = {QStringLiteral("^svc-")};
    const FeedParseResult result = FeedParser::parse(compact(finding), FeedFormat::Auto, context);
    QCOMPARE(result.incidents.size(), 1);
    QCOMPARE(result.incidents.first().user.principalClass, EndpointIdentity::PrincipalClass::Service);
    QVERIFY(!result.incidents.first().user.matchable());
}

void TestFeedParser::ndjsonRecomputesUser()
{
    // A producer may send only user.raw, or a wrong parse: the parse is always recomputed.
    const QByteArray data =
        R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"lab"},"source_id":"1","title":"t",)"
        R"("severity":"high","state":"new","endpoint":{"hostname":"LT-JOREN-01.ad.example.com"},)"
        R"("user":{"raw":"AD_DOMAIN\\joren","principal_class":"system","match_policy":"never"}})"
        "\n"
        R"({"schema":"console.incident/v1","id":"generic:lab:2","source":{"kind":"generic"},"source_id":"2",)"
        R"("title":"t","severity":"bogus","state":"later","user":"root"})"
        "\n";
    const FeedParseResult result = FeedParser::parse(data);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.incidents.size(), 2);
    const Incident& first = result.incidents.at(0);
    QCOMPARE(first.id, QStringLiteral("generic:lab:1"));
    QCOMPARE(first.hostnameNormalized, QStringLiteral("lt-joren-01"));
    QCOMPARE(first.user.principalClass, EndpointIdentity::PrincipalClass::HumanCandidate);
    QCOMPARE(first.user.matchPolicy, EndpointIdentity::MatchPolicy::Auto);
    const Incident& second = result.incidents.at(1);
    QCOMPARE(second.severity, Incident::Severity::Unknown);
    QCOMPARE(second.state, Incident::State::Unknown);
    QCOMPARE(second.user.principalClass, EndpointIdentity::PrincipalClass::System);
}

void TestFeedParser::largeArrayAcrossChunks_data()
{
    QTest::addColumn<bool>("ndjson");
    QTest::addColumn<int>("count");
    QTest::newRow("array") << false << 6000;
    QTest::newRow("ndjson") << true << 6000;
    // Read buffers are used again once no chunk holds them: over many reads, no record may be overwritten.
    QTest::newRow("array over many reads") << false << 40000;
}

void TestFeedParser::largeArrayAcrossChunks()
{
    QFETCH(bool, ndjson);
    QFETCH(int, count);
    // More than one read chunk, so that records straddle chunk boundaries.
    const QString padding(700, u'x');
    QByteArray data = ndjson ? QByteArray() : QByteArray("[");
    // One malformed record past the first read chunk: it is named by its place in the whole feed.
    const int broken = 5000;
    qint64 brokenOffset = -1;
    for (int i = 0; i < count; ++i) {
        QJsonObject finding = ocsfFinding(QString::number(i));
        finding.insert(QStringLiteral("message"), padding + QStringLiteral("\" \\ ] } ,"));
        if (!ndjson && i > 0) {
            data += ",\n";
        }
        if (i == broken) {
            brokenOffset = data.size();
            data += "{\"class_uid\": 2004, \"broken\": }";
            if (ndjson) {
                data += '\n';
            }
            continue;
        }
        data += compact(finding);
        if (ndjson) {
            data += '\n';
        }
    }
    if (!ndjson) {
        data += ']';
    }
    QVERIFY(data.size() > 5 * 1024 * 1024);

    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    qsizetype incidents = 0;
    qsizetype batches = 0;
    bool inOrder = true;
    QList<FeedError> found;
    const FeedFormat detected = FeedParser::parseDevice(
        device, FeedFormat::Auto, {},
        [&](QList<Incident>& batch, QList<FeedError>& errors) {
            found += errors;
            for (const Incident& incident : batch) {
                const qsizetype expected = incidents < broken ? incidents : incidents + 1;
                inOrder = inOrder && incident.sourceId == QString::number(expected) &&
                          incident.title == QStringLiteral("Finding ") + incident.sourceId;
                ++incidents;
            }
            ++batches;
        },
        500);
    QCOMPARE(detected, FeedFormat::Ocsf);
    QCOMPARE(incidents, count - 1);
    QVERIFY(inOrder);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().position, qint64(broken));
    QCOMPARE(found.first().byteOffset, brokenOffset);
    QCOMPARE(found.first().line, qint64(broken + 1));
    QVERIFY(batches >= count / 500);
}

void TestFeedParser::parseFileErrors()
{
    const FeedParseResult missing = FeedParser::parseFile(QStringLiteral("/nonexistent/feed.json"));
    QVERIFY(missing.incidents.isEmpty());
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.errors.first().position, -1);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("feed.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not json\nnor this\n");
    file.close();
    const FeedParseResult text = FeedParser::parseFile(file.fileName());
    QVERIFY(text.incidents.isEmpty());
    QCOMPARE(text.errors.size(), 2);
}

void TestFeedParser::incidentJsonRoundTrip()
{
    const FeedParseResult result =
        FeedParser::parse(readFile(examplesDir + QStringLiteral("redcanary-detections.json")));
    for (const Incident& incident : result.incidents) {
        const QJsonObject json = incident.toJson();
        QCOMPARE(json.value(QLatin1String("schema")).toString(), QStringLiteral("console.incident/v1"));
        const std::optional<Incident> back = Incident::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->toJson(), json);
    }
    QString error;
    QVERIFY(!Incident::fromJson(QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}}, &error));
    QVERIFY(!error.isEmpty());
}

void TestFeedParser::formatNames()
{
    for (FeedFormat format : {FeedFormat::Auto, FeedFormat::Ocsf, FeedFormat::RedCanary, FeedFormat::Ndjson}) {
        QCOMPARE(feedFormatFromName(feedFormatName(format)), format);
    }
    QVERIFY(!feedFormatFromName(QStringLiteral("xml")).has_value());
}

void TestFeedParser::demoSampleFeed()
{
    const FeedParseResult result =
        FeedParser::parseFile(QStringLiteral(CORDON_SOURCE_DIR "/resources/demo/sample-feed.ndjson"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.detected, FeedFormat::Ndjson);
    QVERIFY(result.incidents.size() >= 25 && result.incidents.size() <= 40);

    QSet<QString> ids;
    QSet<QString> kinds;
    // Enums as ints: Qt 6.4 has no qHash for scoped enums.
    QSet<int> forms;
    QSet<int> classes;
    QHash<int, int> severities;
    QHash<int, int> states;
    const Incident* firstCritical = nullptr;
    for (const Incident& incident : result.incidents) {
        ids.insert(incident.id);
        kinds.insert(incident.sourceKind);
        forms.insert(int(incident.user.form));
        classes.insert(int(incident.user.principalClass));
        ++severities[int(incident.severity)];
        ++states[int(incident.state)];
        QCOMPARE(incident.detectedAt.date().year(), 2026);
        QCOMPARE(incident.detectedAt.date().month(), 11);
        if (!firstCritical && incident.severity == Incident::Severity::Critical) {
            firstCritical = &incident;
        }
        if (incident.state == Incident::State::Resolved) {
            QVERIFY(incident.remediatedAt.isValid());
        }
    }
    QCOMPARE(ids.size(), result.incidents.size());
    for (const char* kind : {"ocsf", "redcanary", "crowdstrike", "mde", "generic"}) {
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }
    using Form = EndpointIdentity::Form;
    using Class = EndpointIdentity::PrincipalClass;
    for (Form form : {Form::DownLevel, Form::Upn, Form::Sid, Form::Bare, Form::Unknown}) {
        QVERIFY2(forms.contains(int(form)), qPrintable(EndpointIdentity::formName(form)));
    }
    for (Class value : {Class::HumanCandidate, Class::EntraName, Class::LocalAccount, Class::Service, Class::System,
                        Class::Machine, Class::Unknown}) {
        QVERIFY2(classes.contains(int(value)), qPrintable(EndpointIdentity::principalClassName(value)));
    }
    QVERIFY(severities.value(int(Incident::Severity::Critical)) >= 1);
    QVERIFY(severities.value(int(Incident::Severity::High)) >= 3);
    QVERIFY(severities.value(int(Incident::Severity::Informational)) >= 1);
    QVERIFY(states.value(int(Incident::State::Resolved)) >= 2);
    QVERIFY(states.value(int(Incident::State::InProgress)) >= 2);

    QVERIFY(firstCritical);
    QCOMPARE(firstCritical->user.raw, QStringLiteral("AD_DOMAIN\\joren"));
    QCOMPARE(firstCritical->hostname, QStringLiteral("LT-JOREN-01"));
    QCOMPARE(firstCritical->user.matchPolicy, EndpointIdentity::MatchPolicy::Auto);
}

void TestFeedParser::everyTruncationLoadsWhatIsComplete_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("ocsf array") << QStringLiteral("ocsf-detection-findings.json");
    QTest::newRow("redcanary page") << QStringLiteral("redcanary-detections.json");
    QTest::newRow("ndjson") << QStringLiteral("generic.ndjson");
}

void TestFeedParser::everyTruncationLoadsWhatIsComplete()
{
    QFETCH(QString, input);
    const QByteArray data = readFile(examplesDir + input);
    const qsizetype all = FeedParser::parse(data).incidents.size();
    qsizetype previous = 0;
    for (qsizetype cut = 0; cut <= data.size(); cut += 7) {
        const FeedParseResult result = FeedParser::parse(data.left(cut));
        // A cut feed never yields more than the whole, and a longer prefix never yields less.
        QVERIFY(result.incidents.size() <= all);
        QVERIFY2(result.incidents.size() >= previous, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        previous = result.incidents.size();
    }
    QCOMPARE(FeedParser::parse(data).incidents.size(), all);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
