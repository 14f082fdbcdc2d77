#include "gui/desktop/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cordon::gui
{

namespace
{

// "&Open feed file…" → "Open feed file"
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& sequences)
{
    QStringList keys;
    for (const QKeySequence& sequence : sequences) {
        if (!sequence.isEmpty()) {
            keys << sequence.toString(QKeySequence::NativeText);
        }
    }
    return keys.join(QStringLiteral(", "));
}

// The menu path of an action, "View › Filter incidents", so that two "Export" items stay apart.
QString actionName(const QAction* action)
{
    QString name = plainText(action->text());
    if (name.isEmpty()) {
        name = plainText(action->toolTip());
    }
    if (name.isEmpty()) {
        name = action->objectName();
    }
    const QList<QObject*> menus = action->associatedObjects();
    for (const QObject* object : menus) {
        if (const auto* menu = qobject_cast<const QMenu*>(object); menu && !menu->title().isEmpty()) {
            return plainText(menu->title()) + QStringLiteral(" › ") + name;
        }
    }
    return name;
}

// A shortcut says what it does in its What's This text, else its widget's accessible name or label.
QString shortcutName(const QShortcut* shortcut)
{
    if (!shortcut->whatsThis().isEmpty()) {
        return shortcut->whatsThis();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(shortcut->parent());
        button && !button->text().isEmpty()) {
        return plainText(button->text());
    }
    if (const auto* widget = qobject_cast<const QWidget*>(shortcut->parent());
        widget && !widget->accessibleName().isEmpty()) {
        return widget->accessibleName();
    }
    return shortcut->objectName();
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget* window)
{
    QList<Entry> entries;
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QString keys = keysText(action->shortcuts());
        if (!keys.isEmpty()) {
            entries.append({actionName(action), keys});
        }
    }
    const QList<QShortcut*> shortcuts = window->findChildren<QShortcut*>();
    for (const QShortcut* shortcut : shortcuts) {
        const QString keys = keysText(shortcut->keys());
        if (!keys.isEmpty() && shortcut->isEnabled()) {
            entries.append({shortcutName(shortcut), keys});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return QString::localeAwareCompare(a.what, b.what) < 0; });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QList<Entry> entries = collect(window);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries[row].what));
        m_table->setItem(row, 1, new QTableWidgetItem(entries[row].keys));
    }
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace cordon::gui
