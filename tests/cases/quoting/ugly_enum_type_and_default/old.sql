-- quoting/ugly_enum_type_and_default: an enum with a quoted, capitalised name gains a label and becomes a column's default
create type "Status ""Type""" as enum ('Open', 'Closed');
create table tickets (id integer, status "Status ""Type""");
