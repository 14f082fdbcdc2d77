#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace cordon::gui
{

// A label for notes and results in dialogs: it wraps and its text can be selected and copied.
QLabel* wrappingLabel(QWidget* parent, const QString& objectName);

} // namespace cordon::gui
