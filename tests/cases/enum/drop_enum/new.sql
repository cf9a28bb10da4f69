-- enum/drop_enum: an enum nothing uses is dropped
create table t (id integer);
