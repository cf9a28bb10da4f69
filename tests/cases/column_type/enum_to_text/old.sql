-- column_type/enum_to_text: an enum column becomes text and the enum is dropped
create type status as enum ('draft', 'sent');
create table docs (id integer primary key, status status default 'draft');
insert into docs values (1, 'sent');
