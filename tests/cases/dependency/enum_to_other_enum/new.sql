-- dependency/enum_to_other_enum: a column moves from one enum to another with the same labels; the first enum is dropped
create type new_status as enum ('open', 'closed', 'archived');
create table tickets (id integer, status new_status);
