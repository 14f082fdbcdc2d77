#pragma once

#include "feed/FeedSources.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cordon::gui
{

// The running feed sources at a glance, beside the incident list (not modal): where each reads from,
// what it is, its state, its last success and its last error in words, and Refresh now.
class FeedSourcesView : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        KindColumn,
        StateColumn,
        LastSuccessColumn,
        LastErrorColumn,
        ColumnCount
    };

    // The sources are not owned and must outlive the view.
    explicit FeedSourcesView(core::FeedSources* sources, QWidget* parent = nullptr);

    // "Failing: HTTP 500 from feeds.example.net", as the state column shows it.
    static QString stateText(const core::FeedSources::Source& source);

public slots:
    // The selected source, or every source when none is selected.
    void refreshNow();

private:
    void rebuild();
    QString selectedId() const;

    core::FeedSources* m_sources;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_refreshButton = nullptr;
};

} // namespace cordon::gui
