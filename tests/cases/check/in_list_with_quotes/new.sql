-- check/in_list_with_quotes: a check with an IN list of strings holding quotes (printed as = ANY (ARRAY[...]))
create table t (id integer primary key, kind text constraint t_kind_check check (kind in ('a', 'it''s', 'x"y', 'semi;colon')));
