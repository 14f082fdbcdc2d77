#include "TestFolders.h"
#include "gui/desktop/ShortcutsDialog.h"
#include "gui/incidents/MainWindow.h"

#include <QAction>
#include <QShortcut>
#include <QTableWidget>
#include <QTest>

using cordon::gui::MainWindow;
using cordon::gui::ShortcutsDialog;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void f1OpensTheListOfEveryShortcutTheWindowHas();
    void aShortcutAddedLaterIsListedToo();

private:
    TestFolders m_folder;
};

namespace
{

// What the dialog's table shows, as (keys → names).
QMultiHash<QString, QString> listed(const QTableWidget* table)
{
    QMultiHash<QString, QString> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows.insert(table->item(row, 1)->text(), table->item(row, 0)->text());
    }
    return rows;
}

ShortcutsDialog* openWithF1(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("shortcutsAction"));
    if (!action || action->shortcut() != QKeySequence(QKeySequence::HelpContents)) {
        return nullptr;
    }
    action->trigger();
    return window.findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
}

} // namespace

void TestShortcutsDialog::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestShortcutsDialog::f1OpensTheListOfEveryShortcutTheWindowHas()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ShortcutsDialog* dialog = openWithF1(window);
    QVERIFY2(dialog, "Help has no Keyboard shortcuts action on F1");
    const auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTableWidget"));
    QVERIFY(table);
    const QMultiHash<QString, QString> rows = listed(table);

    // Every key sequence an action or a shortcut object of the window answers to is listed, and nothing else.
    int expected = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts()) {
            const QString text = keys.toString(QKeySequence::NativeText);
            QVERIFY2(rows.contains(text) ||
                         std::any_of(rows.keyBegin(), rows.keyEnd(),
                                     [&](const QString& k) { return k.split(QStringLiteral(", ")).contains(text); }),
                     qPrintable(QStringLiteral("%1 (%2) is not listed").arg(text, action->objectName())));
        }
        expected += action->shortcuts().isEmpty() ? 0 : 1;
    }
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        if (!shortcut->key().isEmpty() && shortcut->isEnabled()) {
            QVERIFY2(rows.contains(shortcut->key().toString(QKeySequence::NativeText)),
                     qPrintable(shortcut->objectName()));
            ++expected;
        }
    }
    QCOMPARE(table->rowCount(), expected);
    // The well-known ones, by name and key, so that a broken collection cannot pass by listing nothing.
    QVERIFY(expected >= 6);
    QVERIFY(rows.values(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))
                .contains(QStringLiteral("View › Filter incidents")));
    QVERIFY(rows.values(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText))
                .contains(QStringLiteral("Help › Keyboard shortcuts")));
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(!table->item(row, 0)->text().contains(QLatin1Char('&')), qPrintable(table->item(row, 0)->text()));
    }
}

void TestShortcutsDialog::aShortcutAddedLaterIsListedToo()
{
    MainWindow window;
    auto* extra = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J), &window);
    extra->setWhatsThis(QStringLiteral("Jump to the journal"));
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
    const bool found = std::any_of(entries.cbegin(), entries.cend(), [](const ShortcutsDialog::Entry& entry) {
        return entry.what == QLatin1String("Jump to the journal") &&
               entry.keys == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J).toString(QKeySequence::NativeText);
    });
    QVERIFY(found);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
