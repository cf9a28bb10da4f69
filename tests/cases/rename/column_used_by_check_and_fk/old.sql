-- rename/column_used_by_check_and_fk: a column named in a check and a foreign key is renamed, and a referenced column too
create table p (pid integer primary key);
create table c (id integer primary key, p integer constraint c_p_fkey references p (pid), constraint c_p_check check (p > 0));
insert into p values (1);
insert into c values (1, 1);
