#include "feed/IncidentTableModel.h"
#include "gui/IncidentFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using cordon::core::Incident;
using cordon::core::IncidentTableModel;
using cordon::gui::IncidentFilterModel;

namespace
{

Incident makeIncident(const QString& id,
                      Incident::Severity severity,
                      Incident::State state,
                      qint64 minutesAfterStart,
                      const QString& host = QStringLiteral("kst-lt-0001"),
                      const QString& user = QStringLiteral("KESTREL\\someone"))
{
    Incident incident;
    incident.id = id;
    incident.title = QStringLiteral("Incident %1").arg(id);
    incident.severity = severity;
    incident.state = state;
    incident.detectedAt = QDateTime(QDate(2026, 1, 11), QTime(7, 0), Qt::UTC).addSecs(minutesAfterStart * 60);
    incident.hostname = host;
    incident.user.raw = user;
    return incident;
}

QStringList idsInOrder(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(IncidentTableModel::IncidentIdRole).toString();
    }
    return ids;
}

} // namespace

class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void appendsOneBatchWithOneInsert();
    void repeatedIdInOneBatchKeepsTheLast();
    void findsEveryIdAsTheListGrows();
    void updatesInPlaceById();
    void keepsABatchSharedNotCopied();
    void countsByState();
    void containmentStatusShowsInItsColumn();
    void filterMatchesAnyColumn_data();
    void filterMatchesAnyColumn();
    void filterOverALargeBatchWaitsForItsSearchTexts();
    void detectedTimeIsWrittenInUtc_data();
    void detectedTimeIsWrittenInUtc();
    void searchTextHoldsEveryColumnInLowerCase();
    void defaultOrderPutsCriticalOpenFirst();
    void otherColumnsBreakTiesByUrgency();
};

void TestIncidentTableModel::passesModelTester()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.addIncidents({makeIncident(QStringLiteral("a"), Incident::Severity::Low, Incident::State::New, 1),
                        makeIncident(QStringLiteral("b"), Incident::Severity::High, Incident::State::Resolved, 2)});
    model.addIncidents({makeIncident(QStringLiteral("c"), Incident::Severity::Critical, Incident::State::New, 3)});
    model.updateIncident(
        makeIncident(QStringLiteral("a"), Incident::Severity::Critical, Incident::State::InProgress, 4));
    model.setContainmentStatus(QStringLiteral("c"), QStringLiteral("Contained"));
    filter.setFilterText(QStringLiteral("incident c"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestIncidentTableModel::appendsOneBatchWithOneInsert()
{
    IncidentTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Incident> batch;
    for (int i = 0; i < 200; ++i) {
        batch << makeIncident(QStringLiteral("id-%1").arg(i), Incident::Severity::Medium, Incident::State::New, i);
    }
    QCOMPARE(model.addIncidents(batch), 200);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 199);
    QCOMPARE(model.rowCount(), 200);

    QList<Incident> second{makeIncident(QStringLiteral("id-200"), Incident::Severity::Low, Incident::State::New, 0),
                           makeIncident(QStringLiteral("id-201"), Incident::Severity::Low, Incident::State::New, 0)};
    QCOMPARE(model.addIncidents(second), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 200);
    QCOMPARE(inserted.at(1).at(2).toInt(), 201);

    // A feed loaded whole, large against the list: one reset, no row-by-row placing.
    QList<Incident> large;
    for (int i = 1000; i < 3000; ++i) {
        large << makeIncident(QStringLiteral("id-%1").arg(i), Incident::Severity::High, Incident::State::New, i);
    }
    QCOMPARE(model.addIncidents(large), 2000);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2202);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowOf(model.incidentAt(row)->id), row);
    }

    // The same records again (a file read again whole) change nothing and say nothing.
    QCOMPARE(model.addIncidents(batch), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 2202);
}

void TestIncidentTableModel::repeatedIdInOneBatchKeepsTheLast()
{
    IncidentTableModel model;
    Incident first = makeIncident(QStringLiteral("dup"), Incident::Severity::Low, Incident::State::New, 0);
    Incident second = first;
    second.title = QStringLiteral("later record");
    QCOMPARE(model.addIncidents({first, second}), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, IncidentTableModel::TitleColumn).data().toString(), second.title);
    QCOMPARE(model.countInState(Incident::State::New), 1);
}

