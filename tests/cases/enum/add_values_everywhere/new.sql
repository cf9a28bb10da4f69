-- enum/add_values_everywhere: labels added at the start, in the middle and at the end at once
create type size as enum ('xs', 's', 'm', 'ml', 'l', 'xl', 'xxl');
create table shirts (id integer, size size);
