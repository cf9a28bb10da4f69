-- table_option/autovacuum_params_added: three autovacuum parameters are set at once on an existing table
create table events (id bigint primary key, kind text not null, created_at timestamptz not null);
