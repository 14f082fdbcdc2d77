#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "base/OsAccount.h"
#include "gui/desktop/Dialogs.h"
#include "gui/identity/CandidateComparisonView.h"
#include "identity/CandidateTableModel.h"
#include "okta/OktaClient.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cordon::core::CandidateTableModel;
using cordon::core::Database;
using cordon::core::IdentityLinkStore;
using cordon::core::Incident;
using cordon::core::OktaClient;
using cordon::core::OktaUser;
using cordon::gui::CandidateComparisonView;
using cordon::gui::Dialogs;
using cordon::test::SimProcess;

namespace
{

constexpr int LoadTimeoutMs = 20000;

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace

class TestCandidateComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void confirmIsRememberedForTheNextIncident();
    void keyboardMovesBetweenCandidatesAndAnAdminAsksTwice();
    void noneOfTheseRemembersRejections();
    void manualSearchFindsByName();
    void slowOktaShowsProgressAndTheWindowResponds();
    void neverMatchedPrincipalMakesNoOktaCall_data();
    void neverMatchedPrincipalMakesNoOktaCall();
    void oktaErrorShowsCodeAndRequestId();
    void aLongCellIsCutAndWholeInItsToolTip();

private:
    bool startSim(const QStringList& args = {});
    // Shows the incident and waits until its candidates, and their admin roles, are in.
    bool showIncident(const Incident& incident);
    QString source() const { return QStringLiteral("generic:test"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IdentityLinkStore> m_links;
    std::unique_ptr<CandidateComparisonView> m_view;
};

void TestCandidateComparisonView::init()
{
    Dialogs::reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_links = std::make_unique<IdentityLinkStore>(*m_database);
    m_sim = std::make_unique<SimProcess>();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestCandidateComparisonView::cleanup()
{
    m_view.reset();
    m_client.reset();
    m_network.reset();
    m_sim.reset();
    m_links.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestCandidateComparisonView::startSim(const QStringList& args)
{
    QString error;
    if (!m_sim->start(args, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_sim->baseUrl());
    m_client->setToken(SimProcess::demoToken().toUtf8());
    m_client->setRetryBaseDelayMs(50);
    m_view = std::make_unique<CandidateComparisonView>(m_client.get(), m_links.get());
    cordon::core::MatchOptions options;
    options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
    m_view->setMatchOptions(options);
    m_view->resize(1100, 720);
    m_view->show();
    return QTest::qWaitForWindowExposed(m_view.get());
}

bool TestCandidateComparisonView::showIncident(const Incident& incident)
{
    QSignalSpy shown(m_view.get(), &CandidateComparisonView::candidatesShown);
    m_view->setIncident(incident);
    if (!shown.wait(LoadTimeoutMs)) {
        return false;
    }
    CandidateTableModel* model = m_view->model();
    QElapsedTimer timer;
    timer.start();
    for (int column = 1; column <= model->visibleCandidateCount(); ++column) {
        while (!model->rolesKnown(model->candidateAt(column)->user.id)) {
            if (timer.elapsed() > LoadTimeoutMs) {
                return false;
            }
            QTest::qWait(20);
        }
    }
    return true;
}

void TestCandidateComparisonView::confirmIsRememberedForTheNextIncident()
{
    QVERIFY(startSim());
    const Incident first = IncidentBuilder(QStringLiteral("1"))
                               .user(QStringLiteral("AD_DOMAIN\\joren"))
                               .host(QStringLiteral("kst-lt-0415"));
    QVERIFY(showIncident(first));
    CandidateTableModel* model = m_view->model();
    QVERIFY(model->visibleCandidateCount() >= 2);
    QCOMPARE(model->candidateAt(1)->user.login, SimProcess::jorenLogin());
    QVERIFY(!model->candidateAt(1)->remembered);
    QCOMPARE(m_view->selectedCandidate()->user.login, SimProcess::jorenLogin());
    // Equal and differing cells against the identity: the AD username is joren's own, the look-alike's is not.
    QCOMPARE(model->index(CandidateTableModel::AdUsername, 1).data(CandidateTableModel::ComparisonRole).toInt(),
             int(CandidateTableModel::Comparison::Equal));
    QCOMPARE(model->index(CandidateTableModel::AdUsername, 2).data(CandidateTableModel::ComparisonRole).toInt(),
             int(CandidateTableModel::Comparison::Differs));
    QVERIFY(model->index(CandidateTableModel::Groups, 1).data().toString().contains(QLatin1String("Everyone")));

    auto* table = child<QTableView>(m_view.get(), "candidateTableView");
    QVERIFY(table);
    table->setFocus();
    QSignalSpy confirmed(m_view.get(), &CandidateComparisonView::identityConfirmed);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().at(0).toString(), first.id);
    QCOMPARE(confirmed.first().at(1).value<OktaUser>().login, SimProcess::jorenLogin());
    QVERIFY2(Dialogs::lastText().isEmpty(), "a non-admin is confirmed without a second question");

    const auto link = m_links->lookup(source(), first.user.raw, first.hostname);
    QVERIFY(link.has_value());
    QCOMPARE(link->oktaLogin, SimProcess::jorenLogin());
    QCOMPARE(link->incidentId, first.id);
    QCOMPARE(link->analyst, cordon::core::analystName());
    QVERIFY(link->expiresAt > QDateTime::currentDateTimeUtc().addDays(IdentityLinkStore::DefaultValidityDays - 1));

    // The next incident of the same domain identity, on another laptop, shows the link as exact.
    const Incident second = IncidentBuilder(QStringLiteral("2"))
                                .user(QStringLiteral("ad_domain\\JOREN"))
                                .host(QStringLiteral("kst-lt-0999"));
    QVERIFY(showIncident(second));
    QCOMPARE(model->candidateAt(1)->user.login, SimProcess::jorenLogin());
    QVERIFY(model->candidateAt(1)->remembered);
    QCOMPARE(model->candidateAt(1)->confidence, cordon::core::Candidate::Confidence::Exact);
    // Who confirmed it and when, in ISO 8601 UTC: what the playbooks recall for the same identity.
    const QString why = QStringLiteral("confirmed by %1 on %2")
                            .arg(cordon::core::analystName(), link->createdAt.toUTC().toString(Qt::ISODate));
    QVERIFY2(model->candidateAt(1)->reasons.contains(why),
             qPrintable(model->candidateAt(1)->reasons.join(QStringLiteral("; "))));
    auto* remembered = child<QLabel>(m_view.get(), "rememberedLinkLabel");
    auto* revoke = child<QPushButton>(m_view.get(), "revokeLinkButton");
    QVERIFY(remembered->isVisible());
    QVERIFY(remembered->text().contains(SimProcess::jorenLogin()));
    QVERIFY(revoke->isVisible());

    // Revoking forgets it: the candidate is no longer remembered.
    QSignalSpy shown(m_view.get(), &CandidateComparisonView::candidatesShown);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(!m_links->lookup(source(), second.user.raw, second.hostname).has_value());
    QVERIFY(shown.wait(LoadTimeoutMs));
    QVERIFY(!model->candidateAt(1)->remembered);
    QVERIFY(!revoke->isVisible());
}

void TestCandidateComparisonView::keyboardMovesBetweenCandidatesAndAnAdminAsksTwice()
{
    QVERIFY(startSim());
    const Incident incident = IncidentBuilder(QStringLiteral("3"))
                                  .user(QStringLiteral("alex.morgan@example.com"))
                                  .host(QStringLiteral("kst-lt-0001"));
    QVERIFY(showIncident(incident));
    CandidateTableModel* model = m_view->model();
    QCOMPARE(model->candidateAt(1)->user.login, QStringLiteral("alex.morgan@example.com"));
    QVERIFY(model->index(CandidateTableModel::AdminRoles, 1).data(CandidateTableModel::LoudRole).toBool());
    auto* warning = child<QLabel>(m_view.get(), "adminWarningLabel");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("SUPER_ADMIN")));

    const QString shots = qEnvironmentVariable("CORDON_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(m_view->grab().save(shots + QStringLiteral("/identity-admin.png")));
    }
    auto* table = child<QTableView>(m_view.get(), "candidateTableView");
    table->setFocus();
    if (model->visibleCandidateCount() >= 2) {
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), 2);
    }
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(table->currentIndex().column(), 1);
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(table->currentIndex().column(), 1); // the endpoint's own column is never chosen

