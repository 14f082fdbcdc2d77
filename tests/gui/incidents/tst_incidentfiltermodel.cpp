#include "IncidentBuilder.h"
#include "feed/IncidentTableModel.h"
#include "gui/incidents/IncidentFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using cordon::core::Incident;
using cordon::core::IncidentTableModel;
using cordon::gui::IncidentFilterModel;

namespace
{

QStringList idsInOrder(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.index(row, 0).data(IncidentTableModel::IncidentIdRole).toString();
    }
    return ids;
}

} // namespace

// The list as the window shows it: the filter over every column, and the order of urgency.
class TestIncidentFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void filterMatchesAnyColumn_data();
    void filterMatchesAnyColumn();
    void filterOverALargeBatchWaitsForItsSearchTexts();
    void defaultOrderPutsCriticalOpenFirst();
    void otherColumnsBreakTiesByUrgency();
};

void TestIncidentFilterModel::passesModelTester()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.addIncidents({IncidentBuilder::withId(QStringLiteral("a"))
                            .severity(Incident::Severity::Low)
                            .state(Incident::State::New)
                            .minutesAfterStart(1)
                            .build(),
                        IncidentBuilder::withId(QStringLiteral("b"))
                            .severity(Incident::Severity::High)
                            .state(Incident::State::Resolved)
                            .minutesAfterStart(2)
                            .build()});
    model.addIncidents({IncidentBuilder::withId(QStringLiteral("c"))
                            .severity(Incident::Severity::Critical)
                            .state(Incident::State::New)
                            .minutesAfterStart(3)
                            .build()});
    model.updateIncident(IncidentBuilder::withId(QStringLiteral("a"))
                             .severity(Incident::Severity::Critical)
                             .state(Incident::State::InProgress)
                             .minutesAfterStart(4)
                             .build());
    model.setContainmentStatus(QStringLiteral("c"), QStringLiteral("Contained"));
    filter.setFilterText(QStringLiteral("incident c"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestIncidentFilterModel::filterMatchesAnyColumn_data()
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

void TestIncidentFilterModel::filterMatchesAnyColumn()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedId);
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    Incident byHost = IncidentBuilder::withId(QStringLiteral("host"))
                          .severity(Incident::Severity::Low)
                          .state(Incident::State::New)
                          .minutesAfterStart(0)
                          .host(QStringLiteral("kst-ws-4242"))
                          .build();
    Incident byUser = IncidentBuilder::withId(QStringLiteral("user"))
                          .severity(Incident::Severity::Low)
                          .state(Incident::State::New)
                          .minutesAfterStart(0)
                          .host(QStringLiteral("kst-lt-0002"))
                          .rawUser(QStringLiteral("AD_DOMAIN\\joren"))
                          .build();
    Incident byTitle = IncidentBuilder::withId(QStringLiteral("title"))
                           .severity(Incident::Severity::Critical)
                           .state(Incident::State::New)
                           .minutesAfterStart(0)
                           .build();
    byTitle.title = QStringLiteral("Credential theft with Mimikatz");
    Incident contained = IncidentBuilder::withId(QStringLiteral("contained"))
                             .severity(Incident::Severity::Low)
                             .state(Incident::State::New)
                             .minutesAfterStart(0)
                             .build();
    model.addIncidents({byHost, byUser, byTitle, contained});
    model.setContainmentStatus(QStringLiteral("contained"), QStringLiteral("Suspended"));

    filter.setFilterText(text);
    QCOMPARE(idsInOrder(filter), QStringList{expectedId});
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestIncidentFilterModel::filterOverALargeBatchWaitsForItsSearchTexts()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    // A filter already typed when the feed arrives, and one typed at once after: both see every row's text.
    filter.setFilterText(QStringLiteral("KST-WS-4242"));
    QList<Incident> feed;
    for (int i = 0; i < 8000; ++i) {
        feed << IncidentBuilder::withId(QStringLiteral("f-%1").arg(i))
                    .severity(Incident::Severity::Low)
                    .state(Incident::State::New)
                    .minutesAfterStart(i)
                    .host(i == 7999 ? QStringLiteral("kst-ws-4242") : QStringLiteral("kst-lt-%1").arg(i))
                    .build();
    }
    QCOMPARE(model.addIncidents(feed), 8000);
    QCOMPARE(idsInOrder(filter), QStringList{QStringLiteral("f-7999")});

    QList<Incident> more;
    for (int i = 0; i < 8000; ++i) {
        more << IncidentBuilder::withId(QStringLiteral("m-%1").arg(i))
                    .severity(Incident::Severity::Low)
                    .state(Incident::State::New)
                    .minutesAfterStart(i)
                    .build();
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
        last << IncidentBuilder::withId(QStringLiteral("z-%1").arg(i))
                    .severity(Incident::Severity::Low)
                    .state(Incident::State::New)
                    .minutesAfterStart(i)
                    .build();
    }
    model.addIncidents(last);
    QVERIFY(model.setContainmentStatus(QStringLiteral("z-17"), QStringLiteral("Contained")));
    filter.setFilterText(QStringLiteral("contained"));
    QCOMPARE(idsInOrder(filter), QStringList{QStringLiteral("z-17")});
}

