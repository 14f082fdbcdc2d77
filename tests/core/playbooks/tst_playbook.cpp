#include "IncidentBuilder.h"
#include "playbooks/Playbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace cordon::core;

Q_DECLARE_METATYPE(cordon::core::Playbook)

namespace
{

QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestPlaybook : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void validation_data();
    void validation();
    void validateNamesEachRule_data();
    void validateNamesEachRule();
    void validateListsEveryProblem();
    void matches_data();
    void matches();
    void restrictedGroupIsFilledIn();
};

void TestPlaybook::defaults()
{
    const QList<Playbook> defaults = Playbook::defaults();
    QCOMPARE(defaults.size(), 2);

    const Playbook& contain = defaults.at(0);
    QCOMPARE(contain.id, QStringLiteral("contain"));
    QCOMPARE(contain.trigger, Playbook::Trigger::ThreatIdentified);
    QCOMPARE(contain.mode, Playbook::Mode::Ask);
    QVERIFY(contain.enabled);
    QVERIFY(!contain.releases());
    QStringList tokens;
    for (const ContainmentAction& action : contain.actions) {
        tokens << Playbook::actionToken(action);
    }
    QCOMPARE(tokens,
             (QStringList{QStringLiteral("clear-sessions"), QStringLiteral("suspend"), QStringLiteral("restrict")}));

    const Playbook& release = defaults.at(1);
    QCOMPARE(release.id, QStringLiteral("release"));
    QCOMPARE(release.trigger, Playbook::Trigger::ThreatRemediated);
    QCOMPARE(release.mode, Playbook::Mode::Ask);
    QVERIFY(release.releases());
    tokens.clear();
    for (const ContainmentAction& action : release.actions) {
        tokens << Playbook::actionToken(action);
    }
    QCOMPARE(tokens, (QStringList{QStringLiteral("unrestrict"), QStringLiteral("unsuspend")}));

    // Every default reads back as itself.
    for (const Playbook& playbook : defaults) {
        QString error;
        const auto read = Playbook::fromJson(playbook.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, playbook);
    }
}

void TestPlaybook::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("automatic with condition")
        << QByteArray(R"({"id":"auto-contain","name":"Contain critical","trigger":"threat_identified",
                          "condition":{"minimumSeverity":"critical","sources":["redcanary","crowdstrike"]},
                          "actions":["clear-sessions","suspend","add-group:Quarantine"],"mode":"automatic",
                          "enabled":false})");
    QTest::newRow("manual release by group id")
        << QByteArray(R"({"id":"undo.1","name":"Undo","trigger":"manual","condition":{"sources":[]},
                          "actions":["remove-group:00g1a2b3c4d5e6f7g8h9","unsuspend"],"mode":"ask","enabled":true})");
    QTest::newRow("restricted group tokens")
        << QByteArray(R"({"id":"r","name":"Restrict only","trigger":"manual","condition":{"sources":[]},
                          "actions":["restrict"],"mode":"ask","enabled":true})");
}

void TestPlaybook::roundTrip()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    QString error;
    const auto playbook = Playbook::fromJson(object, &error);
    QVERIFY2(playbook, qPrintable(error));
    QCOMPARE(playbook->toJson(), object);
    const auto again = Playbook::fromJson(playbook->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *playbook);
}

