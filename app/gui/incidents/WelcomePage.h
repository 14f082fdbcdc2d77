#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cordon::gui
{

// What a first start shows instead of an empty list: three steps, each a button. Connect Okta (the settings),
// add a feed (a file, or an HTTPS source in the settings), or try the demo, a console of its own against a
// simulated org. A step says when it is done.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // detail: what shows it is done ("Connected as svc-cordon@example.com"), or what stands in the way.
    void setOktaDone(bool done, const QString& detail = {});
    void setFeedDone(bool done, const QString& detail = {});
    // The demo step is done once the demo was started; it takes no part in when the page gives way to the list.
    void setDemoDone(bool done);
    bool oktaDone() const { return m_oktaDone; }
    bool feedDone() const { return m_feedDone; }

Q_SIGNALS:
    void connectOktaRequested();
    void openFeedFileRequested();
    void addFeedSourceRequested();
    void demoRequested();
    // The analyst goes to the (empty) incident list.
    void listRequested();

private:
    QLabel* addStep(int number, const QString& title, const QString& text, const QList<QPushButton*>& buttons);
    void showState(QLabel* label, bool done, const QString& detail);

    QGridLayout* m_grid = nullptr;
    QLabel* m_oktaState = nullptr;
    QLabel* m_feedState = nullptr;
    QLabel* m_demoState = nullptr;
    bool m_oktaDone = false;
    bool m_feedDone = false;
};

} // namespace cordon::gui
