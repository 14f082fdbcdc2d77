#include "gui/playbooks/PlaybookEditor.h"

#include "containment/ActionListModel.h"
#include "gui/desktop/WrappingLabel.h"
#include "gui/playbooks/PlaybookWidgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::ContainmentAction;
using core::Incident;
using core::Playbook;

namespace
{

constexpr int SourceKindRole = Qt::UserRole + 1;

QString sourceKindText(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("redcanary"), QT_TRANSLATE_NOOP("PlaybookDialog", "Red Canary")},
        {QStringLiteral("ocsf"), QT_TRANSLATE_NOOP("PlaybookDialog", "OCSF")},
        {QStringLiteral("crowdstrike"), QT_TRANSLATE_NOOP("PlaybookDialog", "CrowdStrike")},
        {QStringLiteral("mde"), QT_TRANSLATE_NOOP("PlaybookDialog", "Microsoft Defender for Endpoint")},
        {QStringLiteral("sentinelone"), QT_TRANSLATE_NOOP("PlaybookDialog", "SentinelOne")},
        {QStringLiteral("elastic"), QT_TRANSLATE_NOOP("PlaybookDialog", "Elastic")},
        {QStringLiteral("generic"), QT_TRANSLATE_NOOP("PlaybookDialog", "Generic (console.incident/v1)")}};
    const auto found = names.constFind(kind);
    return found == names.constEnd() ? kind : QCoreApplication::translate("PlaybookDialog", *found);
}

ContainmentAction simpleAction(ContainmentAction::Kind kind)
{
    return ContainmentAction{kind, QString()};
}

} // namespace

QCheckBox* PlaybookEditor::actionCheckBox(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    check->setAccessibleName(text);
    connect(check, &QCheckBox::toggled, this, &PlaybookEditor::editorChanged);
    return check;
}

