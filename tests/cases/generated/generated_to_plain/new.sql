-- generated/generated_to_plain: the last column stops being generated
create table t (a integer, doubled integer);
