-- sequence/owned_by_other_column: ownership moves to a column of another table, the old owner column is dropped
create sequence shared_no;
create table a (id integer primary key, n bigint default nextval('shared_no'));
create table b (id integer primary key, n bigint);
alter sequence shared_no owned by a.n;
