-- not_null/set_not_null_several: several columns of one table become NOT NULL
create table t (a integer, b text, c date);
insert into t values (1, 'x', '2024-01-01');
