-- enum/add_value_start: a label added before the first one
create type status as enum ('idea', 'draft', 'sent');
create table docs (id integer, status status);