void TestPlaybook::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("JSON object");
    QTest::newRow("missing id") << QByteArray(R"({"name":"x","trigger":"manual","actions":["suspend"]})")
                                << QStringLiteral("'id'");
    QTest::newRow("bad id") << QByteArray(R"({"id":"a b","name":"x","trigger":"manual","actions":["suspend"]})")
                            << QStringLiteral("'id'");
    QTest::newRow("empty name") << QByteArray(R"({"id":"a","name":"  ","trigger":"manual","actions":["suspend"]})")
                                << QStringLiteral("give it a name");
    QTest::newRow("unknown trigger") << QByteArray(R"({"id":"a","name":"x","trigger":"daily","actions":["suspend"]})")
                                     << QStringLiteral("'trigger'");
    QTest::newRow("unknown mode")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"mode":"yolo"})")
        << QStringLiteral("'mode'");
    QTest::newRow("enabled not bool")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"enabled":"yes"})")
        << QStringLiteral("'enabled'");
    QTest::newRow("unknown field")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"triggers":"manual"})")
        << QStringLiteral("'triggers'");
    QTest::newRow("unknown action")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend","deactivate"]})")
        << QStringLiteral("'deactivate'");
    QTest::newRow("group without name") << QByteArray(
                                               R"({"id":"a","name":"x","trigger":"manual","actions":["add-group:"]})")
                                        << QStringLiteral("group name");
    QTest::newRow("action not a string") << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":[1]})")
                                         << QStringLiteral("string");
    QTest::newRow("no actions") << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":[]})")
                                << QStringLiteral("at least one action");
    QTest::newRow("actions not an array")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":"suspend"})") << QStringLiteral("'actions'");
    QTest::newRow("name not a string") << QByteArray(R"({"id":"a","name":5,"trigger":"manual","actions":["suspend"]})")
                                       << QStringLiteral("'name'");
    QTest::newRow("repeated source")
        << QByteArray(
               R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"condition":{"sources":["ocsf","ocsf"]}})")
        << QStringLiteral("listed twice");
    QTest::newRow("repeated action")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend","suspend"]})")
        << QStringLiteral("twice");
    QTest::newRow("mixed") << QByteArray(
                                  R"({"id":"a","name":"x","trigger":"manual","actions":["suspend","unsuspend"]})")
                           << QStringLiteral("mix");
    QTest::newRow("remediated contains")
        << QByteArray(R"({"id":"a","name":"x","trigger":"threat_remediated","actions":["suspend"]})")
        << QStringLiteral("only release");
    QTest::newRow("identified releases")
        << QByteArray(R"({"id":"a","name":"x","trigger":"threat_identified","actions":["unsuspend"]})")
        << QStringLiteral("only contain");
    QTest::newRow("unknown severity")
        << QByteArray(
               R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"condition":{"minimumSeverity":"huge"}})")
        << QStringLiteral("'minimumSeverity'");
    QTest::newRow("unknown source")
        << QByteArray(
               R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"condition":{"sources":["edr"]}})")
        << QStringLiteral("'edr'");
    QTest::newRow("unknown condition")
        << QByteArray(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"],"condition":{"hosts":[]}})")
        << QStringLiteral("'hosts'");
}

