-- view/uses_new_enum_label: an enum gains a label and a new view filters on it in the same plan
create type status as enum ('open', 'closed');
create table tickets (id integer primary key, status status);