    QSignalSpy confirmed(m_view.get(), &CandidateComparisonView::identityConfirmed);
    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Enter);
    QVERIFY(Dialogs::lastText().contains(QLatin1String("SUPER_ADMIN")));
    QCOMPARE(confirmed.size(), 0);
    QVERIFY(!m_links->lookup(source(), incident.user.raw, incident.hostname).has_value());

    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(confirmed.size(), 1);
    QVERIFY(m_links->lookup(source(), incident.user.raw, incident.hostname).has_value());

    // Tab leaves the table for the confirm button.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(m_view.get(), "confirmButton"));
}

void TestCandidateComparisonView::noneOfTheseRemembersRejections()
{
    QVERIFY(startSim());
    const Incident incident = IncidentBuilder(QStringLiteral("4"))
                                  .user(QStringLiteral("AD_DOMAIN\\joren"))
                                  .host(QStringLiteral("kst-lt-0415"));
    QVERIFY(showIncident(incident));
    CandidateTableModel* model = m_view->model();
    QStringList shownIds;
    for (int column = 1; column <= model->visibleCandidateCount(); ++column) {
        shownIds << model->candidateAt(column)->user.id;
    }
    auto* table = child<QTableView>(m_view.get(), "candidateTableView");
    table->setFocus();
    QSignalSpy rejected(m_view.get(), &CandidateComparisonView::identityRejected);
    QSignalSpy shown(m_view.get(), &CandidateComparisonView::candidatesShown);
    QTest::keyClick(table, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(1).toStringList(), shownIds);
    QStringList stored;
    for (const auto& link : m_links->rejected(source(), incident.user.raw, incident.hostname)) {
        stored << link.oktaUserId;
    }
    stored.sort();
    shownIds.sort();
    QCOMPARE(stored, shownIds);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_view.get(), "candidateSearchLineEdit"));

    // Searched again, the rejected users are flagged and none of them is exact any more.
    QVERIFY(shown.wait(LoadTimeoutMs));
    for (int column = 1; column <= model->visibleCandidateCount(); ++column) {
        const auto* candidate = model->candidateAt(column);
        if (shownIds.contains(candidate->user.id)) {
            QVERIFY(candidate->rejected);
            QVERIFY(candidate->confidence != cordon::core::Candidate::Confidence::Exact);
        }
    }
    QVERIFY(child<QPushButton>(m_view.get(), "revokeLinkButton")->isVisible());
}

