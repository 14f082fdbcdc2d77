#include "gui/containment/AuditLogView.h"

#include "containment/ActionListModel.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/AuditTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cordon::gui
{

namespace
{

// The audit keeps an action's exact name (risk:HIGH, revoke-factors-since:TIME); its tool tip reads it as the
// action list does.
class ActionLabelProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ToolTipRole && index.column() == core::AuditTableModel::ActionColumn) {
            const QString name = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
            if (const auto action = core::ContainmentAction::parse(name, nullptr)) {
                return AuditLogView::tr("%1 (%2)").arg(core::ActionListModel::actionLabel(*action), name);
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

AuditLogView::AuditLogView(core::AuditLog* log, QWidget* parent)
    : QDialog(parent), m_log(log), m_model(new core::AuditTableModel(this)), m_filter(new ActionLabelProxy(this))
{
    setObjectName(QStringLiteral("auditLogView"));
    setWindowTitle(tr("Audit log"));
    resize(1100, 600);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("auditFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: user, incident, action, outcome, request id…"));
    m_filterEdit->setClearButtonEnabled(true);
    top->addWidget(m_filterEdit, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    top->addWidget(m_countLabel);
    layout->addLayout(top);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::AuditTableModel::SeqColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    auto addButton = [&](const QString& name, const QString& text) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        bottom->addWidget(button);
        return button;
    };
    connect(addButton(QStringLiteral("verifyButton"), tr("Verify chain")), &QPushButton::clicked, this,
            &AuditLogView::verify);
    m_verifyLabel = new QLabel(this);
    m_verifyLabel->setObjectName(QStringLiteral("verifyLabel"));
    m_verifyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_verifyLabel, 1);
    connect(addButton(QStringLiteral("reloadButton"), tr("Reload")), &QPushButton::clicked, this,
            &AuditLogView::reload);
    connect(addButton(QStringLiteral("exportCsvButton"), tr("Export CSV…")), &QPushButton::clicked, this,
            &AuditLogView::exportCsv);
    connect(addButton(QStringLiteral("exportJsonButton"), tr("Export JSON…")), &QPushButton::clicked, this,
            &AuditLogView::exportJson);
    auto* close = addButton(QStringLiteral("closeButton"), tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addLayout(bottom);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        updateCount();
    });
    reload();
}

void AuditLogView::reload()
{
    m_model->setEntries(m_log ? m_log->entries() : QList<core::AuditEntry>{});
    m_view->resizeColumnsToContents();
    updateCount();
}

void AuditLogView::updateCount()
{
    m_countLabel->setText(tr("%1 of %n entries", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void AuditLogView::exportCsv()
{
    if (m_log) {
        exportAs(QStringLiteral("cordon-audit.csv"), m_log->exportCsv());
    }
}

void AuditLogView::exportJson()
{
    if (m_log) {
        exportAs(QStringLiteral("cordon-audit.json"), m_log->exportJson());
    }
}

void AuditLogView::exportAs(const QString& suggestedName, const QByteArray& content)
{
    const QString path = Dialogs::saveFileName(this, tr("Export the whole audit log"), suggestedName);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        Dialogs::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_verifyLabel->setStyleSheet({});
    m_verifyLabel->setText(tr("Exported %n entries to %1.", nullptr, m_model->rowCount()).arg(path));
}

void AuditLogView::verify()
{
    if (!m_log) {
        return;
    }
    core::AuditSeal* seal = m_log->seal();
    if (!seal) {
        showVerifyResult(m_log->verify());
        return;
    }
    // The key and the anchor as the keychain holds them now: another program may have written since.
    m_verifyLabel->setStyleSheet({});
    m_verifyLabel->setText(tr("Reading the log's key and anchor from the keychain…"));
    seal->load(false, this, [this] { showVerifyResult(m_log->verify()); });
}

void AuditLogView::setVerifyTone(Status tone)
{
    m_verifyLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(tone, palette())));
}

void AuditLogView::showVerifyResult(const core::AuditVerifyResult& result)
{
    if (!result.ok) {
        setVerifyTone(Status::Bad);
        m_verifyLabel->setText(result.firstBrokenSeq > 0
                                   ? tr("Chain BROKEN at entry %1: %2").arg(result.firstBrokenSeq).arg(result.reason)
                                   : tr("Chain BROKEN: %1").arg(result.reason));
        return;
    }
    const int checked = static_cast<int>(result.checked);
    QString text;
    if (result.sealed) {
        setVerifyTone(Status::Good);
        text = tr("Chain intact and sealed: %n entries checked against the key and the anchor in the keychain. Head "
                  "hash %1.",
                  nullptr, checked)
                   .arg(result.headHash.left(16));
        if (result.unkeyed > 0) {
            text += QLatin1Char(' ') +
                    tr("Entries 1 to %1 are unkeyed (before sealing): only their hash chain was checked.")
                        .arg(result.unkeyed);
        }
    } else {
        setVerifyTone(Status::Warning);
        text = tr("Chain intact, but UNSEALED: %n entries hash-chained only, which anyone who can write the data "
                  "folder can recompute.",
                  nullptr, checked);
    }
    if (!result.note.isEmpty()) {
        text += QLatin1Char(' ') + tr("(%1)").arg(result.note);
    }
    m_verifyLabel->setText(text);
}

} // namespace cordon::gui
