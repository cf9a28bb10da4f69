-- generated/plain_to_generated: the last column becomes generated
create table t (a integer, doubled integer generated always as (a * 2) stored);
