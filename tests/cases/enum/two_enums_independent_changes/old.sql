-- enum/two_enums_independent_changes: two enums change at once, one gains a label, one renames one
create type a as enum ('x', 'y');
create type b as enum ('p', 'q');
