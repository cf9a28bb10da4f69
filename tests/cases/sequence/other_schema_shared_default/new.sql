-- sequence/other_schema_shared_default: a sequence in schema seqs feeds defaults of two public tables
create schema seqs;
create sequence seqs.global_id;
create table a (id bigint default nextval('seqs.global_id'));
create table b (id bigint default nextval('seqs.global_id'));
