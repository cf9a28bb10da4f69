-- statistics/create_expression_alone: statistics on a single expression (no kind list allowed) are created
create table t (id integer primary key, email text);
create statistics t_lower_email_stats on (lower(email)) from t;
