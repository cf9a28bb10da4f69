-- check/kept_through_column_rename: a column a check constraint reads is renamed; the constraint is kept
create table t (id integer primary key, price numeric, title text, constraint t_label_check check (price > 0 and title <> '' and title <> 'label'::text));
