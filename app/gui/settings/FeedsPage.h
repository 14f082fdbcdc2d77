#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cordon::core
{
class AppSettings;
class SecretStoreInterface;
} // namespace cordon::core

namespace cordon::gui
{

// The feed sources: files and folders watched, https:// addresses polled. A feed's key goes to the keychain
// as soon as the source is added, under the source's id; the settings never see it.
class FeedsPage : public QWidget
{
    Q_OBJECT

public:
    FeedsPage(core::AppSettings* settings, core::SecretStoreInterface* secrets, QWidget* parent = nullptr);

    // Accepts http:// to this computer, for test feeds.
    void setAllowHttpLoopback(bool allow);
    void load();
    bool writeSettings();
    // Removes the keys of feed sources that are no longer in the list.
    void removeDroppedFeedKeys();
    // Removes the keys of sources added since the last save, which are not kept.
    void discardUnsavedFeedKeys();

private:
    void addFeedSource();
    void updateFeedFields();

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    bool m_allowHttpLoopback = false;

    QListWidget* m_feedList = nullptr;
    QLineEdit* m_feedEdit = nullptr;
    QLabel* m_feedApiLabel = nullptr;
    QLineEdit* m_feedSecretEdit = nullptr;
    QSpinBox* m_feedIntervalSpin = nullptr;
    QPushButton* m_addFeedButton = nullptr;
    QStringList m_savedFeedIds;
    // Sources added in this dialog whose key is in the keychain but which are not saved yet.
    QStringList m_unsavedFeedIds;
};

} // namespace cordon::gui
