-- function/used_by_check: a new immutable function is used by a new check constraint on rows that satisfy it
create table t (id integer primary key, code text);
insert into t values (1, 'AB-1'), (2, 'CD-22');