void TestIncidentFilterModel::defaultOrderPutsCriticalOpenFirst()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    // Added in an order that is wrong on purpose: closed and older ones first.
    model.addIncidents({
        IncidentBuilder::withId(QStringLiteral("closed-critical"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::Resolved)
            .minutesAfterStart(50)
            .build(),
        IncidentBuilder::withId(QStringLiteral("open-low"))
            .severity(Incident::Severity::Low)
            .state(Incident::State::New)
            .minutesAfterStart(40)
            .build(),
        IncidentBuilder::withId(QStringLiteral("open-critical-old"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::InProgress)
            .minutesAfterStart(10)
            .build(),
        IncidentBuilder::withId(QStringLiteral("open-high"))
            .severity(Incident::Severity::High)
            .state(Incident::State::New)
            .minutesAfterStart(30)
            .build(),
        IncidentBuilder::withId(QStringLiteral("open-critical-new"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::New)
            .minutesAfterStart(20)
            .build(),
        IncidentBuilder::withId(QStringLiteral("suppressed-high"))
            .severity(Incident::Severity::High)
            .state(Incident::State::Suppressed)
            .minutesAfterStart(60)
            .build(),
    });
    const QStringList order = idsInOrder(filter);
    QCOMPARE(order.first(), QStringLiteral("open-critical-new"));
    QCOMPARE(order, (QStringList{QStringLiteral("open-critical-new"), QStringLiteral("open-critical-old"),
                                 QStringLiteral("open-high"), QStringLiteral("open-low"),
                                 QStringLiteral("closed-critical"), QStringLiteral("suppressed-high")}));

    // A later, more urgent incident moves to the top by itself.
    model.addIncidents({IncidentBuilder::withId(QStringLiteral("newest-critical"))
                            .severity(Incident::Severity::Critical)
                            .state(Incident::State::New)
                            .minutesAfterStart(90)
                            .build()});
    QCOMPARE(idsInOrder(filter).first(), QStringLiteral("newest-critical"));
}

void TestIncidentFilterModel::otherColumnsBreakTiesByUrgency()
{
    IncidentTableModel model;
    IncidentFilterModel filter;
    filter.setSourceModel(&model);
    model.addIncidents({
        IncidentBuilder::withId(QStringLiteral("b-low"))
            .severity(Incident::Severity::Low)
            .state(Incident::State::New)
            .minutesAfterStart(0)
            .host(QStringLiteral("b"))
            .build(),
        IncidentBuilder::withId(QStringLiteral("a-low"))
            .severity(Incident::Severity::Low)
            .state(Incident::State::New)
            .minutesAfterStart(0)
            .host(QStringLiteral("a"))
            .build(),
        IncidentBuilder::withId(QStringLiteral("b-critical"))
            .severity(Incident::Severity::Critical)
            .state(Incident::State::New)
            .minutesAfterStart(0)
            .host(QStringLiteral("b"))
            .build(),
    });
    filter.sort(IncidentTableModel::HostColumn, Qt::AscendingOrder);
    QCOMPARE(idsInOrder(filter),
             (QStringList{QStringLiteral("a-low"), QStringLiteral("b-critical"), QStringLiteral("b-low")}));
    filter.sort(IncidentTableModel::HostColumn, Qt::DescendingOrder);
    QCOMPARE(idsInOrder(filter),
             (QStringList{QStringLiteral("b-critical"), QStringLiteral("b-low"), QStringLiteral("a-low")}));
}

QTEST_MAIN(TestIncidentFilterModel)
#include "tst_incidentfiltermodel.moc"
