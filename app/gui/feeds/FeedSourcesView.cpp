#include "gui/feeds/FeedSourcesView.h"

#include "gui/desktop/StatusColors.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cordon::gui
{

namespace
{

constexpr int SourceIdRole = Qt::UserRole + 1;

QString timeText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString kindText(const core::FeedSources::Source& source)
{
    if (source.kind == QLatin1String("file")) {
        return source.folder ? FeedSourcesView::tr("Folder") : FeedSourcesView::tr("File");
    }
    if (source.kind == QLatin1String("https")) {
        return source.api == QLatin1String("redcanary") ? FeedSourcesView::tr("Red Canary API")
                                                        : FeedSourcesView::tr("JSON over HTTPS");
    }
    return source.kind;
}

} // namespace

FeedSourcesView::FeedSourcesView(core::FeedSources* sources, QWidget* parent) : QDialog(parent), m_sources(sources)
{
    setObjectName(QStringLiteral("feedSourcesView"));
    setWindowTitle(tr("Feed sources"));
    setModal(false);

    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("feedSummaryLabel"));
    layout->addWidget(m_summaryLabel);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("feedSourcesTableWidget"));
    m_table->setAccessibleName(tr("Feed sources and their state"));
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Kind"), tr("State"), tr("Last success"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SourceColumn, 260);
    m_table->setColumnWidth(KindColumn, 120);
    m_table->setColumnWidth(StateColumn, 240);
    m_table->setColumnWidth(LastSuccessColumn, 100);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refreshButton = buttons->addButton(tr("&Refresh now"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refreshFeedButton"));
    m_refreshButton->setAccessibleName(tr("Read or poll the selected feed source now"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &FeedSourcesView::refreshNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(m_sources, &core::FeedSources::statusChanged, this, &FeedSourcesView::rebuild);
    rebuild();
    resize(980, 320);
}

QString FeedSourcesView::stateText(const core::FeedSources::Source& source)
{
    switch (source.state) {
    case core::FeedSources::State::Stopped:
        return tr("Stopped");
    case core::FeedSources::State::Starting:
        return source.message.isEmpty() ? tr("Starting") : source.message;
    case core::FeedSources::State::Loading:
        return source.message.isEmpty() ? tr("Loading") : tr("Loading: %1").arg(source.message);
    case core::FeedSources::State::Ok:
        return tr("OK");
    case core::FeedSources::State::Failing:
        return tr("Failing: %1").arg(source.message);
    }
    return {};
}

QString FeedSourcesView::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_table->item(selected.first()->row(), SourceColumn)->data(SourceIdRole).toString();
}

void FeedSourcesView::refreshNow()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_sources->refreshAll();
    } else {
        m_sources->refresh(id);
    }
}

void FeedSourcesView::rebuild()
{
    const QString selected = selectedId();
    const QList<core::FeedSources::Source> sources = m_sources->sources();
    m_summaryLabel->setText(m_sources->summary());
    m_table->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const core::FeedSources::Source& source = sources.at(row);
        const bool failing = source.state == core::FeedSources::State::Failing;
        const QString lastError =
            source.lastError.isEmpty() ? tr("none") : tr("%1: %2").arg(timeText(source.lastErrorAt), source.lastError);
        const QStringList cells{source.location, kindText(source), stateText(source),
                                source.lastSuccess.isValid() ? timeText(source.lastSuccess) : tr("never"), lastError};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (failing && (column == StateColumn || column == LastErrorColumn)) {
                item->setForeground(statusColor(Status::Bad, palette()));
            }
            if (failing && column == StateColumn) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, SourceColumn)->setData(SourceIdRole, source.id);
        if (source.id == selected) {
            m_table->selectRow(row);
        }
    }
    m_table->resizeRowsToContents();
}

} // namespace cordon::gui
