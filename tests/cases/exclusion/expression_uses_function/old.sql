-- exclusion/expression_uses_function: an exclusion constraint whose element calls a function of the schema is added, with the function, to a table with rows (the function comes first)
create extension btree_gist;
create table lessons (id integer primary key, teacher_id integer not null, starts_at timestamp not null, minutes integer not null);
insert into lessons values (1, 1, '2024-05-01 09:00', 45), (2, 1, '2024-05-01 10:00', 45), (3, 2, '2024-05-01 09:00', 90);
