-- table_option/params_kept_changed_removed_added: of a table's parameters one is kept, one changed, one removed and one (parallel_workers) added
create table metrics (id bigint primary key, name text not null, value double precision)
    with (autovacuum_enabled = false, fillfactor = 80, parallel_workers = 4);
