#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/AuditLogView.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Dialogs.h"
#include "gui/incidents/MainWindow.h"
#include "identity/CandidateTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditTableModel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::gui::MainWindow;
using cordon::test::SimProcess;

// A new analyst's first minutes, on the whole console at the sizes of a laptop and of a large monitor, with the
// mouse and the keyboard only: click an incident, read the candidates side by side, confirm one, contain, see
// every action done, release, and find the run in the audit log. Every check is of what a person sees: text,
// enabled buttons, rows inside the visible part of a view.
class TestWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walk_data();
    void walk();

private:
    // Whether the widget is shown and lies wholly inside the window.
    bool inView(const QWidget* widget) const
    {
        if (!widget || !widget->isVisible()) {
            return false;
        }
        const QRect rect(widget->mapTo(window(), QPoint(0, 0)), widget->size());
        return window()->rect().contains(rect);
    }
    // Whether the cell is drawn wholly inside the view's visible area.
    static bool cellInView(const QTableView* view, const QModelIndex& index)
    {
        const QRect rect = view->visualRect(index);
        return rect.isValid() && view->viewport()->rect().contains(rect);
    }
    MainWindow* window() const { return m_console->window(); }
    template <typename T> T* find(const QString& name) const { return window()->findChild<T*>(name); }
    // Clicks the incident whose endpoint user is that text, scrolling it into view as a person would.
    bool clickIncident(const QString& endpointUser);
    void shoot(const QString& name);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<cordon::gui::Console> m_console;
    QString m_size;
};

void TestWalk::initTestCase()
{
    // The sample feed the demo loads is a resource of the console's program.
    Q_INIT_RESOURCE(cordon);
}

void TestWalk::init()
{
    Dialogs::reset();
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_folders = std::make_unique<TestFolders>();
    m_console = std::make_unique<cordon::gui::Console>(std::make_unique<MemorySecretStore>());
}

void TestWalk::cleanup()
{
    m_console.reset();
    m_folders.reset();
    m_sim.reset();
    Dialogs::reset();
}

bool TestWalk::clickIncident(const QString& endpointUser)
{
    auto* table = find<QTableView>(QStringLiteral("incidentTableView"));
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex user = model->index(row, IncidentTableModel::UserColumn);
        if (user.data().toString() != endpointUser) {
            continue;
        }
        const QModelIndex title = model->index(row, IncidentTableModel::TitleColumn);
        table->scrollTo(title);
        QCoreApplication::processEvents();
        if (!cellInView(table, title)) {
            qWarning() << "not in view:" << table->visualRect(title) << table->viewport()->rect();
            return false;
        }
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(title).center());
        return true;
    }
    qWarning() << "no incident of" << endpointUser << "among" << model->rowCount();
    return false;
}

void TestWalk::shoot(const QString& name)
{
    // CORDON_SCREENSHOT_DIR keeps what the analyst sees at each step, for the documentation.
    const QString folder = qEnvironmentVariable("CORDON_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        const QString file = m_size == QLatin1String("1366x768") ? QStringLiteral("walk-%1.png").arg(name)
                                                                 : QStringLiteral("walk-%1-%2.png").arg(name, m_size);
        QVERIFY(window()->grab().save(QDir(folder).filePath(file)));
    }
}

void TestWalk::walk_data()
{
    QTest::addColumn<QSize>("size");
    // The attribute rows the decision needs in view without scrolling.
    QTest::addColumn<QList<int>>("rows");
    QList<int> needed{CandidateTableModel::DisplayName, CandidateTableModel::Login,
                      CandidateTableModel::Email,       CandidateTableModel::AdUsername,
                      CandidateTableModel::Department,  CandidateTableModel::Title,
                      CandidateTableModel::Status,      CandidateTableModel::LastLogin,
                      CandidateTableModel::AdminRoles,  CandidateTableModel::Reasons};
    QList<int> all;
    for (int row = 0; row < CandidateTableModel::AttributeCount; ++row) {
        all << row;
    }
    QTest::newRow("1366x768") << QSize(1366, 768) << needed;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << all;
}

