#include "gui/playbooks/PlaybookDialog.h"

#include "gui/desktop/Dialogs.h"
#include "gui/playbooks/NotificationsPage.h"
#include "gui/playbooks/PlaybookListModel.h"
#include "gui/playbooks/PlaybookWidgets.h"
#include "playbooks/PlaybookStore.h"
#include "store/AppSettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::ContainmentAction;
using core::Incident;
using core::Playbook;

namespace
{

constexpr qint64 MaxImportBytes = 4 * 1024 * 1024;
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

PlaybookDialog::PlaybookDialog(core::AppSettings* settings,
                               core::SecretStoreInterface* secrets,
                               QNetworkAccessManager* network,
                               QWidget* parent)
    : QDialog(parent), m_settings(settings), m_model(new PlaybookListModel(this))
{
    setObjectName(QStringLiteral("playbookDialog"));
    setWindowTitle(tr("Playbooks"));
    setAccessibleName(tr("Playbooks and notifications"));

    auto* layout = new QVBoxLayout(this);
    auto* panes = new QHBoxLayout;
    panes->addWidget(buildListPane(), 2);
    panes->addWidget(buildEditorPane(), 3);
    layout->addLayout(panes, 1);
    m_notifications = new NotificationsPage(settings, secrets, network, this);
    layout->addWidget(m_notifications);

    auto* bottom = new QHBoxLayout;
    m_statusLabel = noteLabel(this, QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("What happened last"));
    bottom->addWidget(m_statusLabel, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the playbooks and the webhook"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaybookDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    QString error;
    m_model->setPlaybooks(core::PlaybookStore(m_settings).load(&error));
    if (!error.isEmpty()) {
        m_statusLabel->setText(
            colored(tr("The stored playbooks do not read (%1); these are the defaults.").arg(error), Status::Bad));
    }
    selectRow(0);
    connect(m_notifications, &NotificationsPage::webhookChanged, this, &PlaybookDialog::webhookChanged);
    connect(m_notifications, &NotificationsPage::webhookTested, this, &PlaybookDialog::webhookTested);
    connect(m_notifications, &NotificationsPage::busyChanged, m_saveButton,
            [this](bool busy) { m_saveButton->setEnabled(!busy); });
    resize(1000, 700);
}

PlaybookDialog::~PlaybookDialog() = default;

QWidget* PlaybookDialog::buildListPane()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableView(pane);
    m_table->setObjectName(QStringLiteral("playbooksTableView"));
    m_table->setAccessibleName(tr("Playbooks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(PlaybookListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlaybookListModel::TriggerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlaybookListModel::ModeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPlaybook(current.isValid() ? current.row() : -1); });

    auto* editRow = new QHBoxLayout;
    auto* add = button(pane, tr("&Add"), QStringLiteral("addPlaybookButton"), tr("Add a playbook"));
    m_duplicateButton = button(pane, tr("&Duplicate"), QStringLiteral("duplicatePlaybookButton"),
                               tr("Duplicate the selected playbook"));
    m_removeButton =
        button(pane, tr("Remo&ve"), QStringLiteral("removePlaybookButton"), tr("Remove the selected playbook"));
    editRow->addWidget(add);
    editRow->addWidget(m_duplicateButton);
    editRow->addWidget(m_removeButton);
    editRow->addStretch(1);
    layout->addLayout(editRow);

    auto* fileRow = new QHBoxLayout;
    auto* restore = button(pane, tr("Restore de&faults"), QStringLiteral("restoreDefaultsButton"),
                           tr("Replace the playbooks with the defaults"));
    auto* import =
        button(pane, tr("&Import…"), QStringLiteral("importPlaybooksButton"), tr("Import playbooks from a JSON file"));
    auto* exportButton = button(pane, tr("E&xport…"), QStringLiteral("exportPlaybooksButton"),
                                tr("Export the playbooks to a JSON file"));
    fileRow->addWidget(restore);
    fileRow->addWidget(import);
    fileRow->addWidget(exportButton);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);

    connect(add, &QPushButton::clicked, this, &PlaybookDialog::addPlaybook);
    connect(m_duplicateButton, &QPushButton::clicked, this, &PlaybookDialog::duplicatePlaybook);
    connect(m_removeButton, &QPushButton::clicked, this, &PlaybookDialog::removePlaybook);
    connect(restore, &QPushButton::clicked, this, &PlaybookDialog::restoreDefaults);
    connect(import, &QPushButton::clicked, this, &PlaybookDialog::importPlaybooks);
    connect(exportButton, &QPushButton::clicked, this, &PlaybookDialog::exportPlaybooks);
    return pane;
}

QCheckBox* PlaybookDialog::actionCheckBox(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    check->setAccessibleName(text);
    connect(check, &QCheckBox::toggled, this, &PlaybookDialog::editorChanged);
    return check;
}

QWidget* PlaybookDialog::buildEditorPane()
{
    auto* group = new QGroupBox(tr("Playbook"), this);
    group->setObjectName(QStringLiteral("playbookEditorGroupBox"));
    m_editor = group;
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
    auto* sourcesNote = noteLabel(group, QStringLiteral("sourcesNoteLabel"));
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
    m_modeNoteLabel = noteLabel(group, QStringLiteral("modeNoteLabel"));
    m_modeNoteLabel->setAccessibleName(tr("When a playbook runs by itself"));
    modeBox->addWidget(m_modeNoteLabel);
    form->addRow(tr("Mode:"), modeBox);

    m_problemLabel = noteLabel(group, QStringLiteral("playbookProblemLabel"));
    m_problemLabel->setAccessibleName(tr("Why the playbook cannot be saved"));
    m_problemLabel->setTextFormat(Qt::RichText);
    form->addRow(m_problemLabel);

    connect(m_nameEdit, &QLineEdit::textEdited, this, &PlaybookDialog::editorChanged);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &PlaybookDialog::editorChanged);
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &PlaybookDialog::editorChanged);
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, &PlaybookDialog::editorChanged);
    connect(m_sourcesList, &QListWidget::itemChanged, this, &PlaybookDialog::editorChanged);
    connect(m_automaticRadio, &QRadioButton::toggled, this, &PlaybookDialog::editorChanged);
    return group;
}

