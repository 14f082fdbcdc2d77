#pragma once

#include "gui/desktop/StatusColors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cordon::core
{
class AuditLog;
class AuditTableModel;
struct AuditVerifyResult;
} // namespace cordon::core

namespace cordon::gui
{

// The audit log in the console: every entry, a filter over all columns, export as CSV or JSON and a check
// of the hash chain and, where the log has a seal, of its key and anchor.
class AuditLogView : public QDialog
{
    Q_OBJECT

public:
    // The log is not owned and must outlive the view.
    explicit AuditLogView(core::AuditLog* log, QWidget* parent = nullptr);

    core::AuditTableModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }

public Q_SLOTS:
    void reload();
    void exportCsv();
    void exportJson();
    void verify();

private:
    void exportAs(const QString& suggestedName, const QByteArray& content);
    void showVerifyResult(const core::AuditVerifyResult& result);
    void setVerifyTone(Status tone);
    void updateCount();

    core::AuditLog* m_log;
    core::AuditTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_verifyLabel = nullptr;
};

} // namespace cordon::gui
