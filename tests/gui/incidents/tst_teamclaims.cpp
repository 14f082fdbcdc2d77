// Two analysts on one shared PostgreSQL database: alice in the console, bob in another program. The list shows
// who holds each incident; alice takes and lets go by keyboard, by the list's context menu and by the detail
// pane's button; what bob does shows in alice's window by the server's notifications, with no reload by hand.

#include "IncidentBuilder.h"
#include "TestDatabase.h"
#include "TestFolders.h"
#include "feed/IncidentTableModel.h"
#include "gui/incidents/IncidentFilterModel.h"
#include "gui/incidents/MainWindow.h"
#include "gui/incidents/TeamClaims.h"
#include "secrets/MemorySecretStore.h"
#include "store/Claims.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using cordon::core::Claims;
using cordon::core::Database;
using cordon::core::Incident;
using cordon::core::IncidentTableModel;
using cordon::core::MemorySecretStore;
using cordon::core::Workspace;
using cordon::gui::IncidentFilterModel;
using cordon::gui::MainWindow;

namespace
{
const QString First = QStringLiteral("generic:test:1");
const QString Second = QStringLiteral("generic:test:2");
} // namespace

class TestTeamClaims : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aliceTakesAndLetsGoByKeyboard();
    void bobsClaimShowsInAlicesWindow();
    void theListsContextMenuTakesTheRowClicked();
    void takingWhatBobHoldsSaysWhoHoldsIt();
    void bobsConfirmedIdentityShowsInAlicesWindow();
    void aWholeWindowAtLaptopSize();

private:
    int rowOf(const QString& incidentId) const;
    void clickRow(const QString& incidentId, Qt::MouseButton button = Qt::LeftButton);
    QString holderInList(const QString& incidentId) const;
    QLabel* holderLabel() const;

    QString m_database;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_bob;
    QTableView* m_table = nullptr;
};

void TestTeamClaims::init()
{
    QString error;
    const QString alice = TestDatabase::makePostgres(QStringLiteral("alice"), &error);
    QVERIFY2(!alice.isEmpty(), qPrintable(error));
    m_database = alice;
    m_dir = std::make_unique<TestFolders>();
    m_workspace = std::make_unique<Workspace>(std::make_unique<MemorySecretStore>(), m_dir->settings());
    QVERIFY2(m_workspace->openDatabase(&error, nullptr, alice), qPrintable(error));
    QCOMPARE(m_workspace->database()->analyst(), QStringLiteral("alice"));

    m_bob = std::make_unique<Database>();
    QString bobUrl = alice;
    bobUrl.replace(QStringLiteral("alice@"), QStringLiteral("bob@"));
    QVERIFY2(m_bob->open(bobUrl, &error), qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    QSignalSpy loaded(m_window.get(), &MainWindow::incidentsLoaded);
    m_window->addIncidents({IncidentBuilder(QStringLiteral("1"))
                                .severity(Incident::Severity::Critical)
                                .host(QStringLiteral("kst-lt-0415"))
                                .user(QStringLiteral("AD_DOMAIN\\joren")),
                            IncidentBuilder(QStringLiteral("2"))
                                .severity(Incident::Severity::High)
                                .host(QStringLiteral("kst-lt-0777"))
                                .user(QStringLiteral("AD_DOMAIN\\priya"))});
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    m_window->setWorkspace(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->useDefaultLayout();
    m_table = m_window->findChild<QTableView*>(QStringLiteral("incidentTableView"));
    QVERIFY(m_table);
    QVERIFY(m_window->claims()->isListening());
}

void TestTeamClaims::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_bob.reset();
    m_dir.reset();
}

int TestTeamClaims::rowOf(const QString& incidentId) const
{
    QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IncidentTableModel::IncidentIdRole).toString() == incidentId) {
            return row;
        }
    }
    return -1;
}

void TestTeamClaims::clickRow(const QString& incidentId, Qt::MouseButton button)
{
    const QModelIndex index = m_table->model()->index(rowOf(incidentId), IncidentTableModel::HostColumn);
    QVERIFY(index.isValid());
    // Through the window, as the platform delivers it: a right click there also asks for the context menu.
    const QPoint point = m_table->viewport()->mapTo(m_window.get(), m_table->visualRect(index).center());
    QTest::mouseClick(m_window->windowHandle(), button, {}, point);
}

QString TestTeamClaims::holderInList(const QString& incidentId) const
{
    return m_table->model()
        ->index(rowOf(incidentId), IncidentTableModel::TitleColumn)
        .data(IncidentFilterModel::HolderRole)
        .toString();
}

QLabel* TestTeamClaims::holderLabel() const
{
    return m_window->findChild<QLabel*>(QStringLiteral("holderLabel"));
}

