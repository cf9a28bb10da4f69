-- foreign_key/validate: a NOT VALID foreign key whose rows now satisfy it becomes valid
create table p (id integer primary key);
create table c (id integer primary key, p_id integer);
insert into p values (1);
insert into c values (1, 1);
alter table c add constraint c_p_id_fkey foreign key (p_id) references p (id) not valid;
