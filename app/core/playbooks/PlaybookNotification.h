#pragma once

#include "feed/Incident.h"
#include "identity/Candidate.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace cordon::core
{

// What the analyst is told when an incident needs their approval or a playbook ran by itself: the GUI
// shows it as a tray message that opens the incident, and WebhookNotifier posts it to a chat channel.
struct PlaybookNotification
{
    enum class Kind
    {
        ApprovalNeeded,
        PlaybookRan,
    };

    Kind kind = Kind::ApprovalNeeded;
    QString id; // unique per notification
    Incident incident;
    QString playbookId;
    QString playbookName;
    // The user the playbook acted on, or the best candidate; no candidate when none was found.
    QList<Candidate> candidates;
    // The pending approval to answer (ApprovalNeeded).
    QString pendingId;
    // One sentence: why approval is needed, or how the run ended.
    QString message;
    // Whether every action of the run succeeded (PlaybookRan).
    bool succeeded = false;

    static QString kindName(Kind kind);
    QString title() const;
    QUrl link() const { return incidentLink(incident.id); }

    // cordon://incident/<id>, the id percent-encoded.
    static QUrl incidentLink(const QString& incidentId);
    // The incident id of such a link; empty for any other URL.
    static QString incidentIdFromLink(const QUrl& link);
};

} // namespace cordon::core
