#include "gui/containment/CredentialActionDialog.h"

#include "containment/ActionListModel.h"
#include "gui/desktop/StatusColors.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::ContainmentAction;

namespace
{

// The confirming button says what it does, in a few words.
QString confirmText(const ContainmentAction& action)
{
    switch (action.kind) {
    case ContainmentAction::Kind::SetRisk:
        return CredentialActionDialog::tr("Set risk to %1").arg(action.riskLevel);
    case ContainmentAction::Kind::UniversalLogout:
        return CredentialActionDialog::tr("Log out everywhere");
    case ContainmentAction::Kind::RevokeFactorsSince:
        return CredentialActionDialog::tr("Remove factors");
    case ContainmentAction::Kind::ResetFactors:
        return CredentialActionDialog::tr("Reset all factors");
    case ContainmentAction::Kind::ExpirePassword:
        return CredentialActionDialog::tr("Expire password");
    case ContainmentAction::Kind::ClearSessions:
    case ContainmentAction::Kind::Suspend:
    case ContainmentAction::Kind::Unsuspend:
    case ContainmentAction::Kind::AddGroup:
    case ContainmentAction::Kind::RemoveGroup:
        break;
    }
    return core::ActionListModel::actionLabel(action);
}

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CredentialActionDialog::CredentialActionDialog(const ContainmentAction& action,
                                               const QString& login,
                                               const QString& riskReason,
                                               QWidget* parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("credentialActionDialog"));
    setWindowTitle(tr("%1: %2").arg(core::ActionListModel::actionLabel(action), login));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);

    // Whom it reaches, above what it does: the window title is not always in view.
    auto* target = wrappedLabel(QStringLiteral("credentialTargetLabel"), this);
    target->setText(tr("%1 for %2").arg(core::ActionListModel::actionLabel(action), login));
    QFont bold = target->font();
    bold.setBold(true);
    target->setFont(bold);
    layout->addWidget(target);
    auto* blast = wrappedLabel(QStringLiteral("blastRadiusLabel"), this);
    blast->setText(action.blastRadius());
    layout->addWidget(blast);
    const bool lowering = action.kind == ContainmentAction::Kind::SetRisk && action.isRelease();
    if (lowering) {
        auto* none = wrappedLabel(QStringLiteral("riskNoneLabel"), this);
        none->setText(tr("LOW is the lowest level Cordon can set: Okta cannot set a user's risk back to NONE."));
        layout->addWidget(none);
    }

    auto* form = new QFormLayout;
    if (action.kind == ContainmentAction::Kind::SetRisk) {
        m_levelCombo = new QComboBox(this);
        m_levelCombo->setObjectName(QStringLiteral("riskLevelComboBox"));
        const QStringList levels = lowering ? QStringList{QStringLiteral("LOW")}
                                            : QStringList{QStringLiteral("HIGH"), QStringLiteral("MEDIUM")};
        m_levelCombo->addItems(levels);
        m_levelCombo->setCurrentText(action.riskLevel);
        m_levelCombo->setEnabled(!lowering);
        form->addRow(tr("Risk level:"), m_levelCombo);
        connect(m_levelCombo, &QComboBox::currentTextChanged, this, [this](const QString& level) {
            m_action.riskLevel = level;
            Q_EMIT actionChanged();
        });
        m_reasonEdit = new QLineEdit(riskReason, this);
        m_reasonEdit->setObjectName(QStringLiteral("riskReasonEdit"));
        m_reasonEdit->setToolTip(tr("Okta records this reason: at most 500 letters, digits, spaces, hyphens, commas "
                                    "and periods"));
        form->addRow(tr("Reason Okta records:"), m_reasonEdit);
        connect(m_reasonEdit, &QLineEdit::textChanged, this, [this] { m_problemLabel->clear(); });
    }
    if (action.kind == ContainmentAction::Kind::RevokeFactorsSince) {
        m_sinceEdit = new QDateTimeEdit(this);
        m_sinceEdit->setObjectName(QStringLiteral("factorsSinceEdit"));
        m_sinceEdit->setTimeSpec(Qt::UTC);
        m_sinceEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        m_sinceEdit->setDateTime(action.since.toUTC());
        // A factor enrolled in the future cannot exist; Okta's times have seconds.
        m_sinceEdit->setMaximumDateTime(QDateTime::currentDateTimeUtc());
        m_sinceEdit->setToolTip(tr("Factors enrolled at or after this time are removed; the incident's detection "
                                   "time unless you change it"));
        form->addRow(tr("Enrolled since:"), m_sinceEdit);
        connect(m_sinceEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& since) {
            m_action.since = since.toUTC();
            Q_EMIT actionChanged();
        });
    }
    if (form->rowCount() > 0) {
        layout->addLayout(form);
    }

    auto* planTitle = new QLabel(tr("<b>What Okta would change (dry run):</b>"), this);
    layout->addWidget(planTitle);
    m_planLabel = wrappedLabel(QStringLiteral("planLabel"), this);
    layout->addWidget(m_planLabel);

    m_problemLabel = wrappedLabel(QStringLiteral("problemLabel"), this);
    m_problemLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(Status::Bad, palette())));
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("credentialActionButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText(action));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmCredentialActionButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelCredentialActionButton"));
    // Nothing is sent unless the analyst says so.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialActionDialog::reject);
    setReading();
}

ContainmentAction CredentialActionDialog::action() const
{
    return m_action;
}

QString CredentialActionDialog::riskReason() const
{
    return m_reasonEdit ? m_reasonEdit->text() : QString();
}

void CredentialActionDialog::setPlan(const QString& plan, bool sendable)
{
    m_sendable = sendable;
    m_planLabel->setText(plan);
    m_buttons->button(QDialogButtonBox::Ok)->setText(confirmText(m_action));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(sendable);
}

void CredentialActionDialog::setReading()
{
    m_sendable = false;
    m_planLabel->setText(tr("Reading the user at Okta…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void CredentialActionDialog::accept()
{
    if (!m_sendable) {
        return;
    }
    if (m_reasonEdit) {
        if (const QString problem = core::riskReasonProblem(m_reasonEdit->text()); !problem.isEmpty()) {
            m_problemLabel->setText(tr("Nothing was sent: %1").arg(problem));
            m_reasonEdit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace cordon::gui
