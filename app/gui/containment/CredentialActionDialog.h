#pragma once

#include "containment/ContainmentAction.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cordon::gui
{

// The confirmation of one credential action (More actions): what it reaches (its blast radius), what the dry run
// says Okta would change, and its settings: the risk level and the reason Okta records, or the time factors
// enrolled since are removed. A reason Okta would refuse is said here, and nothing is sent.
class CredentialActionDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialActionDialog(const core::ContainmentAction& action,
                           const QString& login,
                           const QString& riskReason,
                           QWidget* parent = nullptr);

    // The action as set now: the level or the since-time chosen.
    core::ContainmentAction action() const;
    QString riskReason() const;
    // What the dry run for action() found; sendable: something would be sent.
    void setPlan(const QString& plan, bool sendable);
    // A new dry run is reading the plan: nothing can be confirmed until it is shown.
    void setReading();

Q_SIGNALS:
    // The level or the since-time changed: the plan shown no longer holds until it is read again.
    void actionChanged();

public Q_SLOTS:
    void accept() override;

private:
    core::ContainmentAction m_action;
    QComboBox* m_levelCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QDateTimeEdit* m_sinceEdit = nullptr;
    QLabel* m_planLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_sendable = false;
};

} // namespace cordon::gui
