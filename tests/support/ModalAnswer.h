#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

// Answers the next message box the code under test opens, as a person would: it waits for the real modal box,
// reads what it says, and clicks one of its buttons with the mouse or presses a key. Start it before the click
// that opens the box; the box's exec() runs the event loop that lets it act.
class ModalAnswer
{
public:
    // Clicks the box's button of role answer.
    static ModalAnswer click(QMessageBox::StandardButton answer) { return ModalAnswer(answer, 0); }
    // Presses key (Enter for the default button, Escape to cancel).
    static ModalAnswer press(int key) { return ModalAnswer(QMessageBox::NoButton, key); }

    // What the box said, once it was answered; empty while no box was seen.
    QString text() const { return m_state->text; }
    QString title() const { return m_state->title; }
    bool answered() const { return m_state->answered; }
    // The button that had the focus (the one Enter takes) when the box opened.
    QMessageBox::StandardButton defaultButton() const { return m_state->defaultButton; }

private:
    struct State
    {
        QString text;
        QString title;
        bool answered = false;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };

    ModalAnswer(QMessageBox::StandardButton answer, int key) : m_state(std::make_shared<State>())
    {
        auto* timer = new QTimer(qApp);
        timer->setInterval(20);
        auto state = m_state;
        QObject::connect(timer, &QTimer::timeout, timer, [timer, state, answer, key] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || !box->isVisible()) {
                return;
            }
            timer->stop();
            timer->deleteLater();
            state->text = box->text();
            state->title = box->windowTitle();
            if (QPushButton* button = box->defaultButton()) {
                state->defaultButton = box->standardButton(button);
            }
            state->answered = true;
            if (key != 0) {
                QTest::keyClick(box, Qt::Key(key));
            } else if (QAbstractButton* button = box->button(answer)) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        });
        timer->start();
    }

    std::shared_ptr<State> m_state;
};
