-- statistics/create_two_kinds: statistics with two kinds (ndistinct, mcv) are created on three columns
create table t (id integer primary key, a integer, b integer, c integer);
