-- dependency/drop_referenced_table_child_stays: a referenced table is dropped; the referencing table stays and loses its foreign key
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id));
insert into p values (1);
insert into c values (1, 1);