void PlaybookDialog::setAllowHttpLoopback(bool allow)
{
    m_notifications->setAllowHttpLoopback(allow);
}

QList<Playbook> PlaybookDialog::playbooks() const
{
    return m_model->playbooks();
}

QString PlaybookDialog::webhookId(const core::AppSettings& settings)
{
    return NotificationsPage::webhookId(settings);
}

void PlaybookDialog::sendTestNotification()
{
    m_notifications->sendTestNotification();
}

int PlaybookDialog::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlaybookDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearCurrentIndex();
        showPlaybook(-1);
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Selecting the row that was already current emits no change.
    showPlaybook(row);
}

void PlaybookDialog::showPlaybook(int row)
{
    const bool valid = row >= 0 && row < m_model->rowCount();
    m_editor->setEnabled(valid);
    m_duplicateButton->setEnabled(valid);
    m_removeButton->setEnabled(valid);
    const Playbook playbook = valid ? m_model->playbook(row) : Playbook();

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
    (playbook.mode == Playbook::Mode::Automatic ? m_automaticRadio : m_askRadio)->setChecked(true);
    m_loading = false;
    updateProblem();
}

Playbook PlaybookDialog::editedPlaybook() const
{
    Playbook playbook = m_model->playbook(currentRow());
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

void PlaybookDialog::editorChanged()
{
    const int row = currentRow();
    if (m_loading || row < 0) {
        return;
    }
    m_model->setPlaybook(row, editedPlaybook());
    updateProblem();
}

std::optional<Playbook::Problem> PlaybookDialog::problemWith(const Playbook& playbook, bool checkEditor) const
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

QWidget* PlaybookDialog::editorFor(Playbook::Problem::Field field) const
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

void PlaybookDialog::updateProblem()
{
    const int row = currentRow();
    const bool manual = m_triggerCombo->currentData().toInt() == int(Playbook::Trigger::Manual);
    m_askRadio->setEnabled(!manual);
    m_automaticRadio->setEnabled(!manual);
    m_modeNoteLabel->setText(manual ? tr("A manual playbook runs when the analyst starts it from the console.")
                                    : tr("Automatic runs only when the endpoint identity matches exactly one Okta "
                                         "user, every guardrail passes, and never on an admin; otherwise Cordon "
                                         "asks."));
    const auto problem = row < 0 ? std::nullopt : problemWith(m_model->playbook(row), true);
    m_problemLabel->setText(
        problem ? colored(tr("This playbook cannot be saved: %1.").arg(problem->message), Status::Bad) : QString());
    m_problemLabel->setVisible(problem.has_value());
}

QString PlaybookDialog::uniqueId(const QString& base) const
{
    const QString stem = base.left(56);
    QSet<QString> ids;
    for (const Playbook& playbook : m_model->playbooks()) {
        ids.insert(playbook.id);
    }
    QString id = stem;
    for (int suffix = 2; ids.contains(id); ++suffix) {
        id = QStringLiteral("%1-%2").arg(stem).arg(suffix);
    }
    return id;
}

void PlaybookDialog::addPlaybook()
{
    Playbook playbook;
    playbook.id = uniqueId(QStringLiteral("playbook"));
    playbook.name = tr("New playbook");
    playbook.trigger = Playbook::Trigger::Manual;
    playbook.actions = {simpleAction(ContainmentAction::Kind::ClearSessions)};
    selectRow(m_model->append(playbook));
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void PlaybookDialog::duplicatePlaybook()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    Playbook copy = m_model->playbook(row);
    copy.id = uniqueId(copy.id + QStringLiteral("-copy"));
    copy.name = tr("%1 (copy)").arg(copy.name);
    // Beside its original, an enabled copy would run a second time on the same incidents.
    copy.enabled = false;
    selectRow(m_model->append(copy));
    m_statusLabel->setText(tr("The copy starts disabled."));
}

void PlaybookDialog::removePlaybook()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const QString name = m_model->playbook(row).name;
    m_model->remove(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
    m_statusLabel->setText(tr("Removed “%1”; Save to keep the change.").arg(name));
}

void PlaybookDialog::restoreDefaults()
{
    m_model->setPlaybooks(Playbook::defaults());
    selectRow(0);
    m_statusLabel->setText(tr("The default playbooks are back; Save to keep them."));
}

void PlaybookDialog::importPlaybooks()
{
    const QString fileName =
        Dialogs::openFileName(this, tr("Import playbooks"), tr("Playbooks (*.json);;All files (*)"));
    if (fileName.isEmpty()) {
        return;
    }
    const QString title = tr("Import playbooks");
    const QString shownName = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warning(this, title, tr("%1 could not be read: %2").arg(shownName, file.errorString()));
        return;
    }
    if (file.size() > MaxImportBytes) {
        Dialogs::warning(this, title, tr("%1 is too large for a playbook file.").arg(shownName));
        return;
    }
    QString error;
    const auto imported = core::PlaybookStore::parse(file.readAll(), &error);
    if (!imported || imported->isEmpty()) {
        Dialogs::warning(
            this, title,
            tr("Nothing was imported from %1: %2").arg(shownName, imported ? tr("it holds no playbooks") : error));
        return;
    }
    m_model->setPlaybooks(*imported);
    selectRow(0);
    m_statusLabel->setText(
        tr("Imported %n playbook(s) from %1; Save to keep them.", nullptr, int(imported->size())).arg(shownName));
}

