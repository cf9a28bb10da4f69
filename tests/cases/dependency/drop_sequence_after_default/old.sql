-- dependency/drop_sequence_after_default: a default calling nextval is dropped, then its sequence
create sequence s;
create table t (id bigint default nextval('s'));
