-- enum/add_value_end: a label added after the last one
create type status as enum ('draft', 'sent', 'archived');
create table docs (id integer, status status);
