-- enum/array_column_add_value: an enum used as an array column gains a label
create type color as enum ('red', 'green');
create table palettes (id integer, colors color[] not null default '{}');
insert into palettes values (1, '{red,green}');