void TestCandidateComparisonView::manualSearchFindsByName()
{
    QVERIFY(startSim());
    QVERIFY(showIncident(IncidentBuilder(QStringLiteral("5"))
                             .user(QStringLiteral("AD_DOMAIN\\joren"))
                             .host(QStringLiteral("kst-lt-0415"))));
    auto* search = child<QLineEdit>(m_view.get(), "candidateSearchLineEdit");
    QSignalSpy shown(m_view.get(), &CandidateComparisonView::candidatesShown);
    QTest::keyClicks(search, QStringLiteral("Noor"));
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(shown.size(), 1); // typed keys are debounced into one search
    CandidateTableModel* model = m_view->model();
    QVERIFY(model->visibleCandidateCount() >= 1);
    QStringList logins;
    for (const auto& candidate : model->candidates()) {
        QVERIFY2(candidate.user.firstName.startsWith(QLatin1String("Noor")) ||
                     candidate.user.lastName.startsWith(QLatin1String("Noor")) ||
                     candidate.user.login.startsWith(QLatin1String("noor")),
                 qPrintable(candidate.user.login));
        logins << candidate.user.login;
    }
    QVERIFY2(logins.contains(QStringLiteral("noor.haddad@example.com")), qPrintable(logins.join(u',')));

    // Clearing the box brings the matcher's candidates back.
    search->clear();
    QVERIFY(shown.wait(LoadTimeoutMs));
    QCOMPARE(model->candidateAt(1)->user.login, SimProcess::jorenLogin());
}

void TestCandidateComparisonView::slowOktaShowsProgressAndTheWindowResponds()
{
    QVERIFY(startSim({QStringLiteral("--latency-ms"), QStringLiteral("1500")}));
    auto* progress = child<QProgressBar>(m_view.get(), "candidateProgressBar");
    auto* search = child<QLineEdit>(m_view.get(), "candidateSearchLineEdit");
    QVERIFY(!progress->isVisible());

    QElapsedTimer timer;
    timer.start();
    m_view->setIncident(IncidentBuilder(QStringLiteral("6"))
                            .user(QStringLiteral("AD_DOMAIN\\joren"))
                            .host(QStringLiteral("kst-lt-0415")));
    QVERIFY2(timer.elapsed() < 500, "setIncident returns before Okta answers");
    QVERIFY(m_view->isLoading());
    QVERIFY(progress->isVisible());
    // Past a second, the progress says that Okta is slow, and counts.
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(m_view.get(), "candidateProgressLabel")->text().contains(QLatin1String("slow")), 2000);
    QVERIFY(m_view->isLoading());

    // The window still takes keystrokes while Okta is slow.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("jo"));
    QCOMPARE(search->text(), QStringLiteral("jo"));
    QVERIFY(m_view->isLoading());

    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), LoadTimeoutMs);
    QVERIFY(!progress->isVisible());
    QVERIFY(m_view->model()->visibleCandidateCount() >= 1);
}

