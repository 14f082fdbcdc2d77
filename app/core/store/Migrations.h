#pragma once

#include <QList>
#include <QStringList>

namespace cordon::core
{

// One step of the schema's history. Steps are never edited once released: a change is a new step.
// statements run on SQLite, and on PostgreSQL too unless the step gives postgres, the same step in
// PostgreSQL's words (its identity columns, trigger functions and grants).
struct Migration
{
    int version;
    QStringList statements;
    QStringList postgres = {};
};

// The role every analyst's login role is a member of on a shared PostgreSQL database; the migrations
// grant it what analysts may do (see packaging/postgresql).
inline constexpr char AnalystRole[] = "cordon_analyst";
// The channel every change to the shared tables is announced on (NOTIFY), with the table's name as payload.
inline constexpr char NotifyChannel[] = "cordon";

// Every step, oldest first; the last one's version is the schema this program writes.
const QList<Migration>& migrations();

} // namespace cordon::core
