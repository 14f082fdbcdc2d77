#include "gui/playbooks/PlaybookListModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using cordon::core::Playbook;
using cordon::gui::PlaybookListModel;

class TestPlaybookListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowNameTriggerAndMode();
    void disabledPlaybooksAreGreyed();
    void editsInsertsAndRemovesKeepTheModelConsistent();
};

void TestPlaybookListModel::rowsShowNameTriggerAndMode()
{
    PlaybookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlaybooks(Playbook::defaults());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PlaybookListModel::ColumnCount));
    QCOMPARE(model.index(0, PlaybookListModel::NameColumn).data().toString(), QStringLiteral("Contain"));
    QCOMPARE(model.index(0, PlaybookListModel::TriggerColumn).data().toString(), QStringLiteral("Threat identified"));
    QCOMPARE(model.index(0, PlaybookListModel::ModeColumn).data().toString(), QStringLiteral("Ask"));
    QCOMPARE(model.index(1, PlaybookListModel::TriggerColumn).data().toString(), QStringLiteral("Threat remediated"));
    QCOMPARE(model.headerData(PlaybookListModel::ModeColumn, Qt::Horizontal).toString(), QStringLiteral("Mode"));

    // A manual playbook runs when the analyst starts it: it shows no mode.
    Playbook manual = model.playbook(0);
    manual.trigger = Playbook::Trigger::Manual;
    model.setPlaybook(0, manual);
    QCOMPARE(model.index(0, PlaybookListModel::TriggerColumn).data().toString(), QStringLiteral("Manually"));
    QVERIFY(!model.index(0, PlaybookListModel::ModeColumn).data().isValid());
}

void TestPlaybookListModel::disabledPlaybooksAreGreyed()
{
    PlaybookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Playbook> playbooks = Playbook::defaults();
    playbooks[1].enabled = false;
    model.setPlaybooks(playbooks);
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Contain"));
    QVERIFY(!model.index(0, PlaybookListModel::ModeColumn).data(Qt::ToolTipRole).isValid());
    for (int column = 0; column < PlaybookListModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(1, column);
        QVERIFY(index.data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Disabled")));
    }
}

void TestPlaybookListModel::editsInsertsAndRemovesKeepTheModelConsistent()
{
    PlaybookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlaybooks(Playbook::defaults());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Playbook automatic = model.playbook(0);
    automatic.mode = Playbook::Mode::Automatic;
    model.setPlaybook(0, automatic);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, PlaybookListModel::ModeColumn).data().toString(), QStringLiteral("Automatic"));
    // The same playbook again changes nothing.
    model.setPlaybook(0, automatic);
    QCOMPARE(changed.size(), 1);

    Playbook extra = automatic;
    extra.id = QStringLiteral("extra");
    extra.name = QStringLiteral("Extra");
    QCOMPARE(model.append(extra), 2);
    QCOMPARE(model.rowCount(), 3);
    model.remove(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.playbooks().first().id, QStringLiteral("release"));
    QCOMPARE(model.playbooks().last().id, QStringLiteral("extra"));
    model.remove(5);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestPlaybookListModel)
#include "tst_playbooklistmodel.moc"
