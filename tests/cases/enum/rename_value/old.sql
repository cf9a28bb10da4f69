-- enum/rename_value: a label renamed in place, rows follow it
create type status as enum ('draft', 'sent');
create table docs (id integer, status status);
insert into docs values (1, 'draft'), (2, 'sent'), (3, 'draft');