void TestIncidentTableModel::findsEveryIdAsTheListGrows()
{
    IncidentTableModel model;
    QList<Incident> small;
    for (int i = 0; i < 10; ++i) {
        small << makeIncident(QStringLiteral("s-%1").arg(i), Incident::Severity::Low, Incident::State::New, i);
    }
    QCOMPARE(model.addIncidents(small), 10);

    // Large enough to be hashed on every core; it repeats one of its own ids and updates an earlier row.
    QList<Incident> large;
    for (int i = 0; i < 6000; ++i) {
        large << makeIncident(QStringLiteral("l-%1").arg(i), Incident::Severity::High, Incident::State::New, i);
    }
    Incident repeated = large.at(7);
    repeated.title = QStringLiteral("later record");
    large << repeated;
    Incident updated = small.at(3);
    updated.state = Incident::State::Resolved;
    large << updated;
    QCOMPARE(model.addIncidents(large), 6000);

    // Then a batch that makes the index grow again, and one row at a time.
    QList<Incident> larger;
    for (int i = 0; i < 20000; ++i) {
        larger << makeIncident(QStringLiteral("g-%1").arg(i), Incident::Severity::Medium, Incident::State::New, i);
    }
    QCOMPARE(model.addIncidents(larger), 20000);
    QCOMPARE(
        model.addIncidents({makeIncident(QStringLiteral("one"), Incident::Severity::Low, Incident::State::New, 0)}), 1);

    QCOMPARE(model.rowCount(), 26011);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowOf(model.incidentAt(row)->id), row);
    }
    QCOMPARE(model.incidentById(QStringLiteral("l-7"))->title, QStringLiteral("later record"));
    QCOMPARE(model.incidentById(QStringLiteral("s-3"))->state, Incident::State::Resolved);
    QCOMPARE(model.rowOf(QStringLiteral("l-6000")), -1);
    QCOMPARE(model.rowOf(QString()), -1);
    model.clear();
    QCOMPARE(model.rowOf(QStringLiteral("s-0")), -1);
    QCOMPARE(model.addIncidents(small), 10);
    QCOMPARE(model.rowOf(QStringLiteral("s-9")), 9);
}

void TestIncidentTableModel::updatesInPlaceById()
{
    IncidentTableModel model;
    model.addIncidents({makeIncident(QStringLiteral("x"), Incident::Severity::Low, Incident::State::New, 0),
                        makeIncident(QStringLiteral("y"), Incident::Severity::High, Incident::State::New, 1)});
    // Read once, so that a stale cached string would show.
    const QString before = model.index(1, IncidentTableModel::StateColumn).data().toString();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Incident resolved = makeIncident(QStringLiteral("y"), Incident::Severity::High, Incident::State::Resolved, 1);
    resolved.resolution = QStringLiteral("remediated");
    QCOMPARE(model.addIncidents({resolved}), 0);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    const QString after = model.index(1, IncidentTableModel::StateColumn).data().toString();
    QVERIFY(after != before);
    QVERIFY(after.contains(QStringLiteral("remediated")));
    QCOMPARE(model.index(1, IncidentTableModel::StateColumn).data(IncidentTableModel::OpenRole).toBool(), false);
    QVERIFY(!model.updateIncident(
        makeIncident(QStringLiteral("unknown"), Incident::Severity::Low, Incident::State::New, 0)));
}

void TestIncidentTableModel::keepsABatchSharedNotCopied()
{
    IncidentTableModel model;
    QList<Incident> feed;
    for (int i = 0; i < 500; ++i) {
        feed.append(makeIncident(QStringLiteral("f%1").arg(i), Incident::Severity::Medium, Incident::State::New, i));
    }
    model.addIncidents(feed);
    // The rows point into the list the feed gave: a hundred thousand incidents are held once.
    QCOMPARE(model.incidentById(QStringLiteral("f0")), feed.constData());
    QCOMPARE(model.incidentById(QStringLiteral("f499")), feed.constData() + 499);

    // The feed's list changing later does not reach the model, which holds the list as it was.
    feed[0].title = QStringLiteral("changed by the feed");
    QCOMPARE(model.incidentById(QStringLiteral("f0"))->title, QStringLiteral("Incident f0"));

    // An update by itself, then one in a later batch: each row shows its latest record.
    Incident resolved = makeIncident(QStringLiteral("f1"), Incident::Severity::Medium, Incident::State::Resolved, 1);
    QVERIFY(model.updateIncident(resolved));
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->state, Incident::State::Resolved);
    resolved.state = Incident::State::Suppressed;
    QVERIFY(model.updateIncident(resolved));
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->state, Incident::State::Suppressed);
    QList<Incident> later{makeIncident(QStringLiteral("f1"), Incident::Severity::High, Incident::State::New, 1),
                          makeIncident(QStringLiteral("f2"), Incident::Severity::High, Incident::State::New, 2)};
    QCOMPARE(model.addIncidents(later), 0);
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->severity, Incident::Severity::High);
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->state, Incident::State::New);
    QCOMPARE(model.incidentById(QStringLiteral("f2")), later.constData() + 1);
    QCOMPARE(model.openCountAtSeverity(Incident::Severity::High), 2);
    QCOMPARE(model.openCountAtSeverity(Incident::Severity::Medium), 498);
    QCOMPARE(model.rowCount(), 500);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.openCount(), 0);
}