PlaybookEditor::PlaybookEditor(QWidget* parent) : QGroupBox(tr("Playbook"), parent)
{
    auto* group = this;
    group->setObjectName(QStringLiteral("playbookEditorGroupBox"));
    auto* editorLayout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    editorLayout->addLayout(form);
    editorLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit = new QLineEdit(group);
    m_nameEdit->setObjectName(QStringLiteral("playbookNameLineEdit"));
    m_nameEdit->setAccessibleName(tr("Playbook name"));
    m_enabledCheck = new QCheckBox(tr("&Enabled"), group);
    m_enabledCheck->setObjectName(QStringLiteral("playbookEnabledCheckBox"));
    m_enabledCheck->setAccessibleName(tr("Playbook enabled"));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_enabledCheck);
    auto* nameLabel = new QLabel(tr("&Name:"), group);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, nameRow);

    m_triggerCombo = new QComboBox(group);
    m_triggerCombo->setObjectName(QStringLiteral("triggerComboBox"));
    m_triggerCombo->setAccessibleName(tr("When the playbook runs"));
    m_triggerCombo->addItem(tr("When the analyst starts it"), int(Playbook::Trigger::Manual));
    m_triggerCombo->addItem(tr("When a threat is identified"), int(Playbook::Trigger::ThreatIdentified));
    m_triggerCombo->addItem(tr("When a threat is remediated"), int(Playbook::Trigger::ThreatRemediated));
    form->addRow(tr("&Runs:"), m_triggerCombo);

    m_severityCombo = new QComboBox(group);
    m_severityCombo->setObjectName(QStringLiteral("minimumSeverityComboBox"));
    m_severityCombo->setAccessibleName(tr("Minimum severity"));
    m_severityCombo->addItem(tr("Any severity"), int(Incident::Severity::Unknown));
    m_severityCombo->addItem(tr("Informational or higher"), int(Incident::Severity::Informational));
    m_severityCombo->addItem(tr("Low or higher"), int(Incident::Severity::Low));
    m_severityCombo->addItem(tr("Medium or higher"), int(Incident::Severity::Medium));
    m_severityCombo->addItem(tr("High or higher"), int(Incident::Severity::High));
    m_severityCombo->addItem(tr("Critical only"), int(Incident::Severity::Critical));
    form->addRow(tr("Minimum &severity:"), m_severityCombo);

    m_sourcesList = new QListWidget(group);
    m_sourcesList->setObjectName(QStringLiteral("sourcesListWidget"));
    m_sourcesList->setAccessibleName(tr("Feed sources the playbook runs for; none checked means every source"));
    for (const QString& kind : Playbook::knownSourceKinds()) {
        auto* item = new QListWidgetItem(sourceKindText(kind), m_sourcesList);
        item->setData(SourceKindRole, kind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Every source in view: the list is short and fixed.
    m_sourcesList->setFixedHeight(m_sourcesList->sizeHintForRow(0) * m_sourcesList->count() +
                                  2 * m_sourcesList->frameWidth());
    auto* sourcesBox = new QVBoxLayout;
    sourcesBox->addWidget(m_sourcesList);
    auto* sourcesNote = wrappingLabel(group, QStringLiteral("sourcesNoteLabel"));
    sourcesNote->setText(tr("None checked: incidents from every source."));
    sourcesBox->addWidget(sourcesNote);
    auto* sourcesLabel = new QLabel(tr("S&ources:"), group);
    sourcesLabel->setBuddy(m_sourcesList);
    form->addRow(sourcesLabel, sourcesBox);

    auto* actions = new QGridLayout;
    auto* containLabel = new QLabel(tr("Contain"), group);
    auto* releaseLabel = new QLabel(tr("Release"), group);
    QFont heading = containLabel->font();
    heading.setBold(true);
    containLabel->setFont(heading);
    releaseLabel->setFont(heading);
    actions->addWidget(containLabel, 0, 0, 1, 2);
    actions->addWidget(releaseLabel, 0, 2, 1, 2);
    m_clearSessionsCheck =
        actionCheckBox(group, QStringLiteral("clearSessionsCheckBox"), tr("Clear sessions and OAuth tokens"));
    m_suspendCheck = actionCheckBox(group, QStringLiteral("suspendCheckBox"), tr("Suspend"));
    m_restrictCheck = actionCheckBox(group, QStringLiteral("restrictCheckBox"), tr("Add to the restricted group"));
    m_addGroupCheck = actionCheckBox(group, QStringLiteral("addGroupCheckBox"), tr("Add to group:"));
    m_unsuspendCheck = actionCheckBox(group, QStringLiteral("unsuspendCheckBox"), tr("Unsuspend"));
    m_unrestrictCheck =
        actionCheckBox(group, QStringLiteral("unrestrictCheckBox"), tr("Remove from the restricted group"));
    m_removeGroupCheck = actionCheckBox(group, QStringLiteral("removeGroupCheckBox"), tr("Remove from group:"));
    m_addGroupEdit = new QLineEdit(group);
    m_addGroupEdit->setObjectName(QStringLiteral("addGroupLineEdit"));
    m_addGroupEdit->setAccessibleName(tr("Okta group to add the user to, by name or id"));
    m_addGroupEdit->setPlaceholderText(tr("Group name or id"));
    m_removeGroupEdit = new QLineEdit(group);
    m_removeGroupEdit->setObjectName(QStringLiteral("removeGroupLineEdit"));
    m_removeGroupEdit->setAccessibleName(tr("Okta group to remove the user from, by name or id"));
    m_removeGroupEdit->setPlaceholderText(tr("Group name or id"));
    // The group fields sit under their check box, indented like its text.
    constexpr int ActionSpacing = 12;
    actions->setHorizontalSpacing(ActionSpacing);
    const int indent = m_addGroupCheck->sizeHint().width() -
                       m_addGroupCheck->fontMetrics().horizontalAdvance(m_addGroupCheck->text()) - ActionSpacing;
    actions->addWidget(m_clearSessionsCheck, 1, 0, 1, 2);
    actions->addWidget(m_suspendCheck, 2, 0, 1, 2);
    actions->addWidget(m_restrictCheck, 3, 0, 1, 2);
    actions->addWidget(m_addGroupCheck, 4, 0, 1, 2);
    actions->addWidget(m_addGroupEdit, 5, 1);
    actions->addWidget(m_unsuspendCheck, 1, 2, 1, 2);
    actions->addWidget(m_unrestrictCheck, 2, 2, 1, 2);
    actions->addWidget(m_removeGroupCheck, 3, 2, 1, 2);
    actions->addWidget(m_removeGroupEdit, 4, 3);
    // The credential actions: what a playbook may do beyond the user's Okta sign-in. Remove recent factors takes
    // the incident's detection time when it runs.
    const auto credentialCheck = [this, group, actions](core::ContainmentAction action, const QString& objectName,
                                                        int row, int column) {
        auto* check = actionCheckBox(group, objectName, core::ActionListModel::actionLabel(action));
        check->setToolTip(action.blastRadius());
        m_credentialChecks.insert(check, action);
        actions->addWidget(check, row, column, 1, 2);
    };
    ContainmentAction riskHigh(ContainmentAction::Kind::SetRisk);
    riskHigh.riskLevel = QStringLiteral("HIGH");
    ContainmentAction riskMedium(ContainmentAction::Kind::SetRisk);
    riskMedium.riskLevel = QStringLiteral("MEDIUM");
    ContainmentAction riskLow(ContainmentAction::Kind::SetRisk);
    riskLow.riskLevel = QStringLiteral("LOW");
    credentialCheck(riskHigh, QStringLiteral("riskHighCheckBox"), 6, 0);
    credentialCheck(riskMedium, QStringLiteral("riskMediumCheckBox"), 7, 0);
    credentialCheck(ContainmentAction(ContainmentAction::Kind::UniversalLogout),
                    QStringLiteral("universalLogoutCheckBox"), 8, 0);
    credentialCheck(ContainmentAction(ContainmentAction::Kind::RevokeFactorsSince),
                    QStringLiteral("revokeFactorsCheckBox"), 9, 0);
    credentialCheck(ContainmentAction(ContainmentAction::Kind::ResetFactors), QStringLiteral("resetFactorsCheckBox"),
                    10, 0);
    credentialCheck(ContainmentAction(ContainmentAction::Kind::ExpirePassword),
                    QStringLiteral("expirePasswordCheckBox"), 11, 0);
    credentialCheck(riskLow, QStringLiteral("riskLowCheckBox"), 6, 2);
    actions->setColumnMinimumWidth(0, indent);
    actions->setColumnMinimumWidth(2, indent);
    actions->setColumnStretch(1, 1);
    actions->setColumnStretch(3, 1);
    form->addRow(tr("Actions:"), actions);
    for (auto [check, edit] :
         {std::pair{m_addGroupCheck, m_addGroupEdit}, std::pair{m_removeGroupCheck, m_removeGroupEdit}}) {
        connect(edit, &QLineEdit::textEdited, this, [this, check = check](const QString& text) {
            if (!text.trimmed().isEmpty() && !check->isChecked()) {
                check->setChecked(true); // editorChanged follows
                return;
            }
            editorChanged();
        });
    }

    m_askRadio = new QRadioButton(tr("As&k the analyst first"), group);
    m_askRadio->setObjectName(QStringLiteral("askRadioButton"));
    m_askRadio->setAccessibleName(tr("Ask the analyst before running"));
    m_automaticRadio = new QRadioButton(tr("Run a&utomatically"), group);
    m_automaticRadio->setObjectName(QStringLiteral("automaticRadioButton"));
    m_automaticRadio->setAccessibleName(tr("Run automatically"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_askRadio);
    modes->addButton(m_automaticRadio);
    auto* modeBox = new QVBoxLayout;
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_askRadio);
    modeRow->addWidget(m_automaticRadio);
    modeRow->addStretch(1);
    modeBox->addLayout(modeRow);
    m_modeNoteLabel = wrappingLabel(group, QStringLiteral("modeNoteLabel"));
    m_modeNoteLabel->setAccessibleName(tr("When a playbook runs by itself"));
    modeBox->addWidget(m_modeNoteLabel);
    form->addRow(tr("Mode:"), modeBox);

    m_problemLabel = wrappingLabel(group, QStringLiteral("playbookProblemLabel"));
    m_problemLabel->setAccessibleName(tr("Why the playbook cannot be saved"));
    m_problemLabel->setTextFormat(Qt::RichText);
    form->addRow(m_problemLabel);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &PlaybookEditor::editorChanged);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &PlaybookEditor::editorChanged);
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &PlaybookEditor::editorChanged);
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, &PlaybookEditor::editorChanged);
    connect(m_sourcesList, &QListWidget::itemChanged, this, &PlaybookEditor::editorChanged);
    connect(m_automaticRadio, &QRadioButton::toggled, this, &PlaybookEditor::editorChanged);
}

