-- rename/column_used_by_check_and_fk: a column named in a check and a foreign key is renamed, and a referenced column too
create table p (id integer primary key);
create table c (id integer primary key, parent_id integer constraint c_p_fkey references p (id), constraint c_p_check check (parent_id > 0));
