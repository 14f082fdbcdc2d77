#include "gui/desktop/Appearance.h"

#include "store/AppSettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QFont>
#include <QMenu>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cordon::gui
{

namespace
{

struct SystemLook
{
    QString styleName;
    QPalette palette;
    bool captured = false;
};

SystemLook& systemLook()
{
    static SystemLook look;
    if (!look.captured) {
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.captured = true;
    }
    return look;
}

Appearance::Theme& currentTheme()
{
    static Appearance::Theme theme = Appearance::Theme::System;
    return theme;
}

// The colours of one theme, by role; the palette is built from them the same way for both themes.
struct ThemeColors
{
    QColor window, text, base, alternateBase, toolTipBase, placeholder, button, brightText;
    QColor light, midlight, mid, dark, shadow, highlight, link, linkVisited, disabledText;
};

QPalette makePalette(const ThemeColors& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.disabledText);
    }
    return p;
}

QPalette lightPalette()
{
    return makePalette({QColor::fromRgb(0xf5f5f5), QColor::fromRgb(0x212121), QColor::fromRgb(0xffffff),
                        QColor::fromRgb(0xeef1f4), QColor::fromRgb(0xffffe1), QColor::fromRgb(0x757575),
                        QColor::fromRgb(0xe8e8e8), QColor::fromRgb(0xd32f2f), QColor::fromRgb(0xffffff),
                        QColor::fromRgb(0xe0e0e0), QColor::fromRgb(0xb0b0b0), QColor::fromRgb(0x9e9e9e),
                        QColor::fromRgb(0x606060), QColor::fromRgb(0x1976d2), QColor::fromRgb(0x1565c0),
                        QColor::fromRgb(0x6a1b9a), QColor::fromRgb(0x9e9e9e)});
}

QPalette darkPalette()
{
    return makePalette({QColor::fromRgb(0x2b2d30), QColor::fromRgb(0xe8eaed), QColor::fromRgb(0x1e1f22),
                        QColor::fromRgb(0x26282b), QColor::fromRgb(0x3c3f41), QColor::fromRgb(0x9aa0a6),
                        QColor::fromRgb(0x3c3f41), QColor::fromRgb(0xff8a80), QColor::fromRgb(0x505357),
                        QColor::fromRgb(0x45484b), QColor::fromRgb(0x35373a), QColor::fromRgb(0x1a1b1d),
                        QColor::fromRgb(0x000000), QColor::fromRgb(0x428bd8), QColor::fromRgb(0x8ab4f8),
                        QColor::fromRgb(0xc58af9), QColor::fromRgb(0x80868b)});
}

} // namespace

Appearance::Theme Appearance::fromName(const QString& name)
{
    if (name == QLatin1String("light")) {
        return Theme::Light;
    }
    if (name == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

QString Appearance::name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Theme Appearance::saved()
{
    const std::unique_ptr<QSettings> settings = core::AppSettings::open();
    return fromName(core::AppSettings(settings.get()).theme());
}

bool Appearance::choose(Theme theme, core::AppSettings& settings)
{
    // Setting the style again repolishes every widget: only for a change.
    if (theme != current()) {
        apply(theme);
    }
    return settings.setTheme(name(theme));
}

void Appearance::apply(Theme theme)
{
    const SystemLook& system = systemLook();
    currentTheme() = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(system.styleName));
        QApplication::setPalette(system.palette);
        return;
    }
    // Fusion draws with the palette everywhere; some platform styles keep their own colours.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Appearance::Theme Appearance::current()
{
    return currentTheme();
}

QMenu* Appearance::addMenu(QMenu* parent)
{
    QMenu* menu = parent->addMenu(QApplication::translate("Appearance", "A&ppearance"));
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto* group = new QActionGroup(menu);
    QList<QPair<QAction*, Theme>> actions;
    const struct
    {
        Theme theme;
        QString text;
        QString objectName;
    } choices[] = {
        {Theme::System, QApplication::translate("Appearance", "Follow the &system"),
         QStringLiteral("themeSystemAction")},
        {Theme::Light, QApplication::translate("Appearance", "&Light"), QStringLiteral("themeLightAction")},
        {Theme::Dark, QApplication::translate("Appearance", "&Dark"), QStringLiteral("themeDarkAction")},
    };
    for (const auto& choice : choices) {
        QAction* action = menu->addAction(choice.text);
        action->setObjectName(choice.objectName);
        action->setCheckable(true);
        action->setChecked(current() == choice.theme);
        group->addAction(action);
        const Theme theme = choice.theme;
        actions.append({action, theme});
        QObject::connect(action, &QAction::triggered, menu, [theme] {
            const std::unique_ptr<QSettings> settings = core::AppSettings::open();
            core::AppSettings app(settings.get());
            choose(theme, app);
        });
    }
    // The theme may have been chosen in the settings since the menu was last shown.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [actions] {
        for (const auto& [action, theme] : actions) {
            action->setChecked(current() == theme);
        }
    });
    return menu;
}

void Appearance::emphasize(QWidget* widget, double factor, bool bold)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(qRound(font.pixelSize() * factor));
    }
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace cordon::gui
