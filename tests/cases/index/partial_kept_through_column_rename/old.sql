-- index/partial_kept_through_column_rename: a column a partial index's predicate reads is renamed; the index is kept
create table t (id integer primary key, mail text, note text);
create index t_partial_idx on t (id) include (note) where mail is not null and mail <> 'mail' and note <> 'mail is null';
