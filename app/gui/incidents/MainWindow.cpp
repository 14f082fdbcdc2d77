#include "gui/incidents/MainWindow.h"

#include "feed/IncidentStore.h"
#include "feed/IncidentTableModel.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/AuditLogView.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/Appearance.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/ShortcutsDialog.h"
#include "gui/desktop/StatusColors.h"
#include "gui/identity/CandidateComparisonView.h"
#include "gui/identity/IdentityPane.h"
#include "gui/incidents/HolderBadgeDelegate.h"
#include "gui/incidents/IncidentDetailPane.h"
#include "gui/incidents/IncidentFilterModel.h"
#include "gui/incidents/SeverityDelegate.h"
#include "gui/incidents/TeamClaims.h"
#include "gui/incidents/WelcomePage.h"
#include "gui/playbooks/NotificationCenter.h"
#include "store/AppSettings.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::Incident;
using core::IncidentTableModel;

namespace
{

// The list selects whole incidents, so Home and End go to the first and last incident rather than to the
// first and last column of the current one.
class IncidentListView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        if (action == MoveHome || action == MoveEnd) {
            modifiers |= Qt::ControlModifier;
        }
        return QTableView::moveCursor(action, modifiers);
    }
};

QLabel* statusLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new IncidentTableModel(this)), m_filter(new IncidentFilterModel(this)),
      m_claims(new TeamClaims(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Cordon"));
    m_filter->setSourceModel(m_model);
    m_filter->setClaims(m_claims);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    m_demoBanner = new QLabel(tr("DEMO: simulated Okta org on this computer; nothing leaves it"), central);
    m_demoBanner->setObjectName(QStringLiteral("demoBannerLabel"));
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(badgeStyleSheet(Badge::Demo));
    m_demoBanner->setVisible(false);
    layout->addWidget(m_demoBanner);

    auto* strip = new QHBoxLayout;
    m_urgentLabel = new QLabel(central);
    m_urgentLabel->setObjectName(QStringLiteral("urgentCountLabel"));
    m_urgentLabel->setAccessibleName(tr("Urgent incidents open"));
    m_urgentLabel->setTextFormat(Qt::RichText);
    Appearance::emphasize(m_urgentLabel, 1.3, false);
    strip->addWidget(m_urgentLabel);
    m_countsLabel = new QLabel(central);
    m_countsLabel->setObjectName(QStringLiteral("stateCountsLabel"));
    m_countsLabel->setAccessibleName(tr("Incidents by state"));
    strip->addWidget(m_countsLabel, 1);
    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: host, user, title, state… (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter incidents"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(320);
    strip->addWidget(m_filterEdit);
    layout->addLayout(strip);

    m_table = new IncidentListView(central);
    m_table->setObjectName(QStringLiteral("incidentTableView"));
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegateForColumn(IncidentTableModel::SeverityColumn, new SeverityDelegate(m_table));
    m_table->setItemDelegateForColumn(IncidentTableModel::TitleColumn, new HolderBadgeDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    // Uniform row heights: the view never measures rows, so a long list scrolls at once.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IncidentTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(IncidentTableModel::SeverityColumn, 90);
    header->resizeSection(IncidentTableModel::DetectedColumn, 130);
    header->resizeSection(IncidentTableModel::HostColumn, 190);
    header->resizeSection(IncidentTableModel::UserColumn, 230);
    header->resizeSection(IncidentTableModel::StateColumn, 170);
    header->resizeSection(IncidentTableModel::ContainmentColumn, 130);

    m_detailPane = new IncidentDetailPane(central);
    connect(m_detailPane, &IncidentDetailPane::takeRequested, this, &MainWindow::takeIncident);
    connect(m_detailPane, &IncidentDetailPane::letGoRequested, this, &MainWindow::letGoOfIncident);
    connect(m_claims, &TeamClaims::holdersChanged, this, &MainWindow::showHolder);
    connect(m_claims, &TeamClaims::tablesChanged, this, &MainWindow::followTables);
    m_identityPane = new IdentityPane(central);
    m_actionPane = new ActionPane(central);
    connect(m_identityPane, &IdentityPane::identityConfirmed, m_actionPane, &ActionPane::setConfirmedUser);
    // The list's Containment column says what the last run did for each incident.
    connect(m_actionPane->containment(), &ContainmentWidget::runFinished, this, &MainWindow::showContainmentOutcome);
    m_notifications = new NotificationCenter(this);
    connect(m_notifications, &NotificationCenter::incidentActivated, this, [this](const QString& incidentId) {
        selectIncident(incidentId);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_actionPane->containment(), &ContainmentWidget::journalResumed, this, [this](const QString& message) {
        if (!message.isEmpty()) {
            statusBar()->showMessage(message);
        }
    });

    // The decision gets the room: the comparison of candidates takes the full height below the list; the
    // incident's details (collapsible) and the containment pane share the column beside it.
    auto* side = new QSplitter(Qt::Vertical, central);
    side->setObjectName(QStringLiteral("sideSplitter"));
    side->addWidget(m_detailPane);
    side->addWidget(m_actionPane);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    side->setCollapsible(1, false);

    auto* lower = new QSplitter(Qt::Horizontal, central);
    lower->setObjectName(QStringLiteral("lowerSplitter"));
    lower->addWidget(m_identityPane);
    lower->addWidget(side);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);

    auto* main = new QSplitter(Qt::Vertical, central);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_table);
    main->addWidget(lower);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 2);
    main->setChildrenCollapsible(false);
    layout->addWidget(main, 1);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(central);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::connectOktaRequested, this, &MainWindow::settingsRequested);
    connect(m_welcome, &WelcomePage::addFeedSourceRequested, this, &MainWindow::feedSourcesRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::listRequested, this, [this] {
        m_welcomeDismissed = true;
        updateWelcome();
        m_table->setFocus(Qt::OtherFocusReason);
    });

    m_orgLabel = statusLabel(this, QStringLiteral("orgStatusLabel"), tr("Okta org"));
    m_connectionLabel = statusLabel(this, QStringLiteral("connectionStatusLabel"), tr("Connection"));
    m_rateLimitLabel = statusLabel(this, QStringLiteral("rateLimitStatusLabel"), tr("Okta rate limit left"));
    // Permanent, so that a passing message (a feed read) never hides the org or the connection.
    statusBar()->addPermanentWidget(m_orgLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    setOrg({});
    setConnectionState(tr("Not connected"), false);

    buildMenus();

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &IncidentFilterModel::setFilterText);
    // A mouse press makes the row current before it selects it, keys the other way round: the panes follow
    // whichever comes last.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentIncident);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrentIncident);
    connect(m_table, &QTableView::activated, this, [this] { m_detailPane->setFocus(Qt::OtherFocusReason); });
    connect(m_model, &IncidentTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &IncidentTableModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row()) {
                    showCurrentIncident();
                }
            });
    // The filter may hide the selected row; keep the panes on what is selected.
    connect(m_filter, &IncidentFilterModel::layoutChanged, this, &MainWindow::showCurrentIncident);
    // A feed loaded whole resets the list: the analyst stays on the incident they were looking at.
    connect(m_filter, &IncidentFilterModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentIncidentId(); });
    connect(m_filter, &IncidentFilterModel::modelReset, this, [this] {
        if (!m_selectedBeforeReset.isEmpty()) {
            selectIncident(std::exchange(m_selectedBeforeReset, QString()));
        }
        showCurrentIncident();
    });
    connect(m_filter, &IncidentFilterModel::rowsRemoved, this, &MainWindow::showCurrentIncident);

    updateCounts();
    m_table->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open feed file…"));
    open->setObjectName(QStringLiteral("openFeedAction"));
    open->setShortcut(QKeySequence::Open);
    connect(m_welcome, &WelcomePage::openFeedFileRequested, open, &QAction::trigger);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Open an incident feed"),
                                                   tr("Incident feeds (*.json *.ndjson *.jsonl);;All files (*)"));
        if (!path.isEmpty()) {
            emit feedFileChosen(path);
        }
    });
    QAction* playbooks = file->addAction(tr("&Playbooks and notifications…"));
    playbooks->setObjectName(QStringLiteral("playbooksAction"));
    playbooks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(playbooks, &QAction::triggered, this, &MainWindow::playbooksRequested);
    QAction* settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences key where it has one (Cmd+, on macOS); Ctrl+, where it has none (Linux desktops).
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settings->setShortcuts(preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                 : preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Filter incidents"));
    find->setObjectName(QStringLiteral("filterAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    QAction* list = view->addAction(tr("Incident &list"));
    list->setObjectName(QStringLiteral("focusListAction"));
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(list, &QAction::triggered, this, [this] {
        m_welcomeDismissed = true;
        updateWelcome();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* priority = view->addAction(tr("&Most urgent first"));
    priority->setObjectName(QStringLiteral("sortByPriorityAction"));
    priority->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(priority, &QAction::triggered, this,
            [this] { m_table->sortByColumn(IncidentTableModel::SeverityColumn, Qt::DescendingOrder); });

    QAction* details = view->addAction(tr("Incident &details"));
    details->setObjectName(QStringLiteral("showDetailsAction"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(details, &QAction::toggled, m_detailPane, &QWidget::setVisible);

    QAction* audit = view->addAction(tr("&Audit log…"));
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(audit, &QAction::triggered, this, &MainWindow::openAuditLog);

    Appearance::addMenu(view);

    QMenu* incident = menuBar()->addMenu(tr("&Incident"));
    m_takeAction = incident->addAction(tr("&Take incident"));
    m_takeAction->setObjectName(QStringLiteral("takeIncidentAction"));
    m_takeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_takeAction->setEnabled(false);
    connect(m_takeAction, &QAction::triggered, this, &MainWindow::takeIncident);
    m_letGoAction = incident->addAction(tr("&Let go of incident"));
    m_letGoAction->setObjectName(QStringLiteral("letGoIncidentAction"));
    m_letGoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_letGoAction->setEnabled(false);
    connect(m_letGoAction, &QAction::triggered, this, &MainWindow::letGoOfIncident);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto* dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* about = help->addAction(tr("&About Cordon"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        Dialogs::information(this, tr("About Cordon"),
                             tr("Cordon %1\nContains the Okta identity behind a compromised endpoint.")
                                 .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setWorkspace(core::Workspace* workspace)
{
    if (m_workspace) {
        disconnect(m_workspace->settings(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    const auto setMatchOptions = [this] {
        m_identityPane->setOkta(m_workspace->okta(), m_workspace->links(), m_workspace->matchOptions());
    };
    setMatchOptions();
    // A domain or attribute changed in Settings is used for the next look-up.
    connect(m_workspace->settings(), &core::AppSettings::changed, this, setMatchOptions);
    m_actionPane->setWorkspace(workspace);
    m_actionPane->containment()->resumeJournal();
    m_claims->setDatabase(workspace->database());
}

void MainWindow::takeIncident()
{
    const QString id = currentIncidentId();
    if (id.isEmpty() || !m_claims->isAvailable()) {
        return;
    }
    QString message;
    if (m_claims->take(id, &message)) {
        statusBar()->showMessage(tr("You hold this incident."), 5000);
    } else {
        // The pane says who holds it now, the status bar why it was not taken.
        statusBar()->showMessage(message);
    }
}

void MainWindow::letGoOfIncident()
{
    const QString id = currentIncidentId();
    if (id.isEmpty() || !m_claims->isAvailable()) {
        return;
    }
    QString message;
    if (m_claims->letGo(id, &message)) {
        statusBar()->showMessage(tr("You let go of this incident."), 5000);
    } else {
        statusBar()->showMessage(message);
    }
}

void MainWindow::showHolder()
{
    const QString id = currentIncidentId();
    if (id.isEmpty() || !m_claims->isAvailable()) {
        m_takeAction->setEnabled(false);
        m_letGoAction->setEnabled(false);
        if (!id.isEmpty()) {
            m_detailPane->setHolder({}, IncidentDetailPane::ClaimAction::None);
        }
        return;
    }
    const std::optional<core::Claim> holder = m_claims->holder(id);
    const bool mine = holder && m_claims->isMine(*holder);
    QString text;
    if (!holder) {
        text = tr("Nobody holds this incident.");
    } else if (mine) {
        text = tr("You hold this incident (since %1).")
                   .arg(holder->claimedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    } else {
        text = tr("Held by %1.").arg(holder->describe());
    }
    // A run acting on the incident's Okta user, on this workstation or another.
    const QString userId =
        m_actionPane->containment()->incidentId() == id ? m_actionPane->containment()->target().id : QString();
    if (const std::optional<core::Claim> run = m_claims->userHolder(userId)) {
        text += QLatin1Char(' ') + tr("Containment of this user running: %1.").arg(run->describe());
    }
    m_detailPane->setHolder(text, mine ? IncidentDetailPane::ClaimAction::LetGo : IncidentDetailPane::ClaimAction::Take,
                            !holder || mine);
    m_takeAction->setEnabled(!holder);
    m_letGoAction->setEnabled(mine);
}

void MainWindow::followTables(const QSet<QString>& tables)
{
    if (tables.contains(QStringLiteral("journal")) || tables.contains(QStringLiteral("claims"))) {
        showHolder();
    }
    const QString id = currentIncidentId();
    if (m_workspace && !id.isEmpty() &&
        (tables.contains(QStringLiteral("audit_log")) || tables.contains(QStringLiteral("journal")))) {
        // The timeline shows what was done for the incident, wherever it was done.
        m_workspace->noteAuditWritten(id);
    }
    if (tables.contains(QStringLiteral("identity_links"))) {
        if (CandidateComparisonView* view = m_identityPane->comparisonView()) {
            view->updateRemembered();
        }
    }
}

void MainWindow::showListMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid() || !m_claims->isAvailable()) {
        return;
    }
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("incidentListMenu"));
    menu.addAction(m_takeAction);
    menu.addAction(m_letGoAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::useDefaultLayout()
{
    // The splitters share what they have, which they know only once their page is shown: behind the welcome
    // page, the shares wait for the list.
    if (m_stack->currentWidget() == m_welcome) {
        m_defaultLayoutPending = true;
        return;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto share = [this](const QString& name, std::initializer_list<double> parts) {
        auto* splitter = findChild<QSplitter*>(name);
        if (!splitter) {
            return;
        }
        const int total = splitter->orientation() == Qt::Vertical ? splitter->height() : splitter->width();
        QList<int> sizes;
        for (const double part : parts) {
            sizes << int(total * part);
        }
        splitter->setSizes(sizes);
    };
    share(QStringLiteral("mainSplitter"), {0.28, 0.72});
    share(QStringLiteral("lowerSplitter"), {0.58, 0.42});
    share(QStringLiteral("sideSplitter"), {0.32, 0.68});
}

AuditLogView* MainWindow::openAuditLog()
{
    core::AuditLog* log = m_workspace ? m_workspace->audit() : nullptr;
    if (!log) {
        Dialogs::information(this, tr("Audit log"), tr("The database is not open, so there is no audit log to show."));
        return nullptr;
    }
    if (!m_auditLogView) {
        m_auditLogView = new AuditLogView(log, this);
        m_auditLogView->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditLogView->reload();
    }
    m_auditLogView->show();
    m_auditLogView->raise();
    return m_auditLogView;
}

void MainWindow::showContainmentOutcome(const core::ContainmentReport& report, const QString& incidentId)
{
    QString status;
    if (report.status == core::ContainmentReport::Status::Refused) {
        status = tr("Refused");
    } else if (report.status != core::ContainmentReport::Status::Completed) {
        status = tr("Failed");
    } else if (!report.allSucceeded()) {
        status = tr("Partly failed");
    } else {
        // What the run did, not only the status it left: clearing sessions or raising the risk contains a user who
        // stays ACTIVE; a run of release actions (expire-password fits either) releases.
        const bool releasing =
            std::all_of(report.results.begin(), report.results.end(), [](const core::ActionResult& result) {
                return result.action.isRelease() || result.action.kind == core::ContainmentAction::Kind::ExpirePassword;
            });
        status = releasing && report.user.status != QLatin1String("SUSPENDED") ? tr("Released") : tr("Contained");
    }
    m_model->setContainmentStatus(incidentId, status);
}

void MainWindow::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MainWindow::addIncidents(const QList<Incident>& incidents)
{
    // A feed's list is shared, not copied, when nothing else waits: the model keeps it as it is.
    if (m_pending.isEmpty()) {
        m_pending = incidents;
    } else {
        m_pending.append(incidents);
    }
    if (!m_batchScheduled) {
        m_batchScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::addNextBatch);
    }
}

void MainWindow::addNextBatch()
{
    // Everything queued in one go: the model turns a large batch into one reset and the proxy sorts once,
    // where slices would each be placed row by row into the sorted list.
    m_batchScheduled = false;
    const QList<Incident> batch = std::exchange(m_pending, {});
    m_model->addIncidents(batch);
    if (!m_selectedOnce && m_filter->rowCount() > 0) {
        m_selectedOnce = true;
        m_table->setCurrentIndex(m_filter->index(0, 0));
        m_table->scrollToTop();
    }
    updateWelcome();
    emit incidentsLoaded(m_model->rowCount());
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::setFeedSourceCount(int count)
{
    m_feedSourceCount = count;
    updateWelcome();
}

void MainWindow::setDemoTried(bool tried)
{
    m_welcome->setDemoDone(tried);
}

void MainWindow::updateWelcome()
{
    const int listed = m_model->rowCount();
    if (listed > 0) {
        m_welcome->setFeedDone(true, tr("%n incident(s) listed", nullptr, listed));
    } else {
        m_welcome->setFeedDone(m_feedSourceCount > 0, m_feedSourceCount > 0
                                                          ? tr("%n feed source(s) set", nullptr, m_feedSourceCount)
                                                          : QString());
    }
    const bool welcome = !m_welcomeDismissed && listed == 0 && !(m_welcome->oktaDone() && m_welcome->feedDone());
    m_stack->setCurrentWidget(welcome ? static_cast<QWidget*>(m_welcome) : m_stack->widget(1));
    if (!welcome && std::exchange(m_defaultLayoutPending, false)) {
        QTimer::singleShot(0, this, &MainWindow::useDefaultLayout);
    }
}

QString MainWindow::currentIncidentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        return {};
    }
    return current.data(IncidentTableModel::IncidentIdRole).toString();
}

bool MainWindow::selectIncident(const QString& incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::showCurrentIncident()
{
    const QString id = currentIncidentId();
    const Incident* incident = m_model->incidentById(id);
    if (!incident) {
        m_detailPane->clear();
        m_identityPane->clear();
        m_actionPane->clear();
        showHolder();
        return;
    }
    if (incident->listFieldsOnly) {
        // Listed from the database's columns: the whole incident is read now, and the row keeps it.
        QString error = tr("the database is not open");
        std::optional<Incident> whole;
        if (m_store) {
            whole = m_store->find(id, &error);
        }
        if (!whole) {
            // What the list holds is shown, but nothing is matched or contained on so little.
            m_detailPane->setIncident(*incident);
            m_identityPane->clear();
            m_actionPane->clear();
            statusBar()->showMessage(tr("The incident's details could not be read: %1").arg(error));
            return;
        }
        m_model->updateIncident(*whole);
        incident = m_model->incidentById(id);
    }
    m_detailPane->setIncident(*incident);
    if (m_identityPane->incidentId() != id) {
        m_identityPane->setIncident(*incident);
        m_actionPane->setIncident(*incident);
        emit incidentSelected(id);
    } else {
        m_actionPane->setIncident(*incident);
    }
    showHolder();
}

void MainWindow::updateCounts()
{
    const int critical = m_model->openCountAtSeverity(Incident::Severity::Critical);
    const int high = m_model->openCountAtSeverity(Incident::Severity::High);
    QStringList urgent;
    if (critical > 0) {
        urgent << QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                      .arg(IncidentTableModel::severityColorName(Incident::Severity::Critical),
                           tr("%n critical open", nullptr, critical));
    }
    if (high > 0) {
        urgent << QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                      .arg(IncidentTableModel::severityColorName(Incident::Severity::High),
                           tr("%n high open", nullptr, high));
    }
    if (urgent.isEmpty()) {
        urgent << tr("No critical or high incident open");
    }
    m_urgentLabel->setText(urgent.join(QStringLiteral(" &nbsp; ")));

    QStringList counts;
    counts << tr("%n open", nullptr, m_model->openCount());
    counts << tr("%1 new").arg(m_model->countInState(Incident::State::New));
    counts << tr("%1 in progress").arg(m_model->countInState(Incident::State::InProgress));
    counts << tr("%1 resolved").arg(m_model->countInState(Incident::State::Resolved));
    counts << tr("%1 suppressed").arg(m_model->countInState(Incident::State::Suppressed));
    if (const int unknown = m_model->countInState(Incident::State::Unknown); unknown > 0) {
        counts << tr("%1 state unknown").arg(unknown);
    }
    m_countsLabel->setText(QStringLiteral("   ") + counts.join(QStringLiteral(" · ")));
}

void MainWindow::setDemoBannerVisible(bool visible)
{
    m_demoBanner->setVisible(visible);
    setWindowTitle(visible ? tr("Cordon (demo)") : tr("Cordon"));
    if (visible) {
        // The demo brings its org and its feed: it opens on the list.
        m_welcomeDismissed = true;
        updateWelcome();
    }
}

void MainWindow::setOrg(const QString& org)
{
    m_orgLabel->setText(org.isEmpty() ? tr("No Okta org configured") : tr("Okta org: %1").arg(org));
}

void MainWindow::setConnectionState(const QString& state, bool healthy)
{
    m_connectionLabel->setText(state);
    m_connectionHealthy = healthy;
    colourStatusBar();
    m_welcome->setOktaDone(healthy, healthy ? state : QString());
    updateWelcome();
}

void MainWindow::colourStatusBar()
{
    m_connectionLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(statusColorName(m_connectionHealthy ? Status::Good : Status::Bad, palette())));
    m_rateLimitLabel->setStyleSheet(
        m_rateLimitLow ? QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(Status::Bad, palette()))
                       : QString());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_connectionLabel) {
        colourStatusBar();
    }
}

void MainWindow::setRateLimit(const QString& bucket, int remaining, int limit)
{
    m_rateLimits.insert(bucket, {remaining, limit});
    QStringList parts;
    bool low = false;
    for (auto it = m_rateLimits.cbegin(); it != m_rateLimits.cend(); ++it) {
        const auto [left, max] = it.value();
        parts << tr("%1 %2/%3").arg(it.key()).arg(left).arg(max);
        low = low || (max > 0 && left * 10 < max);
    }
    m_rateLimitLabel->setText(tr("Okta budget left: %1").arg(parts.join(QStringLiteral(" · "))));
    m_rateLimitLow = low;
    colourStatusBar();
}

} // namespace cordon::gui
