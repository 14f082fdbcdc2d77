#include "gui/desktop/Dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace cordon::gui
{

namespace
{

struct Pending
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QString lastText;
    QString lastDetailedText;
};

Pending& pending()
{
    static Pending state;
    return state;
}

QMessageBox::StandardButton ask(QMessageBox::Icon icon,
                                QWidget* parent,
                                const QString& title,
                                const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton,
                                const QString& detailedText = {})
{
    pending().lastText = text;
    pending().lastDetailedText = detailedText;
    if (!pending().answers.isEmpty()) {
        return pending().answers.dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // QMessageBox puts the detail one click away, behind "Show Details…".
    box.setDetailedText(detailedText);
    box.setObjectName(QStringLiteral("messageBox"));
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget* parent,
                                              const QString& title,
                                              const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton,
                                              const QString& detailedText)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, detailedText);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!pending().fileNames.isEmpty()) {
        return pending().fileNames.dequeue();
    }
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& fileName)
{
    if (!pending().fileNames.isEmpty()) {
        return pending().fileNames.dequeue();
    }
    return QFileDialog::getSaveFileName(parent, caption, fileName);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    pending().answers.enqueue(answer);
}

void Dialogs::setNextFileName(const QString& fileName)
{
    pending().fileNames.enqueue(fileName);
}

QString Dialogs::lastText()
{
    return pending().lastText;
}

QString Dialogs::lastDetailedText()
{
    return pending().lastDetailedText;
}

void Dialogs::reset()
{
    pending() = Pending{};
}

} // namespace cordon::gui
