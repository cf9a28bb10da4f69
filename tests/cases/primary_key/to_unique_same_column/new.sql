-- primary_key/to_unique_same_column: a primary key becomes a unique constraint on the same NOT NULL column
create table t (id integer not null constraint t_id_key unique);
