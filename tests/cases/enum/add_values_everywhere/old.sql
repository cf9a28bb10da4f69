-- enum/add_values_everywhere: labels added at the start, in the middle and at the end at once
create type size as enum ('s', 'm', 'l');
create table shirts (id integer, size size);
insert into shirts values (1, 's'), (2, 'l');
