#include "playbooks/UndoLedger.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

const QString kIncident = QStringLiteral("redcanary:lab:42");
const QString kUser = QStringLiteral("00u1a2b3c4d5e6f7g8h9");
const QString kGroupId = QStringLiteral("00g1a2b3c4d5e6f7g8h9");
const QString kSecondGroupId = QStringLiteral("00g2a2b3c4d5e6f7g8h9");
const QString kThirdGroupId = QStringLiteral("00g3a2b3c4d5e6f7g8h9");

JournalEntry entry(const QString& action, const QString& groupId = {})
{
    JournalEntry entry;
    entry.incidentId = kIncident;
    entry.oktaUserId = kUser;
    entry.action = action;
    entry.groupId = groupId;
    entry.state = Journal::Done;
    entry.outcome = QStringLiteral("done");
    return entry;
}

QStringList names(const QList<ContainmentAction>& actions)
{
    QStringList names;
    for (const ContainmentAction& action : actions) {
        names << action.name();
    }
    return names;
}

} // namespace

class TestUndoLedger : public QObject
{
    Q_OBJECT

private slots:
    void releaseActions_data();
    void releaseActions();
    void filterKeepsOnlyCordonsChanges_data();
    void filterKeepsOnlyCordonsChanges();
    void journalAlreadyIsNotCordons();
    void groupAddedTwiceIsKnownByBothNames();
};

void TestUndoLedger::releaseActions_data()
{
    QTest::addColumn<QList<JournalEntry>>("entries");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing") << QList<JournalEntry>{} << QStringList{};
    QTest::newRow("sessions cannot be given back")
        << QList<JournalEntry>{entry(QStringLiteral("clear-sessions"))} << QStringList{};
    QTest::newRow("full containment, last change undone first")
        << QList<JournalEntry>{entry(QStringLiteral("clear-sessions")), entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("add-group:Limited Data Access"), kGroupId)}
        << QStringList{QStringLiteral("remove-group:") + kGroupId, QStringLiteral("unsuspend")};
    QTest::newRow("already released")
        << QList<JournalEntry>{entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("remove-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("unsuspend"))}
        << QStringList{};
    QTest::newRow("partly released") << QList<JournalEntry>{entry(QStringLiteral("suspend")),
                                                            entry(QStringLiteral("add-group:Limited Data Access"),
                                                                  kGroupId),
                                                            entry(QStringLiteral("unsuspend"))}
                                     << QStringList{QStringLiteral("remove-group:") + kGroupId};
    // Contained, restricted to two more groups in two runs, one of them removed again; someone else lifted the
    // suspension, and a second containment suspended again (the group was still there: "already", not listed).
    // Release undoes the last change first, each once, and names every group by its Okta id.
    QTest::newRow("two runs, one group removed, contained twice")
        << QList<JournalEntry>{entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("clear-sessions")),
                               entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("add-group:") + kSecondGroupId, kSecondGroupId),
                               entry(QStringLiteral("add-group:Contractors"), kThirdGroupId),
                               entry(QStringLiteral("remove-group:") + kThirdGroupId, kThirdGroupId),
                               entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("clear-sessions"))}
        << QStringList{QStringLiteral("unsuspend"), QStringLiteral("remove-group:") + kSecondGroupId,
                       QStringLiteral("remove-group:") + kGroupId};
    // The group was renamed at Okta after Cordon added it: its id still names it.
    QTest::newRow("group renamed at Okta")
        << QList<JournalEntry>{entry(QStringLiteral("add-group:Limited Data Access"), kGroupId)}
        << QStringList{QStringLiteral("remove-group:") + kGroupId};
    QTest::newRow("group renamed at Okta, released by its new name")
        << QList<JournalEntry>{entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("remove-group:Restricted Access"), kGroupId)}
        << QStringList{};
    // The credential actions: Okta cannot give back revoked tokens, removed factors or an expired password; a raised
    // risk is lowered to LOW (Okta cannot set NONE), once however often it was raised.
    QTest::newRow("credential actions cannot be given back")
        << QList<JournalEntry>{entry(QStringLiteral("universal-logout")),
                               entry(QStringLiteral("revoke-factors-since:2026-11-27T08:14:10Z")),
                               entry(QStringLiteral("reset-factors")), entry(QStringLiteral("expire-password"))}
        << QStringList{};
    QTest::newRow("a raised risk is lowered once")
        << QList<JournalEntry>{entry(QStringLiteral("risk:MEDIUM")), entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("risk:HIGH"))}
        << QStringList{QStringLiteral("risk:LOW"), QStringLiteral("unsuspend")};
    QTest::newRow("a lowered risk is released")
        << QList<JournalEntry>{entry(QStringLiteral("risk:HIGH")), entry(QStringLiteral("risk:LOW"))} << QStringList{};
    QTest::newRow("added twice, by name then by id")
        << QList<JournalEntry>{entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("suspend")),
                               entry(QStringLiteral("add-group:") + kGroupId, kGroupId)}
        << QStringList{QStringLiteral("remove-group:") + kGroupId, QStringLiteral("unsuspend")};
}

