-- not_null/drop_not_null: DROP NOT NULL
create table t (id integer primary key, name text not null);
insert into t values (1, 'a');
