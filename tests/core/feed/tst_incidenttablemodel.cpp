#include "IncidentBuilder.h"
#include "feed/IncidentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using cordon::core::Incident;
using cordon::core::IncidentTableModel;

// The incident list's model: batches, ids, updates in place, counts, and the texts it shows and searches.
class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsOneBatchWithOneInsert();
    void repeatedIdInOneBatchKeepsTheLast();
    void findsEveryIdAsTheListGrows();
    void updatesInPlaceById();
    void keepsABatchSharedNotCopied();
    void countsByState();
    void containmentStatusShowsInItsColumn();
    void detectedTimeIsWrittenInUtc_data();
    void detectedTimeIsWrittenInUtc();
    void searchTextHoldsEveryColumnInLowerCase();
};

void TestIncidentTableModel::appendsOneBatchWithOneInsert()
{
    IncidentTableModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Incident> batch;
    for (int i = 0; i < 200; ++i) {
        batch << IncidentBuilder::withId(QStringLiteral("id-%1").arg(i))
                     .severity(Incident::Severity::Medium)
                     .state(Incident::State::New)
                     .minutesAfterStart(i)
                     .build();
    }
    QCOMPARE(model.addIncidents(batch), 200);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 199);
    QCOMPARE(model.rowCount(), 200);

    QList<Incident> second{IncidentBuilder::withId(QStringLiteral("id-200"))
                               .severity(Incident::Severity::Low)
                               .state(Incident::State::New)
                               .minutesAfterStart(0)
                               .build(),
                           IncidentBuilder::withId(QStringLiteral("id-201"))
                               .severity(Incident::Severity::Low)
                               .state(Incident::State::New)
                               .minutesAfterStart(0)
                               .build()};
    QCOMPARE(model.addIncidents(second), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 200);
    QCOMPARE(inserted.at(1).at(2).toInt(), 201);

    // A feed loaded whole, large against the list: one reset, no row-by-row placing.
    QList<Incident> large;
    for (int i = 1000; i < 3000; ++i) {
        large << IncidentBuilder::withId(QStringLiteral("id-%1").arg(i))
                     .severity(Incident::Severity::High)
                     .state(Incident::State::New)
                     .minutesAfterStart(i)
                     .build();
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
    Incident first = IncidentBuilder::withId(QStringLiteral("dup"))
                         .severity(Incident::Severity::Low)
                         .state(Incident::State::New)
                         .minutesAfterStart(0)
                         .build();
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
        small << IncidentBuilder::withId(QStringLiteral("s-%1").arg(i))
                     .severity(Incident::Severity::Low)
                     .state(Incident::State::New)
                     .minutesAfterStart(i)
                     .build();
    }
    QCOMPARE(model.addIncidents(small), 10);

    // Large enough to be hashed on every core; it repeats one of its own ids and updates an earlier row.
    QList<Incident> large;
    for (int i = 0; i < 6000; ++i) {
        large << IncidentBuilder::withId(QStringLiteral("l-%1").arg(i))
                     .severity(Incident::Severity::High)
                     .state(Incident::State::New)
                     .minutesAfterStart(i)
                     .build();
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
        larger << IncidentBuilder::withId(QStringLiteral("g-%1").arg(i))
                      .severity(Incident::Severity::Medium)
                      .state(Incident::State::New)
                      .minutesAfterStart(i)
                      .build();
    }
    QCOMPARE(model.addIncidents(larger), 20000);
    QCOMPARE(model.addIncidents({IncidentBuilder::withId(QStringLiteral("one"))
                                     .severity(Incident::Severity::Low)
                                     .state(Incident::State::New)
                                     .minutesAfterStart(0)
                                     .build()}),
             1);

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
    model.addIncidents({IncidentBuilder::withId(QStringLiteral("x"))
                            .severity(Incident::Severity::Low)
                            .state(Incident::State::New)
                            .minutesAfterStart(0)
                            .build(),
                        IncidentBuilder::withId(QStringLiteral("y"))
                            .severity(Incident::Severity::High)
                            .state(Incident::State::New)
                            .minutesAfterStart(1)
                            .build()});
    // Read once, so that a stale cached string would show.
    const QString before = model.index(1, IncidentTableModel::StateColumn).data().toString();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Incident resolved = IncidentBuilder::withId(QStringLiteral("y"))
                            .severity(Incident::Severity::High)
                            .state(Incident::State::Resolved)
                            .minutesAfterStart(1)
                            .build();
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
    QVERIFY(!model.updateIncident(IncidentBuilder::withId(QStringLiteral("unknown"))
                                      .severity(Incident::Severity::Low)
                                      .state(Incident::State::New)
                                      .minutesAfterStart(0)
                                      .build()));
}

