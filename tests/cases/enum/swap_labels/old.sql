-- enum/swap_labels: two labels exchange names (needs a temporary name: RENAME VALUE refuses an existing label)
create type side as enum ('left', 'right');
create table moves (id integer, side side);
insert into moves values (1, 'left'), (2, 'left'), (3, 'right');
