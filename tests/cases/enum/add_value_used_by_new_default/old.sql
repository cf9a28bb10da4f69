-- enum/add_value_used_by_new_default: a label is added and a column default switches to it in the same plan
create type status as enum ('draft', 'sent');
create table docs (id integer, status status default 'draft');
