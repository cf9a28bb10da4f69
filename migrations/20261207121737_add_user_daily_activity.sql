-- migrate:up

-- create materialized view public.user_daily_activity
CREATE MATERIALIZED VIEW public.user_daily_activity AS
 SELECT date_trunc('day'::text, audit_log.created_at) AS day,
    audit_log.user_id,
    audit_log.action,
    count(*) AS actions
   FROM audit_log
  GROUP BY (date_trunc('day'::text, audit_log.created_at)), audit_log.user_id, audit_log.action
WITH NO DATA;

-- add index public.user_daily_activity.user_daily_activity_key
CREATE UNIQUE INDEX user_daily_activity_key ON public.user_daily_activity (day, user_id, action) NULLS NOT DISTINCT;

-- add index public.user_daily_activity.user_daily_activity_user_idx
CREATE INDEX user_daily_activity_user_idx ON public.user_daily_activity (user_id, day);

-- create materialized view public.user_daily_activity
COMMENT ON MATERIALIZED VIEW public.user_daily_activity IS 'Actions per user, day and kind, from audit_log (refreshed by the reporting job)';

-- migrate:down

-- drop materialized view public.user_daily_activity
-- hazard data_loss: drops materialized view public.user_daily_activity and the rows it holds
DROP MATERIALIZED VIEW public.user_daily_activity;

