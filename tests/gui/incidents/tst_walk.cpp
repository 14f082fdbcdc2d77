#include "ModalAnswer.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/AuditLogView.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/containment/CredentialActionDialog.h"
#include "gui/desktop/Dialogs.h"
#include "gui/incidents/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "identity/CandidateTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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
    // The window with a menu or dialog over it, where the person sees it.
    void shootWith(const QString& name, QWidget* popup);
    // Whether the search is over and every candidate's admin roles are read, as a person waits for before deciding:
    // no progress line, no "loading…" cell.
    bool candidatesSettled() const
    {
        if (find<QLabel>(QStringLiteral("candidateProgressLabel"))->isVisible()) {
            return false;
        }
        const QAbstractItemModel* model = find<QTableView>(QStringLiteral("candidateTableView"))->model();
        for (int column = 1; column < model->columnCount(); ++column) {
            if (model->index(CandidateTableModel::AdminRoles, column).data().toString().contains(QStringLiteral("…"))) {
                return false;
            }
        }
        return true;
    }
    // Whether the comparison shows these attribute rows of every column, and its three decision buttons.
    bool decisionInView(const QList<int>& rows);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_folders;
    std::unique_ptr<cordon::gui::Console> m_console;
    QString m_size;
    // A message box the walk did not expect is closed after a while with Escape, and what it said fails the test,
    // rather than the walk hanging behind it.
    QTimer m_unexpectedBoxes;
    QStringList m_unexpected;
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
    m_unexpected.clear();
    m_unexpectedBoxes.setInterval(3000);
    QObject::connect(&m_unexpectedBoxes, &QTimer::timeout, this, [this] {
        static QPointer<QMessageBox> seen;
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box == seen) {
            m_unexpected << box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        }
        seen = box;
    });
    m_unexpectedBoxes.start();
}