void TestIncidentTableModel::keepsABatchSharedNotCopied()
{
    IncidentTableModel model;
    QList<Incident> feed;
    for (int i = 0; i < 500; ++i) {
        feed.append(IncidentBuilder::withId(QStringLiteral("f%1").arg(i))
                        .severity(Incident::Severity::Medium)
                        .state(Incident::State::New)
                        .minutesAfterStart(i)
                        .build());
    }
    model.addIncidents(feed);
    // The rows point into the list the feed gave: a hundred thousand incidents are held once.
    QCOMPARE(model.incidentById(QStringLiteral("f0")), feed.constData());
    QCOMPARE(model.incidentById(QStringLiteral("f499")), feed.constData() + 499);

    // The feed's list changing later does not reach the model, which holds the list as it was.
    feed[0].title = QStringLiteral("changed by the feed");
    QCOMPARE(model.incidentById(QStringLiteral("f0"))->title, QStringLiteral("Incident f0"));

    // An update by itself, then one in a later batch: each row shows its latest record.
    Incident resolved = IncidentBuilder::withId(QStringLiteral("f1"))
                            .severity(Incident::Severity::Medium)
                            .state(Incident::State::Resolved)
                            .minutesAfterStart(1)
                            .build();
    QVERIFY(model.updateIncident(resolved));
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->state, Incident::State::Resolved);
    resolved.state = Incident::State::Suppressed;
    QVERIFY(model.updateIncident(resolved));
    QCOMPARE(model.incidentById(QStringLiteral("f1"))->state, Incident::State::Suppressed);
    QList<Incident> later{IncidentBuilder::withId(QStringLiteral("f1"))
                              .severity(Incident::Severity::High)
                              .state(Incident::State::New)
                              .minutesAfterStart(1)
                              .build(),
                          IncidentBuilder::withId(QStringLiteral("f2"))
                              .severity(Incident::Severity::High)
                              .state(Incident::State::New)
                              .minutesAfterStart(2)
                              .build()};
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
        IncidentBuilder::withId(QStringLiteral("1"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::New)
            .minutesAfterStart(0)
            .build(),
        IncidentBuilder::withId(QStringLiteral("2"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::InProgress)
            .minutesAfterStart(0)
            .build(),
        IncidentBuilder::withId(QStringLiteral("3"))
            .severity(Incident::Severity::High)
            .state(Incident::State::Resolved)
            .minutesAfterStart(0)
            .build(),
        IncidentBuilder::withId(QStringLiteral("4"))
            .severity(Incident::Severity::Low)
            .state(Incident::State::Suppressed)
            .minutesAfterStart(0)
            .build(),
        IncidentBuilder::withId(QStringLiteral("5"))
            .severity(Incident::Severity::Medium)
            .state(Incident::State::New)
            .minutesAfterStart(0)
            .build(),
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
    model.addIncidents({IncidentBuilder::withId(QStringLiteral("c"))
                            .severity(Incident::Severity::High)
                            .state(Incident::State::New)
                            .minutesAfterStart(0)
                            .build()});
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
    Incident incident = IncidentBuilder::withId(QStringLiteral("t"))
                            .severity(Incident::Severity::Low)
                            .state(Incident::State::New)
                            .minutesAfterStart(0)
                            .build();
    incident.detectedAt = detected.toOffsetFromUtc(3600 * 5); // the column shows UTC whatever the zone held
    IncidentTableModel model;
    model.addIncidents({incident});
    QCOMPARE(model.index(0, IncidentTableModel::DetectedColumn).data().toString(), expected);
    QVERIFY(model.index(0, 0).data(IncidentTableModel::SearchTextRole).toString().contains(expected));
}

void TestIncidentTableModel::searchTextHoldsEveryColumnInLowerCase()
{
    IncidentTableModel model;
    Incident incident = IncidentBuilder::withId(QStringLiteral("ocsf:Sentrybird:SB-1"))
                            .severity(Incident::Severity::High)
                            .state(Incident::State::Resolved)
                            .minutesAfterStart(3)
                            .host(QStringLiteral("KST-ÜNÏ-01"))
                            .rawUser(QStringLiteral("AD_DOMAIN\\Jörg.Weiß"))
                            .build();
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

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
