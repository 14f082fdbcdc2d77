#include "Logging.h"

Q_LOGGING_CATEGORY(lcOkta, "cordon.okta", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "cordon.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "cordon.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContainment, "cordon.containment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "cordon.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "cordon.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "cordon.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "cordon.sim", QtInfoMsg)
