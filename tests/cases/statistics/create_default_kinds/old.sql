-- statistics/create_default_kinds: statistics with all kinds (no kind list) are created on two columns of a table with rows
create table t (id integer primary key, city text, zip text);
insert into t values (1, 'Paris', '75001'), (2, 'Lyon', '69001');
