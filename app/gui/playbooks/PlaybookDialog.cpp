#include "gui/playbooks/PlaybookDialog.h"

#include "gui/desktop/Dialogs.h"
#include "gui/desktop/WrappingLabel.h"
#include "gui/playbooks/NotificationsPage.h"
#include "gui/playbooks/PlaybookEditor.h"
#include "gui/playbooks/PlaybookListModel.h"
#include "gui/playbooks/PlaybookWidgets.h"
#include "playbooks/PlaybookStore.h"
#include "store/AppSettings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::ContainmentAction;
using core::Playbook;

namespace
{

constexpr qint64 MaxImportBytes = 4 * 1024 * 1024;

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
    m_editor = new PlaybookEditor(this);
    panes->addWidget(m_editor, 3);
    layout->addLayout(panes, 1);
    m_notifications = new NotificationsPage(settings, secrets, network, this);
    layout->addWidget(m_notifications);

    auto* bottom = new QHBoxLayout;
    m_statusLabel = wrappingLabel(this, QStringLiteral("statusLabel"));
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
    connect(m_editor, &PlaybookEditor::edited, m_model,
            [this](const Playbook& playbook) { m_model->setPlaybook(currentRow(), playbook); });
    selectRow(0);
    connect(m_notifications, &NotificationsPage::webhookChanged, this, &PlaybookDialog::webhookChanged);
    connect(m_notifications, &NotificationsPage::webhookTested, this, &PlaybookDialog::webhookTested);
    connect(m_notifications, &NotificationsPage::busyChanged, m_saveButton,
            [this](bool busy) { m_saveButton->setEnabled(!busy); });
    resize(1000, 700);
}

PlaybookDialog::~PlaybookDialog() = default;

void PlaybookDialog::setCredentialCapabilities(const core::CredentialCapabilities& capabilities)
{
    m_editor->setCredentialCapabilities(capabilities);
}

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
    m_duplicateButton->setEnabled(valid);
    m_removeButton->setEnabled(valid);
    m_editor->showPlaybook(valid ? std::optional<Playbook>(m_model->playbook(row)) : std::nullopt);
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
    m_editor->focusName();
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
        if (const auto problem = m_editor->problemWith(playbook, row == current)) {
            const QString name = playbook.name.trimmed().isEmpty() ? tr("The playbook in row %1").arg(row + 1)
                                                                   : tr("“%1”").arg(playbook.name);
            selectRow(row);
            Dialogs::warning(this, title, tr("%1 cannot be saved: %2.").arg(name, problem->message));
            if (QWidget* editor = m_editor->editorFor(problem->field)) {
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
