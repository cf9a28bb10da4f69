-- enum/add_adjacent_values_middle: two labels added next to each other between existing labels
create type step as enum ('one', 'two', 'three', 'four');
