-- foreign_key/add: a foreign key is added between existing tables whose rows satisfy it
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
insert into p values (1), (2);
insert into c values (1, 1), (2, null);
