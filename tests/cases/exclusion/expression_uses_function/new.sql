-- exclusion/expression_uses_function: an exclusion constraint whose element calls a function of the schema is added, with the function, to a table with rows (the function comes first)
create extension btree_gist;
create function lesson_slot(starts_at timestamp, minutes integer) returns tsrange
    language sql immutable
    return tsrange(starts_at, starts_at + make_interval(mins => minutes));
create table lessons (
    id integer primary key,
    teacher_id integer not null,
    starts_at timestamp not null,
    minutes integer not null,
    constraint lessons_teacher_excl exclude using gist (teacher_id with =, lesson_slot(starts_at, minutes) with &&)
);
