-- generated/plain_to_generated: the last column becomes generated
create table t (a integer, doubled integer);
insert into t values (1, 0);
