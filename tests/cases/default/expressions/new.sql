-- default/expressions: defaults that are expressions: arithmetic, a function call, date arithmetic, CASE, an interval
create table t (a integer default (1 + 2) * 3, b text default lower('ABC'), c date default current_date + 30,
    d integer default case when extract(dow from current_date) = 0 then 1 else 0 end, e interval default '1 day');
