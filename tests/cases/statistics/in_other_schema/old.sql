-- statistics/in_other_schema: statistics are created in schema stats on a table of public, next to same-named statistics in public on another table
create schema stats;
create table t (id integer primary key, a integer, b integer);
create table u (id integer primary key, a integer, b integer);
create statistics ab on a, b from u;