void TestWalk::cleanup()
{
    m_unexpectedBoxes.stop();
    m_unexpectedBoxes.disconnect();
    m_console.reset();
    m_folders.reset();
    m_sim.reset();
    Dialogs::reset();
    QVERIFY2(m_unexpected.isEmpty(),
             qPrintable(QStringLiteral("unexpected: ") + m_unexpected.join(QStringLiteral(" | "))));
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

void TestWalk::shootWith(const QString& name, QWidget* popup)
{
    const QString folder = qEnvironmentVariable("CORDON_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QPixmap shot = window()->grab();
    QPainter painter(&shot);
    const QPoint at = window()->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
    painter.drawPixmap(at, popup->grab());
    // Without a window manager nothing frames the popup: a line does, as a desktop would.
    painter.setPen(popup->palette().color(QPalette::Shadow));
    painter.drawRect(QRect(at, popup->size()).adjusted(0, 0, -1, -1));
    painter.end();
    const QString file = m_size == QLatin1String("1366x768") ? QStringLiteral("walk-%1.png").arg(name)
                                                             : QStringLiteral("walk-%1-%2.png").arg(name, m_size);
    QVERIFY(shot.save(QDir(folder).filePath(file)));
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
    m_console->start();

    // 0. A first start: the three steps, and Settings from its shortcut, opening on General.
    QTRY_VERIFY(window()->isWelcomeShown());
    QVERIFY(inView(find<QPushButton>(QStringLiteral("welcomeConnectOktaButton"))) &&
            inView(find<QPushButton>(QStringLiteral("welcomeOpenFeedButton"))) &&
            inView(find<QPushButton>(QStringLiteral("welcomeDemoButton"))));
    shoot(QStringLiteral("0-welcome"));
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keySequence(window(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTRY_VERIFY(find<cordon::gui::SettingsDialog>(QStringLiteral("settingsDialog")));
    auto* settings = find<cordon::gui::SettingsDialog>(QStringLiteral("settingsDialog"));
    QTRY_VERIFY(settings->isVisible());
    auto* pages = settings->findChild<QTabWidget*>(QStringLiteral("settingsTabWidget"));
    QCOMPARE(pages->tabText(pages->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("General"));
    QVERIFY(settings->findChild<QComboBox*>(QStringLiteral("languageComboBox"))->isVisible());
    // A click on the Okta tab shows where the org and its token go.
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(1).center());
    QCOMPARE(pages->tabText(pages->currentIndex()).remove(QLatin1Char('&')), QStringLiteral("Okta"));
    QTRY_VERIFY(settings->findChild<QLineEdit*>(QStringLiteral("orgUrlLineEdit"))->isVisible());
    if (!qEnvironmentVariable("CORDON_SCREENSHOT_DIR").isEmpty() && m_size == QLatin1String("1366x768")) {
        QVERIFY(settings->grab().save(
            QDir(qEnvironmentVariable("CORDON_SCREENSHOT_DIR")).filePath(QStringLiteral("walk-0-settings.png"))));
    }
    QTest::keyClick(settings, Qt::Key_Escape);
    QTRY_VERIFY(!find<cordon::gui::SettingsDialog>(QStringLiteral("settingsDialog")));

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
    QTRY_VERIFY_WITH_TIMEOUT(candidatesSettled(), 15000);
    auto* summary = find<QLabel>(QStringLiteral("identitySummaryLabel"));
    QVERIFY(summary && summary->text().contains(QStringLiteral("AD_DOMAIN\\joren")));
    shoot(QStringLiteral("2-candidates"));
    QVERIFY(decisionInView(rows));
    auto* confirm = find<QPushButton>(QStringLiteral("confirmButton"));
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
    // The real confirmation opens; it names the person and is answered with a click on Yes.
    const ModalAnswer containAsked = ModalAnswer::click(QMessageBox::Yes);
    QTest::mouseClick(contain, Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QVERIFY(containAsked.answered());
    QVERIFY2(containAsked.text().contains(QStringLiteral("joren.m@example.com")), qPrintable(containAsked.text()));
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
    // This time the confirmation is answered with Enter, which takes its default button.
    const ModalAnswer releaseAsked = ModalAnswer::press(Qt::Key_Return);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QVERIFY(releaseAsked.answered());
    QCOMPARE(releaseAsked.defaultButton(), QMessageBox::Yes);
    QVERIFY2(releaseAsked.text().contains(QStringLiteral("joren.m@example.com")), qPrintable(releaseAsked.text()));
    QTRY_COMPARE(m_sim->user(SimProcess::jorenLogin()).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
    QVERIFY(status->text().contains(QStringLiteral("Every action succeeded")));
    shoot(QStringLiteral("5-released"));

    // 4b. More actions: the credential actions in a menu under the mouse, each behind its own confirmation.
    auto* more = find<QToolButton>(QStringLiteral("moreActionsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(more->isEnabled() && containment->credentialCapabilities().probed, 15000);
    QVERIFY(inView(more));
    QMenu* menu = more->menu();
    QStringList offered;
    QTimer::singleShot(0, menu, [this, menu, &offered] {
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator() && action->isEnabled() && menu->actionGeometry(action).isValid()) {
                offered << action->text();
            }
        }
        shootWith(QStringLiteral("5b-more-actions"), menu);
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(offered.size(), 6);
    // Remove recent factors: the confirmation names the phone enrolled after the incident; Cancel sends nothing.
    QString plan;
    auto* watch = new QTimer(this);
    watch->setInterval(20);
    connect(watch, &QTimer::timeout, this, [this, watch, &plan] {
        auto* dialog = window()->findChild<cordon::gui::CredentialActionDialog*>();
        if (!dialog || !dialog->isVisible()) {
            return;
        }
        watch->stop();
        watch->deleteLater();
        plan = dialog->findChild<QLabel*>(QStringLiteral("planLabel"))->text();
        shootWith(QStringLiteral("5c-remove-factors"), dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    watch->start();
    QAction* revoke = menu->findChild<QAction*>(QStringLiteral("revokeFactorsAction"));
    QTimer::singleShot(0, menu, [menu, revoke] {
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(revoke).center());
    });
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!plan.isEmpty() && !window()->findChild<cordon::gui::CredentialActionDialog*>(), 15000);
    QVERIFY2(plan.contains(SimProcess::jorenNewPhoneFactorId()), qPrintable(plan));
    QCOMPARE(m_sim->user(SimProcess::jorenLogin()).value(QStringLiteral("factors")).toArray().size(), 2);

    // 5. The audit log, from its shortcut, holds the run: contain and release, each with Okta's request id.
    // A window manager gives the focus back to the window once the confirmation closes; the test platform
    // has none.
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
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
    QTRY_VERIFY_WITH_TIMEOUT(candidatesSettled(), 15000);
    QVERIFY(inView(confirm));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(target->text().contains(QStringLiteral("maria.castellanos@example.com")));

    // 7. Back to joren's incident: the remembered decision is said above the comparison, which still shows
    // the rows the decision needs.
    QVERIFY(clickIncident(QStringLiteral("AD_DOMAIN\\joren")));
    auto* remembered = find<QLabel>(QStringLiteral("rememberedLinkLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(remembered->isVisible() && candidates->model()->columnCount() >= 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(candidatesSettled(), 15000);
    QVERIFY2(remembered->text().contains(QStringLiteral("joren.m@example.com")), qPrintable(remembered->text()));
    shoot(QStringLiteral("7-remembered"));
    QVERIFY(decisionInView(rows));

    // 8. A system account is never looked up: the pane says so in one short badge at the top, not a slab.
    QVERIFY(clickIncident(QStringLiteral("NT AUTHORITY\\SYSTEM")));
    auto* badge = find<QLabel>(QStringLiteral("neverMatchedBadgeLabel"));
    QTRY_VERIFY(badge->isVisible());
    QVERIFY2(badge->text().contains(QStringLiteral("never matched")), qPrintable(badge->text()));
    QVERIFY(!candidates->isVisible());
    shoot(QStringLiteral("8-system-account"));
    const int lines = badge->height() / badge->fontMetrics().lineSpacing();
    QVERIFY2(lines <= 3, qPrintable(QStringLiteral("%1: the badge is %2 lines high").arg(m_size).arg(lines)));
    QVERIFY(badge->geometry().top() < summary->geometry().bottom() + 2 * badge->fontMetrics().lineSpacing());
}

bool TestWalk::decisionInView(const QList<int>& rows)
{
    auto* candidates = find<QTableView>(QStringLiteral("candidateTableView"));
    const int columns = candidates->model()->columnCount();
    for (const int row : rows) {
        for (int column = 0; column < columns; ++column) {
            if (!cellInView(candidates, candidates->model()->index(row, column))) {
                qWarning() << m_size << "row" << candidates->model()->headerData(row, Qt::Vertical).toString()
                           << "column" << column
                           << "is not in view:" << candidates->visualRect(candidates->model()->index(row, column))
                           << candidates->viewport()->rect();
                return false;
            }
        }
    }
    return inView(find<QPushButton>(QStringLiteral("confirmButton"))) &&
           inView(find<QPushButton>(QStringLiteral("rejectCandidateButton"))) &&
           inView(find<QPushButton>(QStringLiteral("noneOfTheseButton")));
}

QTEST_MAIN(TestWalk)
#include "tst_walk.moc"
