-- an unchanged collation in use is an empty plan
create collation ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table t (id int, name text collate ci);
insert into t values (1, 'A');