void PlaybookEditor::showPlaybook(const std::optional<Playbook>& shown)
{
    setEnabled(shown.has_value());
    m_playbook = shown;
    const Playbook playbook = shown.value_or(Playbook());

    m_loading = true;
    m_nameEdit->setText(playbook.name);
    m_enabledCheck->setChecked(playbook.enabled);
    m_triggerCombo->setCurrentIndex(m_triggerCombo->findData(int(playbook.trigger)));
    m_severityCombo->setCurrentIndex(m_severityCombo->findData(int(playbook.minimumSeverity)));
    for (int index = 0; index < m_sourcesList->count(); ++index) {
        QListWidgetItem* item = m_sourcesList->item(index);
        item->setCheckState(playbook.sources.contains(item->data(SourceKindRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    const auto has = [&playbook](ContainmentAction::Kind kind) {
        return playbook.actions.contains(simpleAction(kind));
    };
    const auto namedGroup = [&playbook](ContainmentAction::Kind kind) {
        for (const ContainmentAction& action : playbook.actions) {
            if (action.kind == kind && !action.group.isEmpty()) {
                return action.group;
            }
        }
        return QString();
    };
    m_clearSessionsCheck->setChecked(has(ContainmentAction::Kind::ClearSessions));
    m_suspendCheck->setChecked(has(ContainmentAction::Kind::Suspend));
    m_restrictCheck->setChecked(playbook.actions.contains(Playbook::restrictAction()));
    m_addGroupEdit->setText(namedGroup(ContainmentAction::Kind::AddGroup));
    m_addGroupCheck->setChecked(!m_addGroupEdit->text().isEmpty());
    m_unsuspendCheck->setChecked(has(ContainmentAction::Kind::Unsuspend));
    m_unrestrictCheck->setChecked(playbook.actions.contains(Playbook::unrestrictAction()));
    m_removeGroupEdit->setText(namedGroup(ContainmentAction::Kind::RemoveGroup));
    m_removeGroupCheck->setChecked(!m_removeGroupEdit->text().isEmpty());
    for (auto it = m_credentialChecks.cbegin(); it != m_credentialChecks.cend(); ++it) {
        it.key()->setChecked(playbook.actions.contains(it.value()));
    }
    (playbook.mode == Playbook::Mode::Automatic ? m_automaticRadio : m_askRadio)->setChecked(true);
    setCredentialCapabilities(m_capabilities);
    m_loading = false;
    updateProblem();
}

Playbook PlaybookEditor::editedPlaybook() const
{
    Playbook playbook = m_playbook.value_or(Playbook());
    playbook.name = m_nameEdit->text().trimmed();
    playbook.enabled = m_enabledCheck->isChecked();
    playbook.trigger = Playbook::Trigger(m_triggerCombo->currentData().toInt());
    playbook.minimumSeverity = Incident::Severity(m_severityCombo->currentData().toInt());
    playbook.sources.clear();
    for (int index = 0; index < m_sourcesList->count(); ++index) {
        if (m_sourcesList->item(index)->checkState() == Qt::Checked) {
            playbook.sources << m_sourcesList->item(index)->data(SourceKindRole).toString();
        }
    }
    playbook.mode = m_automaticRadio->isChecked() ? Playbook::Mode::Automatic : Playbook::Mode::Ask;

    // The checked actions in the order they run; a group action without a group would mean the restricted one.
    QList<ContainmentAction> wanted;
    const auto want = [&wanted](bool checked, const ContainmentAction& action) {
        if (checked) {
            wanted << action;
        }
    };
    want(m_clearSessionsCheck->isChecked(), simpleAction(ContainmentAction::Kind::ClearSessions));
    want(m_suspendCheck->isChecked(), simpleAction(ContainmentAction::Kind::Suspend));
    want(m_restrictCheck->isChecked(), Playbook::restrictAction());
    if (m_addGroupCheck->isChecked() && !m_addGroupEdit->text().trimmed().isEmpty()) {
        wanted << ContainmentAction{ContainmentAction::Kind::AddGroup, m_addGroupEdit->text().trimmed()};
    }
    want(m_unrestrictCheck->isChecked(), Playbook::unrestrictAction());
    if (m_removeGroupCheck->isChecked() && !m_removeGroupEdit->text().trimmed().isEmpty()) {
        wanted << ContainmentAction{ContainmentAction::Kind::RemoveGroup, m_removeGroupEdit->text().trimmed()};
    }
    want(m_unsuspendCheck->isChecked(), simpleAction(ContainmentAction::Kind::Unsuspend));
    for (auto it = m_credentialChecks.cbegin(); it != m_credentialChecks.cend(); ++it) {
        want(it.key()->isChecked(), it.value());
    }
    // Actions the playbook had keep their order (an imported one may run them in another); new ones follow.
    QList<ContainmentAction> actions;
    for (const ContainmentAction& action : playbook.actions) {
        if (wanted.contains(action)) {
            actions << action;
        }
    }
    for (const ContainmentAction& action : wanted) {
        if (!actions.contains(action)) {
            actions << action;
        }
    }
    playbook.actions = actions;
    return playbook;
}

void PlaybookEditor::setCredentialCapabilities(const core::CredentialCapabilities& capabilities)
{
    m_capabilities = capabilities;
    for (auto it = m_credentialChecks.cbegin(); it != m_credentialChecks.cend(); ++it) {
        const QString label = core::ActionListModel::actionLabel(it.value());
        const QString why = capabilities.reason(it.value().kind);
        // The reason in the text itself, not only in a tool tip: a person sees at once why it cannot be checked.
        // One the playbook holds already stays checked, so that saving it keeps it.
        it.key()->setText(why.isEmpty() ? label : tr("%1 (unavailable: %2)").arg(label, why));
        it.key()->setToolTip(why.isEmpty() ? it.value().blastRadius() : why);
        it.key()->setEnabled(why.isEmpty() || it.key()->isChecked());
    }
}

void PlaybookEditor::editorChanged()
{
    if (m_loading || !m_playbook) {
        return;
    }
    m_playbook = editedPlaybook();
    emit edited(*m_playbook);
    updateProblem();
}

std::optional<Playbook::Problem> PlaybookEditor::problemWith(const Playbook& playbook, bool checkEditor) const
{
    // A group checked without its name is not in the playbook yet: only the editor knows of it.
    if (checkEditor && m_addGroupCheck->isChecked() && m_addGroupEdit->text().trimmed().isEmpty()) {
        return Playbook::Problem{Playbook::Problem::Field::Actions,
                                 tr("type the group to add the user to, or uncheck “Add to group”")};
    }
    if (checkEditor && m_removeGroupCheck->isChecked() && m_removeGroupEdit->text().trimmed().isEmpty()) {
        return Playbook::Problem{Playbook::Problem::Field::Actions,
                                 tr("type the group to remove the user from, or uncheck “Remove from group”")};
    }
    const QList<Playbook::Problem> problems = playbook.validate();
    if (problems.isEmpty()) {
        return std::nullopt;
    }
    return problems.first();
}

QWidget* PlaybookEditor::editorFor(Playbook::Problem::Field field) const
{
    switch (field) {
    case Playbook::Problem::Field::Id:
        return nullptr;
    case Playbook::Problem::Field::Name:
        return m_nameEdit;
    case Playbook::Problem::Field::Trigger:
        return m_triggerCombo;
    case Playbook::Problem::Field::Sources:
        return m_sourcesList;
    case Playbook::Problem::Field::Actions:
        return m_clearSessionsCheck;
    }
    return nullptr;
}

void PlaybookEditor::updateProblem()
{
    const bool manual = m_triggerCombo->currentData().toInt() == int(Playbook::Trigger::Manual);
    m_askRadio->setEnabled(!manual);
    m_automaticRadio->setEnabled(!manual);
    m_modeNoteLabel->setText(manual ? tr("A manual playbook runs when the analyst starts it from the console.")
                                    : tr("Automatic runs only when the endpoint identity matches exactly one Okta "
                                         "user, every guardrail passes, and never on an admin; otherwise Cordon "
                                         "asks."));
    const auto problem = m_playbook ? problemWith(*m_playbook, true) : std::nullopt;
    m_problemLabel->setText(
        problem ? colored(tr("This playbook cannot be saved: %1.").arg(problem->message), Status::Bad) : QString());
    m_problemLabel->setVisible(problem.has_value());
}

void PlaybookEditor::focusName()
{
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

} // namespace cordon::gui