void TestCandidateComparisonView::neverMatchedPrincipalMakesNoOktaCall_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("badge");
    QTest::newRow("system") << QStringLiteral("NT AUTHORITY\\SYSTEM") << QStringLiteral("system account");
    QTest::newRow("machine") << QStringLiteral("AD_DOMAIN\\KST-SRV-FS03$") << QStringLiteral("machine account");
}

void TestCandidateComparisonView::neverMatchedPrincipalMakesNoOktaCall()
{
    QFETCH(QString, raw);
    QFETCH(QString, badge);
    QVERIFY(startSim());
    const qsizetype before = m_sim->requests().size();
    QSignalSpy loading(m_view.get(), &CandidateComparisonView::loadingChanged);
    m_view->setIncident(IncidentBuilder(QStringLiteral("7")).user(raw).host(QStringLiteral("kst-srv-fs03")));
    auto* label = child<QLabel>(m_view.get(), "neverMatchedBadgeLabel");
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(badge));
    QVERIFY(label->text().contains(QLatin1String("never matched")));
    QVERIFY(!child<QTableView>(m_view.get(), "candidateTableView")->isVisible());
    QVERIFY(!child<QLineEdit>(m_view.get(), "candidateSearchLineEdit")->isVisible());
    QTest::qWait(300);
    QCOMPARE(loading.size(), 0);
    QCOMPARE(m_sim->requests().size(), before);
}

void TestCandidateComparisonView::oktaErrorShowsCodeAndRequestId()
{
    QVERIFY(startSim({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users=500")}));
    m_client->setMaxRetries(0);
    QSignalSpy shown(m_view.get(), &CandidateComparisonView::candidatesShown);
    m_view->setIncident(IncidentBuilder(QStringLiteral("8"))
                            .user(QStringLiteral("AD_DOMAIN\\joren"))
                            .host(QStringLiteral("kst-lt-0415")));
    QVERIFY(shown.wait(LoadTimeoutMs));
    auto* error = child<QLabel>(m_view.get(), "candidateErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("500")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("request id")), qPrintable(error->text()));
}

void TestCandidateComparisonView::aLongCellIsCutAndWholeInItsToolTip()
{
    // A remembered decision gives its candidate long reasons; in a narrow pane they would take the height the
    // rows below need. The cell shows at most four lines and the tool tip the whole text.
    QVERIFY(startSim());
    const Incident incident = IncidentBuilder(QStringLiteral("1")).user(QStringLiteral("AD_DOMAIN\\joren"));
    QVERIFY(showIncident(incident));
    auto* table = child<QTableView>(m_view.get(), "candidateTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    m_view->resize(560, 720);
    QVERIFY(showIncident(incident));
    CandidateTableModel* model = m_view->model();
    QVERIFY(model->candidateAt(1)->remembered);
    const QModelIndex reasons = model->index(CandidateTableModel::Reasons, 1);
    const QString text = reasons.data().toString();
    QCoreApplication::processEvents();
    const QFontMetrics metrics = table->fontMetrics();
    const int width = table->columnWidth(1);
    const int natural = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
    QVERIFY2(natural > 5 * metrics.lineSpacing(),
             qPrintable(QStringLiteral("the reasons fit in %1 px at %2 px wide: no case").arg(natural).arg(width)));
    QVERIFY2(table->rowHeight(CandidateTableModel::Reasons) < 5 * metrics.lineSpacing(),
             qPrintable(QString::number(table->rowHeight(CandidateTableModel::Reasons))));
    QVERIFY(table->rowHeight(CandidateTableModel::Reasons) >= 4 * metrics.lineSpacing());
    QCOMPARE(reasons.data(Qt::ToolTipRole).toString(), text);
}

QTEST_MAIN(TestCandidateComparisonView)
#include "tst_candidatecomparisonview.moc"
