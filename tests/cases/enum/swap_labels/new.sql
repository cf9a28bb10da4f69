-- enum/swap_labels: two labels exchange names (needs a temporary name: RENAME VALUE refuses an existing label)
create type side as enum ('right', 'left');
create table moves (id integer, side side);
