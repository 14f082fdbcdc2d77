#include "gui/containment/AuditLogView.h"
#include "gui/desktop/Dialogs.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/AuditTableModel.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::gui::AuditLogView;
using cordon::gui::Dialogs;

class TestAuditLogView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndFilters();
    void verifySaysIntact();
    void verifyChecksTheSeal();
    void exportsCsvAndJson();
    void credentialActionsReadAsTheirLabels();

private:
    void append(const QString& login, const QString& action, const QString& outcome);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLogView::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_log = std::make_unique<AuditLog>(*m_database);
    append(QStringLiteral("joren.m@example.com"), QStringLiteral("suspend"), QStringLiteral("done"));
    append(QStringLiteral("joren.m@example.com"), QStringLiteral("clear-sessions"), QStringLiteral("done"));
    append(QStringLiteral("priya.raman@example.com"), QStringLiteral("suspend"), QStringLiteral("already"));
}

void TestAuditLogView::cleanup()
{
    m_log.reset();
    m_database.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestAuditLogView::append(const QString& login, const QString& action, const QString& outcome)
{
    AuditEntry entry;
    entry.incidentId = QStringLiteral("edr:demo:1");
    entry.oktaLogin = login;
    entry.oktaUserId = QStringLiteral("00u") + login.left(3);
    entry.action = action;
    entry.outcome = outcome;
    entry.httpStatus = 200;
    entry.requestId = QStringLiteral("req-") + action;
    QVERIFY(!m_log->append(entry).isEmpty());
}

void TestAuditLogView::listsAndFilters()
{
    AuditLogView view(m_log.get());
    view.show();
    auto* table = view.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    auto* filter = view.findChild<QLineEdit*>(QStringLiteral("auditFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("priya"));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("auditCountLabel"))->text().contains(QStringLiteral("1 of 3")));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);

    // New entries show after a reload.
    append(QStringLiteral("alex.morgan@example.com"), QStringLiteral("refused"), QStringLiteral("admin"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
}

void TestAuditLogView::verifySaysIntact()
{
    AuditLogView view(m_log.get());
    view.show();
    auto* label = view.findChild<QLabel*>(QStringLiteral("verifyLabel"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("intact")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("3 entries")));

    // An entry edited around the append-only trigger breaks the chain, and the view says where.
    QSqlQuery edit(m_database->connection());
    QVERIFY(edit.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 2")));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("BROKEN at entry 2")), qPrintable(label->text()));
}

void TestAuditLogView::verifyChecksTheSeal()
{
    MemorySecretStore keychain;
    AuditSeal seal(&keychain, *m_database);
    bool loaded = false;
    seal.load(true, nullptr, [&loaded] { loaded = true; });
    QTRY_VERIFY(loaded && seal.isIdle());
    m_log->setSeal(&seal);
    append(QStringLiteral("alex.morgan@example.com"), QStringLiteral("suspend"), QStringLiteral("done"));
    QTRY_VERIFY(seal.isIdle());

    AuditLogView view(m_log.get());
    view.show();
    auto* label = view.findChild<QLabel*>(QStringLiteral("verifyLabel"));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("intact and sealed")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("4 entries")));
    QVERIFY2(label->text().contains(QStringLiteral("Entries 1 to 3 are unkeyed (before sealing)")),
             qPrintable(label->text()));

    // The sealed entry edited, and the plain chain recomputed as anyone can: the seal still says so.
    QSqlQuery edit(m_database->connection());
    QVERIFY(edit.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 4")));
    AuditEntry edited = m_log->entries().constLast();
    QVERIFY(edit.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = 4")));
    edit.addBindValue(AuditLog::computeHash(edited));
    QVERIFY(edit.exec());
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("BROKEN at entry 4: entry 4 was altered after it was sealed")),
                 qPrintable(label->text()));
    m_log->setSeal(nullptr);
}

void TestAuditLogView::exportsCsvAndJson()
{
    AuditLogView view(m_log.get());
    const QString csvPath = m_dir->filePath(QStringLiteral("audit.csv"));
    const QString jsonPath = m_dir->filePath(QStringLiteral("audit.json"));
    Dialogs::setNextFileName(csvPath);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    Dialogs::setNextFileName(jsonPath);
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportJsonButton")), Qt::LeftButton);

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), m_log->exportCsv());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray entries = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).toObject().value(QStringLiteral("oktaLogin")).toString(),
             QStringLiteral("priya.raman@example.com"));

    // A cancelled file dialog writes nothing.
    Dialogs::setNextFileName(QString());
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(csvPath));
}

void TestAuditLogView::credentialActionsReadAsTheirLabels()
{
    append(QStringLiteral("joren.m@example.com"), QStringLiteral("revoke-factors-since:2026-11-27T08:14:10Z"),
           QStringLiteral("done"));
    append(QStringLiteral("joren.m@example.com"), QStringLiteral("risk:HIGH"), QStringLiteral("done"));
    AuditLogView view(m_log.get());
    view.show();
    auto* table = view.findChild<QTableView*>(QStringLiteral("auditTableView"));
    QStringList tips;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        tips << table->model()->index(row, AuditTableModel::ActionColumn).data(Qt::ToolTipRole).toString();
    }
    const QString all = tips.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Remove MFA factors enrolled since 2026-11-27T08:14:10Z "
                                         "(revoke-factors-since:2026-11-27T08:14:10Z)")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Set user risk to HIGH (risk:HIGH)")), qPrintable(all));
    // The entry itself keeps the exact name.
    QVERIFY(table->model()
                ->match(table->model()->index(0, AuditTableModel::ActionColumn), Qt::DisplayRole,
                        QStringLiteral("risk:HIGH"), 1, Qt::MatchExactly)
                .size() == 1);
}

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
