-- foreign_key/add_not_valid_with_orphans: a foreign key is added NOT VALID to a table whose old rows break it
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
insert into p values (1);
insert into c values (1, 1), (2, 99);
