-- rename/serial_column_keeps_sequence: a serial column is renamed; its sequence keeps its name, ownership and default
create sequence t_id_seq as integer;
create table t (ident integer not null default nextval('t_id_seq') constraint t_pkey primary key, name text);
alter sequence t_id_seq owned by t.ident;
