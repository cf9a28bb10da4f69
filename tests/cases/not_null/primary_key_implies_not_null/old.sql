-- not_null/primary_key_implies_not_null: a primary key is added on a nullable column whose rows are all set (the column becomes NOT NULL with it)
create table t (code text, label text);
insert into t values ('a', 'A'), ('b', 'B');
