#pragma once

#include <QMessageBox>
#include <QString>

namespace cordon::gui
{

// Every modal question, message and file dialog goes through here. A test queues the answer it wants
// with setNextAnswer / setNextFileName and the next call returns it at once instead of opening a modal.
class Dialogs
{
public:
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No,
                                                const QString& detailedText = {});
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // An empty string when the user cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& fileName);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& fileName);
    // The text of the last message or question asked, answered by a person or by a queued answer.
    static QString lastText();
    // The detail behind "Show Details…" of the last question (the Okta calls of a confirmation).
    static QString lastDetailedText();
    static void reset();
};

} // namespace cordon::gui
