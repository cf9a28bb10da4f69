-- dependency/drop_sequence_after_default: a default calling nextval is dropped, then its sequence
create table t (id bigint);
