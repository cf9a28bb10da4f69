-- not_null/foreign_key_column: a foreign key column becomes NOT NULL
create table p (id integer primary key);
create table c (id integer primary key, p_id integer references p (id));
insert into p values (1);
insert into c values (1, 1);