void PlaybookDialog::exportPlaybooks()
{
    if (!validateAll(tr("Export playbooks"))) {
        return;
    }
    const QString fileName =
        Dialogs::saveFileName(this, tr("Export playbooks"), QStringLiteral("cordon-playbooks.json"));
    if (fileName.isEmpty()) {
        return;
    }
    QJsonArray array;
    for (const Playbook& playbook : m_model->playbooks()) {
        array.append(playbook.toJson());
    }
    // The document PlaybookStore::exportJson writes, with the playbooks as edited here.
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("playbooks"), array}}).toJson(QJsonDocument::Indented);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        Dialogs::warning(this, tr("Export playbooks"),
                         tr("%1 could not be written: %2").arg(QFileInfo(fileName).fileName(), file.errorString()));
        return;
    }
    m_statusLabel->setText(
        tr("Exported %n playbook(s) to %1.", nullptr, int(array.size())).arg(QFileInfo(fileName).fileName()));
}

bool PlaybookDialog::validateAll(const QString& title)
{
    if (m_model->rowCount() == 0) {
        Dialogs::warning(this, title,
                         tr("Keep at least one playbook. Restore the defaults to start again from Contain and "
                            "Release."));
        return false;
    }
    const int current = currentRow();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Playbook& playbook = m_model->playbook(row);
        if (const auto problem = problemWith(playbook, row == current)) {
            const QString name = playbook.name.trimmed().isEmpty() ? tr("The playbook in row %1").arg(row + 1)
                                                                   : tr("“%1”").arg(playbook.name);
            selectRow(row);
            Dialogs::warning(this, title, tr("%1 cannot be saved: %2.").arg(name, problem->message));
            if (QWidget* editor = editorFor(problem->field)) {
                editor->setFocus();
            }
            return false;
        }
    }
    return true;
}

void PlaybookDialog::save()
{
    if (!validateAll(tr("Save playbooks")) || !m_notifications->checkTypedUrl()) {
        return;
    }
    const QList<Playbook> playbooks = m_model->playbooks();
    QString error;
    if (!core::PlaybookStore(m_settings).save(playbooks, &error)) {
        Dialogs::warning(this, tr("Save playbooks"), tr("The playbooks were not saved: %1.").arg(error));
        return;
    }
    emit saved(playbooks);
    m_statusLabel->setText(tr("Playbooks saved."));
    m_notifications->save([this] { accept(); });
}

} // namespace cordon::gui
