-- sequence/other_schema_shared_default: a sequence in schema seqs feeds defaults of two public tables
create table a (id integer);
create table b (id integer);