void TestUndoLedger::releaseActions()
{
    QFETCH(QList<JournalEntry>, entries);
    QFETCH(QStringList, expected);
    const UndoLedger ledger(entries);
    QCOMPARE(names(ledger.releaseActions()), expected);
    QCOMPARE(ledger.isEmpty(), expected.isEmpty());
}

void TestUndoLedger::filterKeepsOnlyCordonsChanges_data()
{
    QTest::addColumn<QList<JournalEntry>>("entries");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("refused");

    const QList<JournalEntry> contained{entry(QStringLiteral("suspend")),
                                        entry(QStringLiteral("add-group:Limited Data Access"), kGroupId)};
    QTest::newRow("everything was Cordon's")
        << contained << QStringList{QStringLiteral("remove-group:Limited Data Access"), QStringLiteral("unsuspend")}
        << QStringList{};
    QTest::newRow("someone else suspended")
        << QList<JournalEntry>{entry(QStringLiteral("add-group:Limited Data Access"), kGroupId)}
        << QStringList{QStringLiteral("remove-group:Limited Data Access")} << QStringList{QStringLiteral("unsuspend")};
    QTest::newRow("someone else added the group")
        << QList<JournalEntry>{entry(QStringLiteral("suspend"))} << QStringList{QStringLiteral("unsuspend")}
        << QStringList{QStringLiteral("remove-group:Limited Data Access")};
    QTest::newRow("nothing of Cordon's") << QList<JournalEntry>{} << QStringList{}
                                         << QStringList{QStringLiteral("remove-group:Limited Data Access"),
                                                        QStringLiteral("unsuspend")};
}

void TestUndoLedger::filterKeepsOnlyCordonsChanges()
{
    QFETCH(QList<JournalEntry>, entries);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, refused);

    const UndoLedger ledger(entries);
    const QList<ContainmentAction> releases{
        ContainmentAction{ContainmentAction::Kind::RemoveGroup, QStringLiteral("Limited Data Access")},
        ContainmentAction{ContainmentAction::Kind::Unsuspend, {}}};
    QList<ContainmentAction> notCordons;
    QCOMPARE(names(ledger.filter(releases, {}, &notCordons)), kept);
    QCOMPARE(names(notCordons), refused);

    // The group by its Okta id, and the restricted-group token, are the same group.
    if (kept.contains(QStringLiteral("remove-group:Limited Data Access"))) {
        QVERIFY(ledger.covers(ContainmentAction{ContainmentAction::Kind::RemoveGroup, kGroupId}));
        QVERIFY(ledger.covers(ContainmentAction{ContainmentAction::Kind::RemoveGroup, {}}, kGroupId));
        QVERIFY(!ledger.covers(ContainmentAction{ContainmentAction::Kind::RemoveGroup, QStringLiteral("Contractors")}));
    }
    // A containment action never undoes anything.
    QVERIFY(!ledger.covers(ContainmentAction{ContainmentAction::Kind::Suspend, {}}));
}

void TestUndoLedger::journalAlreadyIsNotCordons()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    Journal journal(database);

    // The user was suspended before Cordon came ("already"); Cordon added the group itself.
    const qint64 suspend = journal.begin(entry(QStringLiteral("suspend")));
    QVERIFY(suspend > 0);
    QVERIFY(journal.finish(suspend, QStringLiteral("already")));
    const qint64 group = journal.begin(entry(QStringLiteral("add-group:Limited Data Access"), kGroupId));
    QVERIFY(group > 0);
    QVERIFY(journal.finish(group, QStringLiteral("done")));
    // The same user in another incident is another ledger.
    JournalEntry other = entry(QStringLiteral("suspend"));
    other.incidentId = QStringLiteral("redcanary:lab:43");
    const qint64 otherId = journal.begin(other);
    QVERIFY(journal.finish(otherId, QStringLiteral("done")));

    const UndoLedger ledger(journal.doneForIncident(kIncident, kUser));
    QVERIFY(!ledger.suspendedByCordon());
    QCOMPARE(ledger.groupsAddedByCordon(), QStringList{kGroupId});
    QCOMPARE(names(ledger.releaseActions()), QStringList{QStringLiteral("remove-group:") + kGroupId});
}

void TestUndoLedger::groupAddedTwiceIsKnownByBothNames()
{
    const UndoLedger twice({entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                            entry(QStringLiteral("add-group:") + kGroupId, kGroupId)});
    QCOMPARE(twice.groupsAddedByCordon(), QStringList{kGroupId});
    QVERIFY(
        twice.covers(ContainmentAction{ContainmentAction::Kind::RemoveGroup, QStringLiteral("Limited Data Access")}));
    QVERIFY(twice.covers(ContainmentAction{ContainmentAction::Kind::RemoveGroup, kGroupId}));
    // Released by either name, it is gone.
    const UndoLedger released({entry(QStringLiteral("add-group:Limited Data Access"), kGroupId),
                               entry(QStringLiteral("add-group:") + kGroupId, kGroupId),
                               entry(QStringLiteral("remove-group:Limited Data Access"))});
    QVERIFY(released.isEmpty());
}

QTEST_GUILESS_MAIN(TestUndoLedger)
#include "tst_undoledger.moc"
