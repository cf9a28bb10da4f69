-- table_option/toast_params_removed: a table's TOAST storage parameters are reset to the defaults
create table documents (id integer primary key, body text)
    with (toast.autovacuum_enabled = false, toast.autovacuum_vacuum_scale_factor = 0.1);
