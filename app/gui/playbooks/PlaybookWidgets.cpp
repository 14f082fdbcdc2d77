#include "gui/playbooks/PlaybookWidgets.h"

#include <QPushButton>

namespace cordon::gui
{

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setAccessibleName(accessibleName);
    return result;
}

QString colored(const QString& text, Status tone)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(statusColorName(tone), text.toHtmlEscaped());
}

} // namespace cordon::gui
