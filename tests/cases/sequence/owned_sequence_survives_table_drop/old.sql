-- sequence/owned_sequence_survives_table_drop: a sequence owned by a dropped table's column is kept unowned
create sequence doc_no;
create table docs (id integer primary key, number bigint default nextval('doc_no'));
alter sequence doc_no owned by docs.number;
