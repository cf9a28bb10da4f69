-- enum/add_value_start: a label added before the first one
create type status as enum ('draft', 'sent');
create table docs (id integer, status status);
insert into docs values (1, 'draft'), (2, 'sent');
