-- default/nextval_switches_sequence: a default moves from one sequence to another, the first one is dropped
create sequence new_seq start with 500;
create table t (id bigint default nextval('new_seq'));