void TestIncidentTableModel::countsByState()
{
    IncidentTableModel model;
    QSignalSpy counts(&model, &IncidentTableModel::countsChanged);
    const QList<Incident> incidents{
        makeIncident(QStringLiteral("1"), Incident::Severity::Critical, Incident::State::New, 0),
        makeIncident(QStringLiteral("2"), Incident::Severity::Critical, Incident::State::InProgress, 0),
        makeIncident(QStringLiteral("3"), Incident::Severity::High, Incident::State::Resolved, 0),
        makeIncident(QStringLiteral("4"), Incident::Severity::Low, Incident::State::Suppressed, 0),
        makeIncident(QStringLiteral("5"), Incident::Severity::Medium, Incident::State::New, 0),
    };
    model.addIncidents(incidents);
    QCOMPARE(counts.count(), 1);
    for (const auto state : {Incident::State::New, Incident::State::InProgress, Incident::State::Resolved,
                             Incident::State::Suppressed, Incident::State::Unknown}) {
        const auto expected = std::count_if(incidents.cbegin(), incidents.cend(),
                                            [state](const Incident& incident) { return incident.state == state; });
        QCOMPARE(model.countInState(state), static_cast<int>(expected));
    }
    QCOMPARE(model.openCount(), 3);
    QCOMPARE(model.openCountAtSeverity(Incident::Severity::Critical), 2);
    QCOMPARE(model.openCountAtSeverity(Incident::Severity::High), 0);

    Incident closed = incidents.at(0);
    closed.state = Incident::State::Resolved;
    model.updateIncident(closed);
    QCOMPARE(counts.count(), 2);
    QCOMPARE(model.countInState(Incident::State::New), 1);
    QCOMPARE(model.countInState(Incident::State::Resolved), 2);
    QCOMPARE(model.openCountAtSeverity(Incident::Severity::Critical), 1);

    model.clear();
    QCOMPARE(model.openCount(), 0);
    QCOMPARE(model.countInState(Incident::State::Resolved), 0);
}

