#include "gui/incidents/WelcomePage.h"

#include "gui/desktop/Appearance.h"
#include "gui/desktop/StatusColors.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordon::gui
{

namespace
{

QPushButton* button(QWidget* parent, const QString& objectName, const QString& text)
{
    auto* created = new QPushButton(text, parent);
    created->setObjectName(objectName);
    return created;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Getting started"));
    // A column of text in the middle, not a form stretched across a wide screen.
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* centre = new QHBoxLayout;
    outer->addLayout(centre);
    outer->addStretch(2);
    auto* content = new QWidget(this);
    content->setMaximumWidth(820);
    centre->addStretch(1);
    centre->addWidget(content, 4);
    centre->addStretch(1);
    auto* column = new QVBoxLayout(content);

    auto* heading = new QLabel(tr("Getting started with Cordon"), content);
    heading->setObjectName(QStringLiteral("welcomeHeadingLabel"));
    Appearance::emphasize(heading, 1.5);
    column->addWidget(heading);
    auto* intro = new QLabel(tr("Cordon lists the incidents your EDR or MDR reports, finds the Okta user behind each "
                                "endpoint, and contains them with one click. Two steps set it up; the demo shows "
                                "it first, against a simulated Okta org, with nothing leaving this computer."),
                             content);
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addSpacing(12);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(14);
    column->addLayout(m_grid);

    QPushButton* connectOkta = button(this, QStringLiteral("welcomeConnectOktaButton"), tr("Connect Okta…"));
    connect(connectOkta, &QPushButton::clicked, this, &WelcomePage::connectOktaRequested);
    m_oktaState = addStep(1, tr("Connect your Okta org"),
                          tr("The org's address and an API token; the token is kept in the system's keychain, "
                             "never in a file."),
                          {connectOkta});

    QPushButton* file = button(this, QStringLiteral("welcomeOpenFeedButton"), tr("Open a feed file…"));
    connect(file, &QPushButton::clicked, this, &WelcomePage::openFeedFileRequested);
    QPushButton* source = button(this, QStringLiteral("welcomeAddSourceButton"), tr("Add an HTTPS source…"));
    connect(source, &QPushButton::clicked, this, &WelcomePage::addFeedSourceRequested);
    m_feedState = addStep(2, tr("Add a feed of incidents"),
                          tr("OCSF Detection Findings, Red Canary detections or NDJSON: a file, or an HTTPS source "
                             "Cordon polls."),
                          {file, source});

    QPushButton* demo = button(this, QStringLiteral("welcomeDemoButton"), tr("Try the demo"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    m_demoState =
        addStep(3, tr("Or try the demo first"),
                tr("A second window with a simulated Okta org and a sample feed, in folders of its own: nothing of it "
                   "reaches your settings or your keychain."),
                {demo});

    column->addSpacing(12);
    auto* skip = new QHBoxLayout;
    skip->addStretch(1);
    QPushButton* list = button(this, QStringLiteral("welcomeShowListButton"), tr("Show the incident list"));
    list->setFlat(true);
    connect(list, &QPushButton::clicked, this, &WelcomePage::listRequested);
    skip->addWidget(list);
    column->addLayout(skip);
    showState(m_oktaState, false, {});
    showState(m_feedState, false, {});
    showState(m_demoState, false, {});
}

QLabel* WelcomePage::addStep(int number, const QString& title, const QString& text, const QList<QPushButton*>& buttons)
{
    QGridLayout* grid = m_grid;
    const int row = grid->rowCount();
    auto* numberLabel = new QLabel(QString::number(number), this);
    Appearance::emphasize(numberLabel, 2.0);
    numberLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    grid->addWidget(numberLabel, row, 0);

    auto* body = new QVBoxLayout;
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    body->addWidget(titleLabel);
    auto* textLabel = new QLabel(text, this);
    textLabel->setWordWrap(true);
    body->addWidget(textLabel);
    auto* buttonRow = new QHBoxLayout;
    for (QPushButton* each : buttons) {
        buttonRow->addWidget(each);
    }
    buttonRow->addStretch(1);
    body->addLayout(buttonRow);
    grid->addLayout(body, row, 1);

    auto* state = new QLabel(this);
    state->setObjectName(QStringLiteral("welcomeStep%1StateLabel").arg(number));
    state->setWordWrap(true);
    state->setMinimumWidth(160);
    state->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(state, row, 2);
    return state;
}

void WelcomePage::showState(QLabel* label, bool done, const QString& detail)
{
    const QString text = done ? tr("✓ Done") : tr("To do");
    label->setText(detail.isEmpty() ? text : QStringLiteral("%1\n%2").arg(text, detail));
    label->setStyleSheet(
        done ? QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(Status::Good, palette()))
             : QString());
    label->setAccessibleName(label->text());
}

void WelcomePage::setOktaDone(bool done, const QString& detail)
{
    m_oktaDone = done;
    showState(m_oktaState, done, detail);
}

void WelcomePage::setDemoDone(bool done)
{
    showState(m_demoState, done, done ? tr("Opened in a window of its own") : QString());
}

void WelcomePage::setFeedDone(bool done, const QString& detail)
{
    m_feedDone = done;
    showState(m_feedState, done, detail);
}

} // namespace cordon::gui
