#pragma once

#include "containment/CredentialCapabilities.h"
#include "playbooks/Playbook.h"

#include <QGroupBox>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace cordon::gui
{

// Edits one playbook: its name, trigger, severity, sources, actions and mode, and says why it cannot be saved.
class PlaybookEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit PlaybookEditor(QWidget* parent = nullptr);

    // Shows the playbook for editing; with none, shows an empty editor that cannot be used.
    void showPlaybook(const std::optional<core::Playbook>& playbook);
    // What keeps the playbook from being saved (the first of Playbook::validate); nothing when it is fine.
    // checkEditor adds the state of the editor that the playbook cannot hold (a group action checked without a
    // group).
    std::optional<core::Playbook::Problem> problemWith(const core::Playbook& playbook, bool checkEditor) const;
    // The editor's widget for a field of the playbook; null for the id, which the dialog chooses itself.
    QWidget* editorFor(core::Playbook::Problem::Field field) const;
    // Puts the cursor in the name, selected, for a new playbook.
    void focusName();
    // What a credential probe found: an unavailable credential action is shown disabled with the reason. A playbook
    // that holds one keeps it.
    void setCredentialCapabilities(const core::CredentialCapabilities& capabilities);

signals:
    // The analyst changed the playbook shown.
    void edited(const core::Playbook& playbook);

private:
    QCheckBox* actionCheckBox(QWidget* parent, const QString& objectName, const QString& text);
    void editorChanged();
    core::Playbook editedPlaybook() const;
    void updateProblem();

    // The playbook shown, as edited so far; nothing when the editor is empty.
    std::optional<core::Playbook> m_playbook;
    bool m_loading = false;

    QLineEdit* m_nameEdit = nullptr;
    QCheckBox* m_enabledCheck = nullptr;
    QComboBox* m_triggerCombo = nullptr;
    QComboBox* m_severityCombo = nullptr;
    QListWidget* m_sourcesList = nullptr;
    QCheckBox* m_clearSessionsCheck = nullptr;
    QCheckBox* m_suspendCheck = nullptr;
    QCheckBox* m_restrictCheck = nullptr;
    QCheckBox* m_addGroupCheck = nullptr;
    QLineEdit* m_addGroupEdit = nullptr;
    QCheckBox* m_unsuspendCheck = nullptr;
    QCheckBox* m_unrestrictCheck = nullptr;
    QCheckBox* m_removeGroupCheck = nullptr;
    QLineEdit* m_removeGroupEdit = nullptr;
    // The credential actions, each with the action it adds; risk:LOW under Release.
    QMap<QCheckBox*, core::ContainmentAction> m_credentialChecks;
    core::CredentialCapabilities m_capabilities;
    QRadioButton* m_askRadio = nullptr;
    QRadioButton* m_automaticRadio = nullptr;
    QLabel* m_modeNoteLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
};

} // namespace cordon::gui
