-- primary_key/change_columns: a single-column key becomes a two-column key
create table t (tenant integer not null, id integer not null, constraint t_pkey primary key (tenant, id));
