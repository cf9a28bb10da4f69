-- table_option/table_and_toast_params_added: table parameters (fillfactor, toast_tuple_target) and a TOAST parameter are set together on an existing table
create table attachments (id integer primary key, name text not null, content bytea);
