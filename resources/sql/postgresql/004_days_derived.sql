-- Schema version 4 (PostgreSQL): days since the last visit are derived, not stored; as
-- sqlite/004_days_derived.sql.
--
-- Every owner's count of days changed every morning, so moving the metrics to a new day
-- rewrote every owner. Statements now compute the days from last_visit_date and the metrics'
-- as-of date in settings (storage/MetricsDateSql), and a date move writes only the owners whose
-- churn risk or recency points change.
--
-- The churn index keeps its second key on the column the days come from: "high risk, visited
-- within 200 days" is one range of it.

DROP INDEX owners_churn;
ALTER TABLE owners DROP COLUMN days_since_last_visit;
CREATE INDEX owners_churn ON owners (churn_risk, last_visit_date);
