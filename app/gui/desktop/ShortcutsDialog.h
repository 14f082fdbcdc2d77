#pragma once

#include <QDialog>

class QTableWidget;

namespace cordon::gui
{

// Help → Keyboard shortcuts (F1): every shortcut the window answers to, read from its actions and
// shortcut objects when the dialog opens, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    struct Entry
    {
        QString what;
        QString keys; // in the platform's words ("Ctrl+F", "⌘F")
    };
    // What the window's QActions and QShortcuts (its own and its children's) are bound to, sorted by name.
    static QList<Entry> collect(const QWidget* window);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace cordon::gui
