-- dependency/fk_to_new_unique: an existing table gains a unique constraint and another a foreign key onto it
create table p (id integer primary key, code text not null);
create table c (id integer primary key, p_code text);
insert into p values (1, 'a');
insert into c values (1, 'a');
