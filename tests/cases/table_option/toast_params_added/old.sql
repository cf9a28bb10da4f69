-- table_option/toast_params_added: TOAST storage parameters are set on an existing table with a text column
create table documents (id integer primary key, body text);
