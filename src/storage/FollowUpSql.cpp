#include "FollowUpSql.h"

namespace huellas::FollowUpSql {

QString condition(const SqlDialect& dialect, FollowUpState state, const std::function<QString()>& bindToday)
{
    const QString open = QStringLiteral("%1 AND %2").arg(dialect.flagIs(QStringLiteral("i.requires_follow_up"), true),
                                                         dialect.flagIs(QStringLiteral("i.follow_up_completed"), false));
    const auto dated = [&](const char* comparison) {
        return QStringLiteral("%1 AND i.follow_up_date %2 %3")
            .arg(open, QLatin1String(comparison), bindToday());
    };
    switch (state) {
    case FollowUpState::Any:
        return {};
    case FollowUpState::Pending:
        return open;
    case FollowUpState::Due:
        return dated("<=");
    case FollowUpState::Overdue:
        return dated("<");
    case FollowUpState::DueToday:
        return dated("=");
    case FollowUpState::Undated:
        return open + QStringLiteral(" AND i.follow_up_date IS NULL");
    case FollowUpState::NeedsAttention:
        return QStringLiteral("%1 AND (i.follow_up_date IS NULL OR i.follow_up_date <= %2)")
            .arg(open, bindToday());
    }
    return open;
}

} // namespace huellas::FollowUpSql
