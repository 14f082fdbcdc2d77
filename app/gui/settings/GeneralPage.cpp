#include "gui/settings/GeneralPage.h"

#include "gui/desktop/Appearance.h"
#include "gui/desktop/Language.h"
#include "store/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

#include <algorithm>

namespace cordon::gui
{

GeneralPage::GeneralPage(core::AppSettings* settings, QWidget* parent) : QWidget(parent), m_settings(settings)
{
    auto* page = this;
    auto* form = new QFormLayout(page);

    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language of the console"));
    m_languageCombo->setToolTip(tr("Takes effect when Cordon starts again."));
    m_languageCombo->addItem(tr("The system's language"), QString());
    for (const QString& code : Language::available()) {
        const QString name = QLocale(code).nativeLanguageName();
        m_languageCombo->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    form->addRow(tr("&Language:"), m_languageCombo);

    // The same choice as View → Appearance, and made the same way.
    m_themeCombo = new QComboBox(page);
    m_themeCombo->setObjectName(QStringLiteral("themeComboBox"));
    m_themeCombo->setAccessibleName(tr("Colours of the console"));
    m_themeCombo->setToolTip(tr("Also under View → Appearance; takes effect when saved."));
    m_themeCombo->addItem(tr("Follow the system"), Appearance::name(Appearance::Theme::System));
    m_themeCombo->addItem(tr("Light"), Appearance::name(Appearance::Theme::Light));
    m_themeCombo->addItem(tr("Dark"), Appearance::name(Appearance::Theme::Dark));
    form->addRow(tr("A&ppearance:"), m_themeCombo);
}

void GeneralPage::load()
{
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(m_settings->language())));
    const Appearance::Theme theme = Appearance::fromName(m_settings->theme());
    m_themeCombo->setCurrentIndex(std::max(0, m_themeCombo->findData(Appearance::name(theme))));
}

bool GeneralPage::writeSettings()
{
    const bool written = m_settings->setLanguage(m_languageCombo->currentData().toString());
    return Appearance::choose(Appearance::fromName(m_themeCombo->currentData().toString()), *m_settings) && written;
}

} // namespace cordon::gui