void TestPlaybook::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!document.isNull());
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QString error;
    QVERIFY(!Playbook::fromJson(value, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestPlaybook::validateNamesEachRule_data()
{
    QTest::addColumn<Playbook>("playbook");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("messagePart");

    using Field = Playbook::Problem::Field;
    const Playbook contain = Playbook::defaults().at(0);
    const ContainmentAction suspend{ContainmentAction::Kind::Suspend, QString()};
    const ContainmentAction unsuspend{ContainmentAction::Kind::Unsuspend, QString()};
    const auto changed = [&contain](const std::function<void(Playbook&)>& change) {
        Playbook playbook = contain;
        change(playbook);
        return playbook;
    };
    QTest::newRow("empty id") << changed([](Playbook& p) { p.id.clear(); }) << int(Field::Id) << QStringLiteral("'id'");
    QTest::newRow("id with a space") << changed([](Playbook& p) { p.id = QStringLiteral("a b"); }) << int(Field::Id)
                                     << QStringLiteral("'id'");
    QTest::newRow("id starting with a dot")
        << changed([](Playbook& p) { p.id = QStringLiteral(".a"); }) << int(Field::Id) << QStringLiteral("'id'");
    QTest::newRow("id of 65 characters") << changed([](Playbook& p) { p.id = QString(65, QLatin1Char('a')); })
                                         << int(Field::Id) << QStringLiteral("'id'");
    QTest::newRow("no name") << changed([](Playbook& p) { p.name.clear(); }) << int(Field::Name)
                             << QStringLiteral("give it a name");
    QTest::newRow("a blank name") << changed([](Playbook& p) { p.name = QStringLiteral("  \t"); }) << int(Field::Name)
                                  << QStringLiteral("give it a name");
    QTest::newRow("unknown source kind") << changed([](Playbook& p) { p.sources = {QStringLiteral("edr")}; })
                                         << int(Field::Sources) << QStringLiteral("'edr'");
    QTest::newRow("source kind twice") << changed([](Playbook& p) {
        p.sources = {QStringLiteral("ocsf"), QStringLiteral("ocsf")};
    }) << int(Field::Sources) << QStringLiteral("'ocsf' is listed twice");
    QTest::newRow("no action") << changed([](Playbook& p) { p.actions.clear(); }) << int(Field::Actions)
                               << QStringLiteral("at least one action");
    QTest::newRow("action twice") << changed([&suspend](Playbook& p) { p.actions << suspend; }) << int(Field::Actions)
                                  << QStringLiteral("'suspend' is listed twice");
    QTest::newRow("restricted group twice") << changed([](Playbook& p) { p.actions << Playbook::restrictAction(); })
                                            << int(Field::Actions) << QStringLiteral("'restrict' is listed twice");
    QTest::newRow("contains and releases") << changed([&unsuspend](Playbook& p) {
        p.trigger = Playbook::Trigger::Manual;
        p.actions << unsuspend;
    }) << int(Field::Actions) << QStringLiteral("either contains or releases");
    QTest::newRow("contains when a threat is remediated")
        << changed([](Playbook& p) { p.trigger = Playbook::Trigger::ThreatRemediated; }) << int(Field::Trigger)
        << QStringLiteral("may only release");
    QTest::newRow("releases when a threat is identified")
        << changed([&unsuspend](Playbook& p) { p.actions = {unsuspend}; }) << int(Field::Trigger)
        << QStringLiteral("may only contain");
}

void TestPlaybook::validateNamesEachRule()
{
    QFETCH(Playbook, playbook);
    QFETCH(int, field);
    QFETCH(QString, messagePart);
    QVERIFY(Playbook::defaults().at(0).validate().isEmpty());
    const QList<Playbook::Problem> problems = playbook.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QVERIFY2(problems.first().message.contains(messagePart), qPrintable(problems.first().message));
    // A message is the problem alone: the playbook it concerns is named by whoever shows it.
    QVERIFY2(!problems.first().message.contains(QLatin1String("playbook '")), qPrintable(problems.first().message));

    // Read from JSON, the same playbook is refused for the same reason, naming it by its id when that is valid.
    QString error;
    QVERIFY(!Playbook::fromJson(playbook.toJson(), &error));
    QCOMPARE(error, playbook.describe(problems.first()));
    QVERIFY(error.contains(problems.first().message));
}

void TestPlaybook::validateListsEveryProblem()
{
    Playbook playbook = Playbook::defaults().at(1);
    playbook.id = QStringLiteral("-release");
    playbook.name = QStringLiteral(" ");
    playbook.sources = {QStringLiteral("edr")};
    playbook.actions << Playbook::unrestrictAction();
    playbook.trigger = Playbook::Trigger::ThreatIdentified;
    QList<Playbook::Problem::Field> fields;
    for (const Playbook::Problem& problem : playbook.validate()) {
        fields << problem.field;
    }
    using Field = Playbook::Problem::Field;
    QCOMPARE(fields, (QList<Field>{Field::Id, Field::Name, Field::Sources, Field::Actions, Field::Trigger}));
}

void TestPlaybook::matches_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("expected");

    const auto high = int(Incident::Severity::High);
    const auto medium = int(Incident::Severity::Medium);
    const auto critical = int(Incident::Severity::Critical);
    const auto unknown = int(Incident::Severity::Unknown);
    QTest::newRow("no condition") << QByteArray("{}") << unknown << QStringLiteral("ocsf") << true;
    QTest::newRow("at threshold") << QByteArray(R"({"minimumSeverity":"high"})") << high << QStringLiteral("ocsf")
                                  << true;
    QTest::newRow("above threshold") << QByteArray(R"({"minimumSeverity":"high"})") << critical
                                     << QStringLiteral("ocsf") << true;
    QTest::newRow("below threshold") << QByteArray(R"({"minimumSeverity":"high"})") << medium << QStringLiteral("ocsf")
                                     << false;
    QTest::newRow("unknown severity under a threshold")
        << QByteArray(R"({"minimumSeverity":"low"})") << unknown << QStringLiteral("ocsf") << false;
    QTest::newRow("listed source") << QByteArray(R"({"sources":["redcanary","ocsf"]})") << medium
                                   << QStringLiteral("ocsf") << true;
    QTest::newRow("other source") << QByteArray(R"({"sources":["redcanary"]})") << critical << QStringLiteral("ocsf")
                                  << false;
    QTest::newRow("both met") << QByteArray(R"({"sources":["redcanary"],"minimumSeverity":"medium"})") << high
                              << QStringLiteral("redcanary") << true;
}

void TestPlaybook::matches()
{
    QFETCH(QByteArray, condition);
    QFETCH(int, severity);
    QFETCH(QString, source);
    QFETCH(bool, expected);

    QJsonObject json = parseObject(R"({"id":"a","name":"x","trigger":"manual","actions":["suspend"]})");
    json.insert(QStringLiteral("condition"), QJsonDocument::fromJson(condition).object());
    QString error;
    const auto playbook = Playbook::fromJson(json, &error);
    QVERIFY2(playbook, qPrintable(error));
    QCOMPARE(
        playbook->matches(
            IncidentBuilder(QStringLiteral("1"), source, QStringLiteral("lab")).severity(Incident::Severity(severity))),
        expected);
}

void TestPlaybook::restrictedGroupIsFilledIn()
{
    const Playbook contain = Playbook::defaults().at(0);
    QVERIFY(!contain.resolvedActions(QString()));
    const auto actions = contain.resolvedActions(QStringLiteral("Limited Data Access"));
    QVERIFY(actions);
    QCOMPARE(actions->size(), 3);
    QCOMPARE(actions->at(2).name(), QStringLiteral("add-group:Limited Data Access"));
    // The playbook itself keeps the token, so a later change of the setting applies.
    QCOMPARE(Playbook::actionToken(contain.actions.at(2)), QStringLiteral("restrict"));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
