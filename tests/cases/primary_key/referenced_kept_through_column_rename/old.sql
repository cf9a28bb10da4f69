-- primary_key/referenced_kept_through_column_rename: a primary key column another table references is renamed; key and foreign key are kept
create table p (pid integer constraint p_pkey primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (pid));
insert into p values (1);
insert into c values (1, 1);
