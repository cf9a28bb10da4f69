-- default/expressions: defaults that are expressions: arithmetic, a function call, date arithmetic, CASE, an interval
create table t (a integer, b text, c date, d integer, e interval);
