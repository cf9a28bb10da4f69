-- table_option/autovacuum_params_added: three autovacuum parameters are set at once on an existing table
create table events (id bigint primary key, kind text not null, created_at timestamptz not null)
    with (autovacuum_analyze_threshold = 1000, autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05);
