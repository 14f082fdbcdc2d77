#pragma once

#include <QString>

namespace cordon::core
{

// GET /api/v1/users. `search` is the precise one (build it with SearchExpression; it includes
// DEPROVISIONED users and is eventually consistent); `q` is a people-picker prefix match that leaves
// DEPROVISIONED users out and cannot be paged (docs/okta.md §User search).
struct UserQuery
{
    QString search;
    QString q;
    QString filter;
    int limit = 200;
    int maxPages = 5;
};

// GET /api/v1/groups; `q` matches names and cannot be paged either.
struct GroupQuery
{
    QString q;
    QString search;
    QString filter;
    int limit = 200;
    int maxPages = 5;
};

} // namespace cordon::core