void TestTeamClaims::aliceTakesAndLetsGoByKeyboard()
{
    clickRow(First);
    QCOMPARE(m_window->currentIncidentId(), First);
    QVERIFY(holderLabel()->isVisible());
    QCOMPARE(holderLabel()->text(), QStringLiteral("Nobody holds this incident."));
    QCOMPARE(holderInList(First), QString());

    QTest::keyClick(m_table, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(holderInList(First), QStringLiteral("alice"));
    QVERIFY2(holderLabel()->text().startsWith(QStringLiteral("You hold this incident")),
             qPrintable(holderLabel()->text()));
    QVERIFY(m_table->model()
                ->index(rowOf(First), IncidentTableModel::TitleColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Held by alice on ")));
    // Bob's program sees alice's claim and is refused.
    std::optional<cordon::core::Claim> holder;
    QVERIFY(!Claims(*m_bob).claimIncident(First, &holder));
    QVERIFY(holder);
    QCOMPARE(holder->analyst, QStringLiteral("alice"));

    QTest::keyClick(m_table, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(holderInList(First), QString());
    QCOMPARE(holderLabel()->text(), QStringLiteral("Nobody holds this incident."));
    QVERIFY(Claims(*m_bob).incidentHolders().isEmpty());
}

void TestTeamClaims::bobsClaimShowsInAlicesWindow()
{
    clickRow(Second);
    QCOMPARE(m_window->currentIncidentId(), Second);
    QVERIFY(Claims(*m_bob).claimIncident(Second));
    // Nothing here reads the claims again: only the server's notification can bring this.
    QTRY_COMPARE(holderInList(Second), QStringLiteral("bob"));
    QTRY_VERIFY2(holderLabel()->text().startsWith(QStringLiteral("Held by bob on ")),
                 qPrintable(holderLabel()->text()));
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("claimButton"));
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Take"));
    QVERIFY(!button->isEnabled());

    QVERIFY(Claims(*m_bob).releaseIncident(Second));
    QTRY_COMPARE(holderInList(Second), QString());
    QTRY_COMPARE(holderLabel()->text(), QStringLiteral("Nobody holds this incident."));
    QVERIFY(button->isEnabled());

    // Alice takes it with the pane's button; bob's program is told it is hers.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(holderInList(Second), QStringLiteral("alice"));
    QCOMPARE(button->text(), QStringLiteral("Let go"));
    QVERIFY(Claims(*m_bob).incidentHolders().value(Second).analyst == QStringLiteral("alice"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(holderInList(Second), QString());
}

void TestTeamClaims::theListsContextMenuTakesTheRowClicked()
{
    clickRow(Second);
    QString seen;
    bool chosen = false;
    // The menu runs its own loop: it is answered from a timer, by a click on its item, as a person would.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu || chosen) {
            return;
        }
        chosen = true;
        QStringList texts;
        for (QAction* action : menu->actions()) {
            texts << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (off)"));
        }
        seen = texts.join(QLatin1Char('|'));
        QAction* take = menu->actions().value(0);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(take).center());
    });
    poll.start(20);
    clickRow(First, Qt::RightButton);
    QTRY_VERIFY(chosen);
    QCOMPARE(seen, QStringLiteral("&Take incident|&Let go of incident (off)"));
    QTRY_COMPARE(holderInList(First), QStringLiteral("alice"));
    // The right click chose the row it was on.
    QCOMPARE(m_window->currentIncidentId(), First);
}

void TestTeamClaims::takingWhatBobHoldsSaysWhoHoldsIt()
{
    QVERIFY(Claims(*m_bob).claimIncident(First));
    clickRow(First);
    QTRY_COMPARE(holderInList(First), QStringLiteral("bob"));
    // Take is offered only for what nobody holds; the key still says who has it rather than doing nothing.
    m_window->takeIncident();
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("bob on ")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(holderInList(First), QStringLiteral("bob"));
    QVERIFY(holderLabel()->text().startsWith(QStringLiteral("Held by bob on ")));
}

void TestTeamClaims::bobsConfirmedIdentityShowsInAlicesWindow()
{
    clickRow(Second);
    clickRow(First);
    auto* remembered = m_window->findChild<QLabel*>(QStringLiteral("rememberedLinkLabel"));
    QVERIFY(remembered);
    QVERIFY(!remembered->isVisible());
    cordon::core::IdentityLinkStore links(*m_bob);
    QVERIFY(links.confirm(QStringLiteral("generic:test"), QStringLiteral("AD_DOMAIN\\joren"), QString(),
                          QStringLiteral("00u1joren"), QStringLiteral("joren@example.com"), QStringLiteral("bob"),
                          First) > 0);
    // Alice's console reads it when the server says identity links changed.
    QTRY_VERIFY(remembered->isVisible());
    QVERIFY2(remembered->text().contains(QStringLiteral("joren@example.com, confirmed by bob")),
             qPrintable(remembered->text()));
}

void TestTeamClaims::aWholeWindowAtLaptopSize()
{
    QVERIFY(Claims(*m_bob).claimIncident(First));
    clickRow(First);
    QTRY_COMPARE(holderInList(First), QStringLiteral("bob"));
    QVERIFY(holderLabel()->isVisible());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("claimButton"))->isVisible());
    // The holder's line fits the detail pane beside the heading.
    QVERIFY(holderLabel()->width() > 100);
    if (const QString png = qEnvironmentVariable("CORDON_TEST_GRAB"); !png.isEmpty()) {
        m_window->grab().save(png);
    }
}

QTEST_MAIN(TestTeamClaims)
#include "tst_teamclaims.moc"