void TestWalk::walk()
{
    QFETCH(QSize, size);
    QFETCH(QList<int>, rows);
    m_size = QString::fromLatin1(QTest::currentDataTag());
    window()->resize(size);
    window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    window()->useDefaultLayout();
    QSignalSpy connected(m_console.get(), &cordon::gui::Console::connectionChecked);
    m_console->startDemo(m_sim->baseUrl());
    QVERIFY(connected.wait(15000) || !connected.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(find<QTableView>(QStringLiteral("incidentTableView"))->model()->rowCount() > 0, 15000);
    QVERIFY(!window()->isWelcomeShown());
    shoot(QStringLiteral("1-list"));

    // 1. A click on the incident shows its user's candidates, side by side.
    QVERIFY(clickIncident(QStringLiteral("AD_DOMAIN\\joren")));
    auto* candidates = find<QTableView>(QStringLiteral("candidateTableView"));
    QVERIFY(candidates);
    QTRY_VERIFY_WITH_TIMEOUT(candidates->model()->columnCount() >= 4, 15000); // the endpoint and three candidates
    auto* summary = find<QLabel>(QStringLiteral("identitySummaryLabel"));
    QVERIFY(summary && summary->text().contains(QStringLiteral("AD_DOMAIN\\joren")));
    shoot(QStringLiteral("2-candidates"));
    for (const int row : std::as_const(rows)) {
        for (int column = 0; column < 4; ++column) {
            QVERIFY2(cellInView(candidates, candidates->model()->index(row, column)),
                     qPrintable(QStringLiteral("%1: row %2, column %3 is not in view")
                                    .arg(m_size, candidates->model()->headerData(row, Qt::Vertical).toString())
                                    .arg(column)));
        }
    }
    auto* confirm = find<QPushButton>(QStringLiteral("confirmButton"));
    QVERIFY(inView(confirm) && inView(find<QPushButton>(QStringLiteral("rejectCandidateButton"))) &&
            inView(find<QPushButton>(QStringLiteral("noneOfTheseButton"))));
    shoot(QStringLiteral("2-candidates"));

    // 2. The best candidate is selected; Enter confirms it.
    QTRY_VERIFY(confirm->isEnabled());
    QVERIFY(confirm->text().contains(QStringLiteral("joren.m@example.com")));
    candidates->setFocus();
    QTest::keyClick(candidates, Qt::Key_Return);
    auto* target = find<QLabel>(QStringLiteral("containmentTargetLabel"));
    QTRY_VERIFY(target->text().contains(QStringLiteral("joren.m@example.com")));
    auto* contain = find<QPushButton>(QStringLiteral("containButton"));
    QTRY_VERIFY(contain->isEnabled());
    QVERIFY(inView(contain) && inView(find<QPushButton>(QStringLiteral("releaseButton"))));
    shoot(QStringLiteral("3-confirmed"));

    // 3. Contain, confirmed once; every action shows done, in view.
    ContainmentWidget* containment = window()->actionPane()->containment();
    QSignalSpy finished(containment, &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(contain, Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    auto* actions = find<QTableView>(QStringLiteral("actionListView"));
    QTRY_VERIFY(actions->isVisible());
    shoot(QStringLiteral("4-contained"));
    QCOMPARE(actions->model()->rowCount(), 3);
    for (int row = 0; row < actions->model()->rowCount(); ++row) {
        const QModelIndex state = actions->model()->index(row, ActionListModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("done"));
        QVERIFY2(cellInView(actions, state),
                 qPrintable(QStringLiteral("%1: action %2 not in view").arg(m_size).arg(row)));
    }
    auto* status = find<QLabel>(QStringLiteral("containmentStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("Every action succeeded")));
    QCOMPARE(m_sim->user(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(),
             QStringLiteral("SUSPENDED"));
    shoot(QStringLiteral("4-contained"));

    // 4. Release undoes what Cordon did.
    finished.clear();
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QTRY_COMPARE(m_sim->user(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
    QVERIFY(status->text().contains(QStringLiteral("Every action succeeded")));
    shoot(QStringLiteral("5-released"));

    // 5. The audit log, from its shortcut, holds the run: contain and release, each with Okta's request id.
    QTest::keySequence(window(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto* audit = window()->findChild<cordon::gui::AuditLogView*>();
    QTRY_VERIFY(audit && audit->isVisible());
    auto* filter = audit->findChild<QLineEdit*>(QStringLiteral("auditFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("joren.m@example.com"));
    auto* entries = audit->findChild<QTableView*>(QStringLiteral("auditTableView"));
    QStringList shown;
    for (int row = 0; row < entries->model()->rowCount(); ++row) {
        const QModelIndex action = entries->model()->index(row, AuditTableModel::ActionColumn);
        if (cellInView(entries, action)) {
            shown << action.data().toString();
        }
    }
    for (const QString& expected :
         {QStringLiteral("suspend"), QStringLiteral("clear-sessions"), QStringLiteral("unsuspend")}) {
        QVERIFY2(shown.contains(expected), qPrintable(shown.join(QStringLiteral(", "))));
    }
    if (!qEnvironmentVariable("CORDON_SCREENSHOT_DIR").isEmpty() && m_size == QLatin1String("1366x768")) {
        QVERIFY(audit->grab().save(
            QDir(qEnvironmentVariable("CORDON_SCREENSHOT_DIR")).filePath(QStringLiteral("walk-6-audit.png"))));
    }
    audit->close();

    // 6. Another incident, confirmed with the mouse.
    QVERIFY(clickIncident(QStringLiteral("maria.castellanos@example.com")));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled() && confirm->text().contains(QStringLiteral("maria.castellanos")),
                             15000);
    QVERIFY(inView(confirm));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(target->text().contains(QStringLiteral("maria.castellanos@example.com")));
}

QTEST_MAIN(TestWalk)
#include "tst_walk.moc"
