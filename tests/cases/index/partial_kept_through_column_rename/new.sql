-- index/partial_kept_through_column_rename: a column a partial index's predicate reads is renamed; the index is kept
create table t (id integer primary key, email text, note text);
create index t_partial_idx on t (id) include (note) where email is not null and email <> 'mail' and note <> 'mail is null';
