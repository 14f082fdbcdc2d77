#include "TestFolders.h"
// Every control of the console has a name a screen reader can say: its text, its label's text or an
// accessible name. Checked through Qt's accessibility interfaces, as assistive technology reads them.
#include "gui/incidents/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace
{

bool isControl(const QWidget* widget)
{
    // Scroll bars and Qt's own inner widgets; parts of another control: a view's headers and corner button,
    // the clear button of a line edit, the list of a combo box, the line edit inside a spin box.
    if (qobject_cast<const QAbstractSlider*>(widget) || widget->objectName().startsWith(QLatin1String("qt_"))) {
        return false;
    }
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(parent) || qobject_cast<const QLineEdit*>(parent) ||
            qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)) {
            return false;
        }
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTabBar*>(widget);
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            path.prepend(w->objectName());
        }
    }
    return QStringLiteral("%1 (%2)").arg(path.join(QLatin1Char('/')),
                                         QString::fromLatin1(widget->metaObject()->className()));
}

QStringList unnamedControls(const QWidget* top)
{
    QStringList unnamed;
    for (QWidget* widget : top->findChildren<QWidget*>()) {
        if (!isControl(widget)) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << describe(widget);
        }
    }
    unnamed.sort();
    for (const QString& control : std::as_const(unnamed)) {
        qWarning("without an accessible name: %s", qPrintable(control));
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlOfTheMainWindowHasAName();
    void everyControlOfTheSettingsDialogHasAName();

private:
    TestFolders m_folder;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestAccessibility::everyControlOfTheMainWindowHasAName()
{
    cordon::gui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::everyControlOfTheSettingsDialogHasAName()
{
    const std::unique_ptr<QSettings> qsettings = cordon::core::AppSettings::open();
    cordon::core::AppSettings settings(qsettings.get());
    cordon::core::MemorySecretStore secrets;
    QNetworkAccessManager network;
    cordon::gui::SettingsDialog dialog(&settings, &secrets, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without a name").arg(unnamed.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
