-- primary_key/moves_foreign_key_stays: the key moves from id to code while a foreign key keeps referencing id (through a new unique constraint)
create table p (id integer primary key, code text not null);
create table c (id integer, p_id integer constraint c_p_id_fkey references p (id));
insert into p values (1, 'one');
insert into c values (1, 1);
