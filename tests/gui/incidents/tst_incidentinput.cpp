#include "IncidentBuilder.h"
#include "feed/IncidentTableModel.h"
#include "gui/desktop/IncidentLink.h"
#include "gui/desktop/LinkOpener.h"
#include "gui/incidents/MainWindow.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using cordon::core::Incident;
using cordon::core::IncidentTableModel;
using cordon::gui::MainWindow;

// Every way an analyst reaches an incident shows it: the detail, identity and containment panes all speak of
// the incident the list marks. Each case uses real input on the real window: a mouse on the list's viewport, key
// presses, a cordon:// link.
class TestIncidentInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickShowsTheIncident();
    void doubleClickShowsTheIncident();
    void keysMoveAndShow_data();
    void keysMoveAndShow();
    void linkShowsTheIncident();
    void settingsHaveAShortcutOnEveryPlatform();

private:
    QTableView* table() const { return m_window->findChild<QTableView*>(QStringLiteral("incidentTableView")); }
    // The title of the incident at the list's visual row.
    QString titleAt(int row) const
    {
        return table()->model()->index(row, IncidentTableModel::TitleColumn).data().toString();
    }
    // What the analyst reads in the three panes.
    QString shownTitle() const
    {
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("detailTitleLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }
    bool panesShowAnIncident() const;
    void clickRow(int row, bool twice = false);

    std::unique_ptr<MainWindow> m_window;
};

void TestIncidentInput::init()
{
    m_window = std::make_unique<MainWindow>();
    QList<Incident> incidents;
    for (int index = 1; index <= 40; ++index) {
        incidents << IncidentBuilder(QString::number(index))
                         .title(QStringLiteral("Incident number %1").arg(index))
                         .user(QStringLiteral("AD_DOMAIN\\user%1").arg(index));
    }
    QSignalSpy loaded(m_window.get(), &MainWindow::incidentsLoaded);
    m_window->addIncidents(incidents);
    QVERIFY(loaded.wait(5000) || !loaded.isEmpty());
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Nothing selected yet, so that each case starts from what a click must change.
    table()->clearSelection();
    table()->setCurrentIndex({});
    QTRY_VERIFY(!panesShowAnIncident());
}

void TestIncidentInput::cleanup()
{
    m_window.reset();
}

bool TestIncidentInput::panesShowAnIncident() const
{
    const auto* lookup = m_window->findChild<QLabel*>(QStringLiteral("identityLookupLabel"));
    const auto* target = m_window->findChild<QLabel*>(QStringLiteral("actionTargetLabel"));
    const auto* empty = m_window->findChild<QLabel*>(QStringLiteral("detailEmptyLabel"));
    return lookup && target && empty && !empty->isVisible() && !shownTitle().isEmpty() &&
           !lookup->text().contains(QStringLiteral("No incident selected")) &&
           !target->text().contains(QStringLiteral("No incident selected"));
}

void TestIncidentInput::clickRow(int row, bool twice)
{
    const QModelIndex index = table()->model()->index(row, IncidentTableModel::TitleColumn);
    const QRect rect = table()->visualRect(index);
    QVERIFY(table()->viewport()->rect().contains(rect.center()));
    if (twice) {
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    } else {
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    }
}

void TestIncidentInput::clickShowsTheIncident()
{
    clickRow(2);
    QTRY_COMPARE(shownTitle(), titleAt(2));
    QVERIFY(panesShowAnIncident());
    clickRow(0);
    QTRY_COMPARE(shownTitle(), titleAt(0));
    QVERIFY(panesShowAnIncident());
}

void TestIncidentInput::doubleClickShowsTheIncident()
{
    clickRow(3, true);
    QTRY_COMPARE(shownTitle(), titleAt(3));
    QVERIFY(panesShowAnIncident());
}

void TestIncidentInput::keysMoveAndShow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("toLast");
    QTest::newRow("Down") << int(Qt::Key_Down) << false;
    QTest::newRow("Page Down") << int(Qt::Key_PageDown) << false;
    QTest::newRow("End") << int(Qt::Key_End) << true;
    QTest::newRow("Home") << int(Qt::Key_Home) << false;
    QTest::newRow("Page Up") << int(Qt::Key_PageUp) << false;
}

void TestIncidentInput::keysMoveAndShow()
{
    QFETCH(int, key);
    QFETCH(bool, toLast);
    // From a row the mouse chose, in the middle of the list.
    clickRow(3);
    QTRY_COMPARE(shownTitle(), titleAt(3));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key(key));
    const int row = table()->currentIndex().row();
    QVERIFY(row != 3);
    if (toLast) {
        QCOMPARE(row, table()->model()->rowCount() - 1);
    }
    QTRY_COMPARE(shownTitle(), titleAt(row));
    QVERIFY(panesShowAnIncident());
}

void TestIncidentInput::linkShowsTheIncident()
{
    cordon::gui::LinkOpener opener(m_window.get());
    const QString id = Incident::makeId(QStringLiteral("generic"), QStringLiteral("test"), QStringLiteral("17"));
    opener.open({cordon::gui::IncidentLink::make(id)});
    QTRY_COMPARE(shownTitle(), QStringLiteral("Incident number 17"));
    QVERIFY(panesShowAnIncident());
    const int row = table()->currentIndex().row();
    QVERIFY(table()->viewport()->rect().intersects(
        table()->visualRect(table()->model()->index(row, IncidentTableModel::TitleColumn))));
}

void TestIncidentInput::settingsHaveAShortcutOnEveryPlatform()
{
    // The status bar and the README say Ctrl+, where the platform has no Preferences key of its own.
    QSignalSpy requested(m_window.get(), &MainWindow::settingsRequested);
    m_window->activateWindow();
    table()->setFocus();
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence expected = platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform.first();
    QTest::keySequence(m_window.get(), expected);
    QTRY_COMPARE(requested.size(), 1);
}

QTEST_MAIN(TestIncidentInput)
#include "tst_incidentinput.moc"