void TestIncidentTableModel::containmentStatusShowsInItsColumn()
{
    IncidentTableModel model;
    model.addIncidents({makeIncident(QStringLiteral("c"), Incident::Severity::High, Incident::State::New, 0)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setContainmentStatus(QStringLiteral("c"), QStringLiteral("Suspended")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(IncidentTableModel::ContainmentColumn));
    QCOMPARE(model.index(0, IncidentTableModel::ContainmentColumn).data().toString(), QStringLiteral("Suspended"));
    QCOMPARE(model.containmentStatus(QStringLiteral("c")), QStringLiteral("Suspended"));
    QVERIFY(!model.setContainmentStatus(QStringLiteral("absent"), QStringLiteral("Suspended")));
}

void TestIncidentTableModel::detectedTimeIsWrittenInUtc_data()
{
    QTest::addColumn<qint64>("msecs");
    const auto at = [](int year, int month, int day, int hour, int minute, int second = 0, int ms = 0) {
        return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC).toMSecsSinceEpoch();
    };
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("a finding") << qint64(1795000002000);
    QTest::newRow("just before the epoch") << qint64(-1);
    QTest::newRow("seconds before the epoch") << at(1969, 12, 31, 23, 59, 30);
    QTest::newRow("leap day") << at(2000, 2, 29, 12, 34, 56, 789);
    QTest::newRow("century not leap") << at(2100, 3, 1, 0, 0);
    QTest::newRow("end of a year") << at(2026, 12, 31, 23, 59, 59, 999);
    QTest::newRow("long ago") << at(1600, 3, 1, 5, 6);
    QTest::newRow("first year") << at(1, 1, 1, 0, 0);
    QTest::newRow("last four-digit year") << at(9999, 12, 31, 23, 59);
    QTest::newRow("five-digit year") << at(12026, 6, 1, 8, 9);
}

void TestIncidentTableModel::detectedTimeIsWrittenInUtc()
{
    QFETCH(qint64, msecs);
    const QDateTime detected = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const QDate date = detected.date();
    const QTime time = detected.time();
    const QString expected = QString::asprintf("%04d-%02d-%02d %02d:%02d", date.year(), date.month(), date.day(),
                                               time.hour(), time.minute());
    Incident incident = makeIncident(QStringLiteral("t"), Incident::Severity::Low, Incident::State::New, 0);
    incident.detectedAt = detected.toOffsetFromUtc(3600 * 5); // the column shows UTC whatever the zone held
    IncidentTableModel model;
    model.addIncidents({incident});
    QCOMPARE(model.index(0, IncidentTableModel::DetectedColumn).data().toString(), expected);
    QVERIFY(model.index(0, 0).data(IncidentTableModel::SearchTextRole).toString().contains(expected));
}

void TestIncidentTableModel::searchTextHoldsEveryColumnInLowerCase()
{
    IncidentTableModel model;
    Incident incident =
        makeIncident(QStringLiteral("ocsf:Sentrybird:SB-1"), Incident::Severity::High, Incident::State::Resolved, 3,
                     QStringLiteral("KST-ÜNÏ-01"), QStringLiteral("AD_DOMAIN\\Jörg.Weiß"));
    incident.title = QStringLiteral("Encoded PowerShell ÉTÉ");
    incident.resolution = QStringLiteral("False_Positive");
    model.addIncidents({incident});
    model.setContainmentStatus(incident.id, QStringLiteral("Contained"));

    QStringList columns;
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        if (column != IncidentTableModel::StateColumn) {
            columns << model.index(0, column).data().toString();
        }
    }
    columns.insert(IncidentTableModel::StateColumn, IncidentTableModel::stateText(incident.state));
    columns.insert(IncidentTableModel::StateColumn + 1, incident.resolution);
    columns << incident.id;
    QCOMPARE(model.index(0, 0).data(IncidentTableModel::SearchTextRole).toString(),
             columns.join(QLatin1Char('\n')).toLower());
}

void TestIncidentTableModel::filterMatchesAnyColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("host, other case") << QStringLiteral("WS-4242") << QStringLiteral("host");
    QTest::newRow("endpoint user") << QStringLiteral("ad_domain\\jor") << QStringLiteral("user");
    QTest::newRow("title substring") << QStringLiteral("mimikatz") << QStringLiteral("title");
    QTest::newRow("containment status") << QStringLiteral("suspended") << QStringLiteral("contained");
    QTest::newRow("severity text") << IncidentTableModel::severityText(Incident::Severity::Critical)
                                   << QStringLiteral("title");
}

