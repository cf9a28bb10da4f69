-- check/swap_expressions_between_names: two checks exchange their expressions (each name keeps, each body changes)
create table t (a integer, b integer, constraint c1 check (a > 0), constraint c2 check (b > 0));
