-- statistics/expression_change: the expression of single-expression statistics changes (lower -> upper); dropped and created again
create table t (id integer primary key, email text);
create statistics t_email_stats on (upper(email)) from t;
