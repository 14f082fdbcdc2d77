#pragma once

#include <QObject>
#include <QStringList>

namespace cordon::gui
{

class MainWindow;

// Opens the incidents that cordon:// links name, in the console's window: selects the incident, or says in
// the status bar why not. An incident the list does not hold yet (a feed still loading) is selected once it
// arrives.
class LinkOpener : public QObject
{
    Q_OBJECT

public:
    explicit LinkOpener(MainWindow* window);

    // Arguments of a start: the links among them are opened; anything else is left alone.
    void open(const QStringList& arguments);
    // Brings the window forward, out of the taskbar if it was minimized.
    void raise();

private:
    MainWindow* m_window;
    QString m_pending;
};

} // namespace cordon::gui
