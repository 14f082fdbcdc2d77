#pragma once

#include "gui/desktop/StatusColors.h"

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace cordon::gui
{

// The pieces the playbook dialog's parts are built from.

// A note that wraps and whose text can be selected and copied.
QLabel* noteLabel(QWidget* parent, const QString& objectName);
QPushButton* button(QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName);
// Rich text in the colour of the tone, the text escaped.
QString colored(const QString& text, Status tone);

} // namespace cordon::gui
