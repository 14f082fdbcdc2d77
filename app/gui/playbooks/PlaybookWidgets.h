#pragma once

#include "gui/desktop/StatusColors.h"

#include <QString>

class QPushButton;
class QWidget;

namespace cordon::gui
{

// The pieces the playbook dialog's parts are built from.

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName);
// Rich text in the colour of the tone, the text escaped.
QString colored(const QString& text, Status tone);

} // namespace cordon::gui
