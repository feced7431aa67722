#pragma once

#include "InteractionCriteria.h"
#include "SqlDialect.h"

#include <QString>

#include <functional>

namespace huellas::FollowUpSql {

// The one SQL definition of the follow-up states, over the interactions table aliased "i",
// shared by the interaction log, the Pendientes panel, the owners list's "Con seguimiento"
// filter, the dashboard and segment exports. `bindToday` is called (at most once) when the
// state depends on the date: it binds today's ISO date and returns its placeholder. Empty
// for FollowUpState::Any. An open follow-up (required, not completed) is what the partial
// index interactions_follow_up covers.
QString condition(const SqlDialect& dialect, FollowUpState state, const std::function<QString()>& bindToday);

} // namespace huellas::FollowUpSql
