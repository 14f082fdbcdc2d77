#pragma once

#include <QWidget>

class QComboBox;

namespace cordon::core
{
class AppSettings;
} // namespace cordon::core

namespace cordon::gui
{

// What the console looks like and speaks: its theme and its language.
class GeneralPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralPage(core::AppSettings* settings, QWidget* parent = nullptr);

    void load();
    // Writes the language and applies and writes the theme.
    bool writeSettings();

private:
    core::AppSettings* m_settings;
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_themeCombo = nullptr;
};

} // namespace cordon::gui
