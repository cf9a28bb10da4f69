-- enum/drop_enum: an enum nothing uses is dropped
create type mood as enum ('sad', 'ok', 'happy');
create table t (id integer);
