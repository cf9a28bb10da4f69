-- a domain over an existing enum, with a check naming a label, is created for a new column
create type mood as enum ('sad', 'ok', 'happy');
create table diary (id int primary key, mood mood);
insert into diary values (1, 'ok');
