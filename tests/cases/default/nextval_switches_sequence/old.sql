-- default/nextval_switches_sequence: a default moves from one sequence to another, the first one is dropped
create sequence old_seq;
create table t (id bigint default nextval('old_seq'));
