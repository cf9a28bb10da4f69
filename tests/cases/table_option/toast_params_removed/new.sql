-- table_option/toast_params_removed: a table's TOAST storage parameters are reset to the defaults
create table documents (id integer primary key, body text);
