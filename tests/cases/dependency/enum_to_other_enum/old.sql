-- dependency/enum_to_other_enum: a column moves from one enum to another with the same labels; the first enum is dropped
create type old_status as enum ('open', 'closed');
create table tickets (id integer, status old_status);
insert into tickets values (1, 'open');
