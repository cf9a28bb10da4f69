-- table_option/create_table_with_table_and_toast_params: a new table is created with table and TOAST storage parameters
create table notes (id integer primary key, body text not null)
    with (autovacuum_vacuum_scale_factor = 0.02, fillfactor = 90, toast.autovacuum_enabled = false, toast.autovacuum_vacuum_scale_factor = 0.05);
