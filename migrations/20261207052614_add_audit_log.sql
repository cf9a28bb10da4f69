-- migrate:up

-- create table public.audit_log
CREATE TABLE public.audit_log (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    user_id uuid,
    action character varying(50) NOT NULL,
    object_type character varying(100),
    object_id uuid,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

-- create table public.audit_log_y2026m11
CREATE TABLE public.audit_log_y2026m11 PARTITION OF public.audit_log FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00');

-- create table public.audit_log_y2026m12
CREATE TABLE public.audit_log_y2026m12 PARTITION OF public.audit_log FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- add index public.audit_log.audit_log_object_idx
CREATE INDEX audit_log_object_idx ON public.audit_log (object_type, object_id);

-- add index public.audit_log.audit_log_user_id_created_at_idx
CREATE INDEX audit_log_user_id_created_at_idx ON public.audit_log (user_id, created_at);

-- add foreign key public.audit_log.audit_log_user_id_fkey
ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL;

-- create table public.audit_log
COMMENT ON TABLE public.audit_log IS 'What users changed, one partition per month';

-- migrate:down

-- drop foreign key public.audit_log.audit_log_user_id_fkey
ALTER TABLE public.audit_log DROP CONSTRAINT audit_log_user_id_fkey;

-- drop table public.audit_log_y2026m11
-- hazard data_loss: drops the partition and all its rows
DROP TABLE public.audit_log_y2026m11;

-- drop table public.audit_log_y2026m12
-- hazard data_loss: drops the partition and all its rows
DROP TABLE public.audit_log_y2026m12;

-- drop table public.audit_log
-- hazard data_loss: drops the table and all its rows
DROP TABLE public.audit_log;

