#pragma once

#include <QLoggingCategory>

// One category per subsystem, so that a user can turn on exactly the part they are debugging
// (QT_LOGGING_RULES="cordon.okta.debug=true"). Secrets are never written to any of them.
Q_DECLARE_LOGGING_CATEGORY(lcOkta)
Q_DECLARE_LOGGING_CATEGORY(lcFeed)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcContainment)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
