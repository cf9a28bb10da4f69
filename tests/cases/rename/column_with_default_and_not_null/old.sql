-- rename/column_with_default_and_not_null: a NOT NULL column with a default is renamed and keeps both
create table t (id integer primary key, st text not null default 'new');
insert into t (id) values (1);
