-- enum/rename_value_and_add: one label renamed while another is added right after it
create type status as enum ('draft', 'sent');
create table docs (id integer, status status not null default 'draft');
insert into docs (id) values (1), (2);
