-- enum/rename_value: a label renamed in place, rows follow it
create type status as enum ('pending', 'sent');
create table docs (id integer, status status);