void TestIncidentTableModel::filterMatchesAnyColumn()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedId);
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    Incident byHost = makeIncident(QStringLiteral("host"), Incident::Severity::Low, Incident::State::New, 0,
                                   QStringLiteral("kst-ws-4242"));
    Incident byUser = makeIncident(QStringLiteral("user"), Incident::Severity::Low, Incident::State::New, 0,
                                   QStringLiteral("kst-lt-0002"), QStringLiteral("AD_DOMAIN\\joren"));
    Incident byTitle = makeIncident(QStringLiteral("title"), Incident::Severity::Critical, Incident::State::New, 0);
    byTitle.title = QStringLiteral("Credential theft with Mimikatz");
    Incident contained = makeIncident(QStringLiteral("contained"), Incident::Severity::Low, Incident::State::New, 0);
    model.addIncidents({byHost, byUser, byTitle, contained});
    model.setContainmentStatus(QStringLiteral("contained"), QStringLiteral("Suspended"));

    filter.setFilterText(text);
    QCOMPARE(idsInOrder(filter), QStringList{expectedId});
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestIncidentTableModel::filterOverALargeBatchWaitsForItsSearchTexts()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    // A filter already typed when the feed arrives, and one typed at once after: both see every row's text.
    filter.setFilterText(QStringLiteral("KST-WS-4242"));
    QList<Incident> feed;
    for (int i = 0; i < 8000; ++i) {
        feed << makeIncident(QStringLiteral("f-%1").arg(i), Incident::Severity::Low, Incident::State::New, i,
                             i == 7999 ? QStringLiteral("kst-ws-4242") : QStringLiteral("kst-lt-%1").arg(i));
    }
    QCOMPARE(model.addIncidents(feed), 8000);
    QCOMPARE(idsInOrder(filter), QStringList{QStringLiteral("f-7999")});

    QList<Incident> more;
    for (int i = 0; i < 8000; ++i) {
        more << makeIncident(QStringLiteral("m-%1").arg(i), Incident::Severity::Low, Incident::State::New, i);
    }
    more[4321].title = QStringLiteral("Ransom note written by Ryuk");
    QCOMPARE(model.addIncidents(more), 8000);
    filter.setFilterText(QStringLiteral("ryuk"));
    QCOMPARE(idsInOrder(filter), QStringList{QStringLiteral("m-4321")});
    QVERIFY(
        model.index(15999, 0).data(IncidentTableModel::SearchTextRole).toString().contains(QStringLiteral("m-7999")));

    // A change right after a large batch lands on its finished text, not under it.
    QList<Incident> last;
    for (int i = 0; i < 8000; ++i) {
        last << makeIncident(QStringLiteral("z-%1").arg(i), Incident::Severity::Low, Incident::State::New, i);
    }
    model.addIncidents(last);
    QVERIFY(model.setContainmentStatus(QStringLiteral("z-17"), QStringLiteral("Contained")));
    filter.setFilterText(QStringLiteral("contained"));
    QCOMPARE(idsInOrder(filter), QStringList{QStringLiteral("z-17")});
}

void TestIncidentTableModel::defaultOrderPutsCriticalOpenFirst()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    // Added in an order that is wrong on purpose: closed and older ones first.
    model.addIncidents({
        makeIncident(QStringLiteral("closed-critical"), Incident::Severity::Critical, Incident::State::Resolved, 50),
        makeIncident(QStringLiteral("open-low"), Incident::Severity::Low, Incident::State::New, 40),
        makeIncident(QStringLiteral("open-critical-old"), Incident::Severity::Critical, Incident::State::InProgress,
                     10),
        makeIncident(QStringLiteral("open-high"), Incident::Severity::High, Incident::State::New, 30),
        makeIncident(QStringLiteral("open-critical-new"), Incident::Severity::Critical, Incident::State::New, 20),
        makeIncident(QStringLiteral("suppressed-high"), Incident::Severity::High, Incident::State::Suppressed, 60),
    });
    const QStringList order = idsInOrder(filter);
    QCOMPARE(order.first(), QStringLiteral("open-critical-new"));
    QCOMPARE(order, (QStringList{QStringLiteral("open-critical-new"), QStringLiteral("open-critical-old"),
                                 QStringLiteral("open-high"), QStringLiteral("open-low"),
                                 QStringLiteral("closed-critical"), QStringLiteral("suppressed-high")}));

    // A later, more urgent incident moves to the top by itself.
    model.addIncidents(
        {makeIncident(QStringLiteral("newest-critical"), Incident::Severity::Critical, Incident::State::New, 90)});
    QCOMPARE(idsInOrder(filter).first(), QStringLiteral("newest-critical"));
}

void TestIncidentTableModel::otherColumnsBreakTiesByUrgency()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    model.addIncidents({
        makeIncident(QStringLiteral("b-low"), Incident::Severity::Low, Incident::State::New, 0, QStringLiteral("b")),
        makeIncident(QStringLiteral("a-low"), Incident::Severity::Low, Incident::State::New, 0, QStringLiteral("a")),
        makeIncident(QStringLiteral("b-critical"), Incident::Severity::Critical, Incident::State::New, 0,
                     QStringLiteral("b")),
    });
    filter.sort(IncidentTableModel::HostColumn, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(filter),
             (QStringList{QStringLiteral("a-low"), QStringLiteral("b-critical"), QStringLiteral("b-low")}));
    filter.sort(IncidentTableModel::HostColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(filter),
             (QStringList{QStringLiteral("b-critical"), QStringLiteral("b-low"), QStringLiteral("a-low")}));
}

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
