#pragma once

#include <QList>
#include <QStringList>

namespace cordon::core
{

// One step of the schema's history. Steps are never edited once released: a change is a new step.
struct Migration
{
    int version;
    QStringList statements;
};

// Every step, oldest first; the last one's version is the schema this program writes.
const QList<Migration>& migrations();

} // namespace cordon::core
