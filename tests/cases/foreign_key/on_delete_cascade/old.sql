-- foreign_key/on_delete_cascade: ON DELETE changes from NO ACTION to CASCADE
create table p (id integer primary key);
create table c (id integer primary key, p_id integer constraint c_p_id_fkey references p (id));
insert into p values (1);
insert into c values (1, 1);
